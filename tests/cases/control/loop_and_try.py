# break/continue/return through try/finally.
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
def f():
    for i in range(3):
        try:
            return i
        finally:
            print("cleanup", i)
print("f ->", f())
def g():
    try:
        return "try"
    finally:
        print("g finally")
print(g())
i = 0
while i < 3:
    i += 1
    try:
        if i == 2:
            raise ValueError(i)
    except ValueError as e:
        print("caught", e)
        continue
    print("no error", i)
