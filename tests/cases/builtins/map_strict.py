# map(strict=True) and zip(strict=True) length checks; bytes.swapcase
print(list(map(lambda a, b: a + b, [1, 2], [3, 4], strict=True)))
for its in (([1, 2], [3]), ([1], [3, 4]), ([1, 2], [3, 4], [5]), ([1, 2], [3, 4], [5, 6, 7]), ([1, 2, 3], [3, 4], [5, 6])):
    try: print(list(map(lambda *a: a, *its, strict=True)))
    except ValueError as e: print(e)
    try: print(list(zip(*its, strict=True)))
    except ValueError as e: print(e)
print(list(map(lambda a, b: a, [1, 2], [3], strict=False)))
try: map(len, [], bogus=1)
except TypeError as e: print(e)
print(b'Hello World 123'.swapcase(), b''.swapcase())
