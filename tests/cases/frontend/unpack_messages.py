# Unpacking errors: only an exact list, tuple or dict reports how many values it had
# (test_unpack, test_unpack_ex doctests).

class LengthTooLong:
    def __len__(self):
        return 5
    def __getitem__(self, i):
        return i * i

class L(list):
    def __iter__(self):
        return iter([1, 2])

class T(tuple):
    pass

for v in ["abc", {1: 1, 2: 2, 3: 3}, [1, 2, 3], (1, 2, 3), range(3), b"abc", LengthTooLong(),
          T((1, 2, 3)), iter([1, 2, 3])]:
    try:
        a, b = v
    except ValueError as e:
        print(type(v).__name__, e)

a, b = L([1, 2, 3])
print(a, b)
try:
    a, b, c = L([1, 2, 3])
except ValueError as e:
    print(e)

for v in [[1], "a"]:
    try:
        a, b, *c = v
    except ValueError as e:
        print(type(v).__name__, e)

def f(**kw):
    return kw

for args in [({1: 3}, {1: 5}), ({"a": 1}, {"a": 2}), ({(1, 2): 0}, {(1, 2): 0})]:
    try:
        f(**args[0], **args[1])
    except TypeError as e:
        print(e)
