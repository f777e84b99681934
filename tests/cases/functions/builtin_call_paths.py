# Calls of builtins straight from CALL: len and isinstance inline, builtin functions and
# methods of exact builtin types without tp_call; their errors and profile events as CPython's.
import sys
class L:
    def __len__(self): return -1
class M:
    def __len__(self): raise ValueError("boom")
for x in [[1], "ab", L(), M(), 5, 2**100]:
    try: print(len(x))
    except Exception as e: print(type(e).__name__, e)
for a, b in [(1, int), (1, (str, int)), (1, 5), (True, bool), ([], list[int])]:
    try: print(isinstance(a, b))
    except Exception as e: print(type(e).__name__, e)
l = []
l.append(1); list.append(l, 2)
try: list.append(5, 1)
except TypeError as e: print(e)
try: list.append()
except TypeError as e: print(e)
try: l.append()
except TypeError as e: print(e)
try: l.append(x=1)
except TypeError as e: print(e)
class LL(list): pass
ll = LL(); ll.append(3); list.append(ll, 4); print(ll, l)
print("a,b".split(","), str.upper("x"), dict.get({1: 2}, 1), "x".join(["a", "b"]), sorted([3, 1], key=None, reverse=True))
try: len()
except TypeError as e: print(e)
try: len(1, 2)
except TypeError as e: print(e)
try: isinstance(1)
except TypeError as e: print(e)
try: len(obj=1)
except TypeError as e: print(e)
def events(*a): print("prof", a[1], getattr(a[2], "__name__", None))
sys.setprofile(events); len([1]); isinstance(1, int); l.append(1); sys.setprofile(None)
