# Comparison operators, chained comparisons and identity.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1.0, 1 != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1.0)
x = 5
print(0 < x <= 5, 0 < x < 5, 1 < x != 4)
def side(n):
    print("eval", n)
    return n
print(side(1) < side(2) < side(0) < side(3))
print(side(3) < side(2) < side(5))
print("abc" < "abd", "b" > "abc", "" < "a", "A" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") == (1, "a"), (2,) > (1, 9))
print(None is None, None is not None, 1 is not None)
a = [1]
b = [1]
print(a == b, a is b, a is not b)
print(1 in [1, 2], 3 not in (1, 2), "b" in "abc", "k" in {"k": 1}, 2 in range(5))
print(True == 1, False == 0, True is True)
