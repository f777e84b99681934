def outer(a):
    b = 1
    def inner(c):
        nonlocal b
        b += c
        return a + b
    return inner

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

def arg_cell(x):
    return lambda: x

class K:
    def m(self):
        return __class__
    def n(self):
        return super().n()
