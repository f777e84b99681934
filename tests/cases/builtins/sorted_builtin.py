# sorted: stability, key and reverse.
print(sorted([5, 2, 9, 1, 5, 6]))
print(sorted([3, 1, 2], reverse=True))
print(sorted("sharpy"), sorted(("b", "a")))
print(sorted({"b": 1, "a": 2, "c": 0}))
pairs = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(pairs))
def second(p):
    return p[1]
print(sorted(pairs, key=second))
print(sorted(pairs, key=second, reverse=True))
print(sorted([-3, 2, -1, 0], key=abs))
print(sorted([2.5, 1, -0.5, 10 ** 20]))
print(sorted([]), sorted(range(5, 0, -1)))
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=len))
lst = [3, 1, 2]
s = sorted(lst)
print(lst, s, s is lst)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
