# inspect.signature() of every builtin function and of the types and methods of builtins'
# main types that have a __text_signature__, as CPython 3.14 gives it: the clinic
# signatures, the automatic ones of METH_O methods ("object"), the types' own (taken from
# tp_doc), tp_new_wrapper's "(*args, **kwargs)", and "builtin has invalid signature" where
# CPython's text signature cannot be parsed (<unrepresentable>, optional groups).
# Addresses are dropped and sys.maxsize is shown by name, so the output is the same on 32
# and 64 bits.
import builtins, inspect, re, sys

def show(qual, obj):
    try:
        ts = obj.__text_signature__
    except AttributeError:
        return
    if ts is None:
        return
    try:
        s = str(inspect.signature(obj))
    except (ValueError, TypeError) as e:
        s = f"{type(e).__name__}: {e}"
    s = re.sub(r" at 0x[0-9a-f]+", "", s).replace(str(sys.maxsize), "sys.maxsize")
    print(qual, s)

for name in sorted(dir(builtins)):
    obj = getattr(builtins, name)
    if callable(obj) and not isinstance(obj, type):
        show(name, obj)
for t in (str, bytes, bytearray, list, dict, set, frozenset, int, float, tuple, complex, bool, object, type):
    show(t.__name__, t)
    for name in sorted(vars(t)):
        try:
            attr = getattr(t, name)
        except AttributeError:
            # type.__abstractmethods__ and type.__annotate__ are descriptors that raise on type itself.
            print(t.__name__ + "." + name, "AttributeError")
            continue
        show(f"{t.__name__}.{name}", attr)

# The functions without a text signature have none for inspect either.
for f in (dir, getattr, iter, max, min, next, vars):
    print(f.__name__, f.__text_signature__, f.__doc__.split("\n")[0])
# A static method's function holds its type, as METH_STATIC's does, but __self__ is None.
print(repr(str.maketrans).split(" at ")[0], str.maketrans.__self__, str.maketrans.__qualname__)
print(list.__new__.__text_signature__, list.__new__.__doc__)
print(type(list.__getitem__).__name__, type(set.__contains__).__name__, type(frozenset.__contains__).__name__)
