# The wrapper descriptors add_operators makes for builtin types' slots, sequence slots included.
def t(code):
    try:
        print(code, '->', repr(eval(code)))
    except Exception as e:
        print(code, '->', type(e).__name__ + ':', e)

for c in ["list.__mul__", "list.__rmul__", "list.__imul__", "list.__iadd__", "tuple.__mul__", "str.__mul__",
          "bytes.__mul__", "list.__add__", "str.__add__", "range.__len__", "list.__len__", "tuple.__getitem__",
          "list.__mul__([1], 2)", "list.__rmul__([1], 2)", "list.__mul__([1], 'a')", "list.__mul__([1], 2**100)",
          "str.__mul__('a', 3)", "tuple.__mul__((1,), -1)", "list.__imul__([1], 2)", "(1, 2).__rmul__(2)",
          "list.__hash__", "dict.__hash__", "set.__hash__", "'ab'.__len__()", "[5, 6].__setitem__(-1, 0)",
          "int.__add__", "type(int.__add__)", "object.__hash__ is not None", "'abc'.__contains__('b')",
          "[].__mul__()", "[].__mul__(1, 2)", "[].__mul__(x=1)",
          "[1, 2, 3].__delitem__(-1)", "range(5).__getitem__(-1)", "b'ab'.__getitem__(0)"]:
    t(c)
