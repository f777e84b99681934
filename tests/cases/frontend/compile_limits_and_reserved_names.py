# The compiler's static block limit (CO_MAXBLOCKS is 21 in 3.14) and the type-parameter
# name the symbol table reserves (`__classdict__`, gh-128632), with their error positions.
import textwrap


def check(src):
    try:
        compile(src, "<case>", "exec")
        print("ok")
    except SyntaxError as e:
        print(f"{e.msg} @ {e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset}")


def loops(n, header="for x in y:"):
    code = "def f():\n"
    for i in range(n):
        code += "    " * (i + 1) + header + "\n"
    return code + "    " * (n + 1) + "pass\n"


for n in (20, 21, 22):
    print("for", n, end=": ")
    check(loops(n))
    print("while", n, end=": ")
    check(loops(n, "while x:"))


def many_managers(n, prefix=""):
    code = textwrap.dedent(f"""
        {prefix}def bug():
            {prefix}with (
            a
        """)
    for i in range(n):
        code += f"    as a{i}, a\n"
    return code + "): yield a"


for n in (19, 20, 21):
    print("with", n, end=": ")
    check(many_managers(n))
    print("async with", n, end=": ")
    check(many_managers(n, "async "))

code = ""
for i in range(12):
    code += f"{'    ' * i}try:\n{'    ' * (i + 1)}raise Exception\n{'    ' * i}except Exception as e:\n"
check(code + "    " * 12 + "pass")

for src in ["class A[__classdict__]: pass", "def f[__classdict__](): pass",
            "type T[__classdict__] = tuple[__classdict__]", "def f[T, __classdict__=int](): pass",
            "def f[*__classdict__](): pass", "def f[**__classdict__](): pass",
            "def f[__classdict__, __classdict__](): pass", "def f[T, T](): pass",
            "class A:\n    class B[__class__]: pass", "class A:\n    class B[__classcell__]: pass",
            "class A:\n    class B[__classdictcell__]: pass", "def f[__class__](): pass"]:
    print(repr(src), end=": ")
    check(src)
