# SyntaxError messages and positions, and traceback's "Did you mean" for keyword typos
# (which needs codeop's incomplete-input detection and the _suggestions module).
import ast, traceback, _suggestions

def show(src, mode="exec", **kw):
    try:
        if kw:
            ast.parse(src, **kw)
        else:
            compile(src, "<x>", mode)
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", traceback.format_exception_only(e)[-1].rstrip(), e.lineno, e.offset)

show("def foo(/,a,b=,c):\n pass\n")
show("lambda /,a,b,c: None")
show("def f(\n    *, # type: int\n    a, # type: int\n):\n    pass\n", type_comments=True)
show("a = 3 \\ 4")
show("1,\\#\n2")
show("\nfgdfgf\n1,\\#\n2\n")
for src in ["fur a in b:\n  pass\n", "with block ad something:\n  pass\n", "whille True:\n  pass\n",
            "iff x > 5:\n  pass\n", "if x:\n  pass\nelseif y:\n  pass\n", "classe MyClass:\n  pass\n",
            "defn calculate_sum(a, b):\n  return a + b\n", "[\nx for x\nin range(3)\nof x\n]\n",
            "for x im n:\n    pass\n", "asynch def fetch_data():\n  pass\n"]:
    show(src)
    show(src, "single")

print(_suggestions._generate_suggestions(["if", "or", "for"], "of"))
print(_suggestions._generate_suggestions([], "of"))
for bad in [("a",), ["a", 1]]:
    try:
        _suggestions._generate_suggestions(bad, "of")
    except TypeError as e:
        print(e)
