# A ** mapping whose keys are not str: "keywords must be strings", for every kind of callable.
def f(**k): return k
class C:
    def m(self, **k): return k
for fn in (str, f, dict, int, print, C().m, type):
    try:
        fn('x', **{b'foo': 1})
    except TypeError as e:
        print(type(e).__name__, e)
print(f(**{'a': 1}))
