# compile()'s optimize levels and flags: PyCF_OPTIMIZED_AST (ast.parse(optimize=N)) folds what
# 3.14's AST preprocessing folds, level 1 drops asserts and makes __debug__ False, level 2
# also drops docstrings; bad flags and levels are ValueErrors.
import ast

src = '''"""module doc"""
def f(x):
    """f doc"""
    assert x, "no"
    return __debug__
class C:
    """C doc"""
def g():
    """only a docstring"""
'''
for level in (-1, 0, 1, 2):
    ns = {}
    exec(compile(src, "<opt>", "exec", optimize=level), ns)
    try:
        r = ns["f"](0)
    except AssertionError as e:
        r = f"AssertionError({e})"
    print(level, ns.get("__doc__"), ns["f"].__doc__, ns["C"].__doc__, ns["g"].__doc__, r)
    print(ast.dump(ast.parse(src, optimize=level)))

print(ast.dump(ast.parse("'%s %r' % (a, b)\nmatch a:\n case -1 + 2j | {-0: 1} | [-0.5]: pass", optimize=1)))
print(ast.dump(ast.parse("'%s' % (a,)", optimize=0)))
print(ast.dump(ast.parse(ast.parse("__debug__"), optimize=1)))
print(ast.dump(ast.parse('"""doc"""\n"x"', optimize=2), include_attributes=True))
print(ast.dump(ast.parse('def f():\n  """doc\n  """\n', optimize=2), include_attributes=True))
for o in (-1, 0, 1, 2):
    try:
        ast.parse(ast.Constant(42), optimize=o)
    except TypeError as e:
        print(o, e)
for flags in (0x100, 0x800, 0x10, 0x20000, 1 << 30, -1):
    try:
        compile("1", "f", "exec", flags)
        print(hex(flags), "ok")
    except ValueError as e:
        print(hex(flags), e)
for o in (-2, 3):
    try:
        compile("1", "f", "exec", optimize=o)
    except ValueError as e:
        print(o, e)
