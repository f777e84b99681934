# "is" / "is not" with a literal operand: one SyntaxWarning per comparison, at compile time.
x = 1
s = "abc"
print(x is 1, x is not 2)
print(s is "abc", s is not b"abc", x is 1.0, x is 1j)
print(x is (), x is (1, 2), x is (1, x))
print(() is x, 1 is x is 2, x is None is 3)
print(x is None, x is True, x is ..., x is not False)
print(x is -1, x is [1], x is f"{x}")
y = x is 1 or x is 1
if x is not 'a': print("not a")
while x is 5: pass
print(x is 1 if s is "z" else s is "abc")
assert not (x is not 1)
print("done", y)
