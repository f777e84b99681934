# A syntax error: nothing runs, CPython reports the position and exits 1.
print("never printed")
values = [1, 2,
print(values)
