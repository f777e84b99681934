# tp_new_wrapper's safety check, eval/exec of code with free variables, and ~bool's
# DeprecationWarning (through the warnings module: catch_warnings sees it; not constant-folded).
import warnings
try: int.__new__(bool, 0)
except TypeError as e: print(e)
try: object.__new__(dict)
except TypeError as e: print(e)
class I(int): pass
print(int.__new__(I, 5))
def outer():
    x = 1
    def g(): return x
    return g
for fn in (eval, exec):
    try: fn(outer().__code__)
    except TypeError as e: print(e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    ~True
print([str(x.message) for x in w], [x.category.__name__ for x in w])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try: ~True
    except DeprecationWarning as e: print('raised', e)
