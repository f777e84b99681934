def f(x):
    for i in x:
        try:
            if i:
                break
            continue
        finally:
            print(i)
    else:
        return 2
    while True:
        try:
            return 1
        except ValueError:
            pass
def g(x):
    try:
        pass
    except* TypeError as e:
        pass
def h():
    global gv
    gv = 1
    del gv
    return not x
x = 1 if a else 2
y = a and b or c
z = not (a < b < c)
if a is None: pass
if b is not None: pass
