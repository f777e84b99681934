# ast.parse(feature_version=(3, N)): syntax newer than 3.N is a SyntaxError ("... only supported in Python 3.N and greater").
import ast

samples = [
    ("x: int = 1", 6), ("(x).y: int", 6), ("a @ b", 5), ("a @= b", 5),
    ("async def f(): await x", 5), ("async def f():\n async for x in y: pass", 5),
    ("async def f():\n async with a: pass", 5), ("async def f():\n [x async for x in y]", 6),
    ("def f(a, /): pass", 8), ("lambda a=1, /: a", 8), ("(x := 0)", 8),
    ("match x:\n case 1: pass", 10), ("try:\n pass\nexcept* E:\n pass", 11),
    ("type X = int", 12), ("def f[T](): pass", 12), ("class X[T=int]: pass", 13),
    ("def f[*Ts=int](): pass", 13), ("try:\n pass\nexcept A, B:\n pass", 14), ("t''", 14), ("1_000", 6),
]
for src, version in samples:
    for minor in (version - 1, version):
        try:
            ast.parse(src, feature_version=(3, minor))
            print(minor, repr(src), "ok")
        except SyntaxError as e:
            print(minor, repr(src), e.msg, e.lineno, e.offset)
ast.parse("x", feature_version=(3, 4))
try:
    compile("(x := 0)", "<x>", "exec", _feature_version=7)
    print("compile() without PyCF_ONLY_AST ignores _feature_version")
except SyntaxError as e:
    print(e)
