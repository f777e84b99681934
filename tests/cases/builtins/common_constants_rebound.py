# LOAD_COMMON_CONSTANT: assert, and all()/any()/tuple() over a generator expression, use
# the objects builtins held at start-up (CPython's interp->common_consts); rebinding the
# builtins afterwards makes the compiled code call the new binding instead of inlining.
import builtins

calls = []
orig_all, orig_any, orig_tuple = builtins.all, builtins.any, builtins.tuple

def fake_all(it):
    calls.append("all")
    return orig_all(it)

def fake_any(it):
    calls.append("any")
    return orig_any(it)

def check(xs):
    a = all(x > 0 for x in xs)
    b = any(x > 2 for x in xs)
    t = tuple(x * 2 for x in xs)
    return a, b, t

print("builtins:", check([1, 2, 3]), calls)

builtins.all = fake_all
builtins.any = fake_any
print("rebound:", check([1, 2, 3]), calls)

calls.clear()
try:
    assert all(x > 5 for x in [1, 2]), "not all"
except AssertionError as e:
    print("AssertionError:", e, calls)

builtins.all, builtins.any = orig_all, orig_any
calls.clear()
print("restored:", check([0, 1]), calls)

# A module-level name shadows the builtin: the call goes to it.
def all(it):
    calls.append("module all")
    return True
print("shadowed:", all(x > 9 for x in [1]), calls)
del all

# assert raises the real AssertionError even when the name is rebound.
class Fake(Exception):
    pass
real_assertion_error = builtins.AssertionError
builtins.AssertionError = Fake
try:
    assert False, "boom"
except Fake:
    print("caught Fake")
except real_assertion_error as e:
    print("caught the real AssertionError:", e)
builtins.AssertionError = real_assertion_error
