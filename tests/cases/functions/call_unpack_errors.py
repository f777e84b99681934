# f(**m) and f(*x) errors name the callable as _PyObject_FunctionStr does; a repeated keyword is a TypeError
def f(**k): return k
class A:
    def m(self, **k): pass
for fn in (f, A().m, A.m, print, dict, A, len, [].append, 3):
    try: fn(a=1, **{'a': 2})
    except TypeError as e: print(e)
    try: fn(**3)
    except TypeError as e: print(e)
    try: fn(*3)
    except TypeError as e: print(e)
def g(a, b=0): return a, b
try: g(a=1, **{'a': 2})
except TypeError as e: print(e)
try: g(**{'a': 2}, **{'a': 3})
except TypeError as e: print(e)
print(g(**{'a': 1}, **{'b': 2}))
