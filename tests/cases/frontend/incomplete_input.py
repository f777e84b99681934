# compile() with PyCF_ALLOW_INCOMPLETE_INPUT | PyCF_DONT_IMPLY_DEDENT, as codeop uses it:
# input that ends before its statement does raises _IncompleteInputError("incomplete input").
import codeop

FLAGS = codeop.PyCF_ALLOW_INCOMPLETE_INPUT | codeop.PyCF_DONT_IMPLY_DEDENT
sources = [
    "for a in b:", "if x:\n  pass", "if x:\n  pass\n", "x = (1,", "s = '''abc", "s = 'abc",
    "f'{x", "def f(", "1 +", "x = 1", "x = )", "if x:\n  pass\nelse:", "@dec",
    "class C:\n  def f(self):\n    return 1",
]
for src in sources:
    for mode in ("exec", "single"):
        try:
            compile(src, "<x>", mode, FLAGS)
            print(mode, repr(src), "complete")
        except SyntaxError as e:
            print(mode, repr(src), type(e).__name__, e.msg, e.lineno)

for src in ["for a in b:", "if x:\n  pass\n\n", "x = )", "print(1)", "class C:\n  pass", "# only a comment"]:
    for symbol in ("single", "exec"):
        try:
            r = codeop.compile_command(src, symbol=symbol)
            print(symbol, repr(src), "->", "more input" if r is None else "code")
        except SyntaxError as e:
            print(symbol, repr(src), "->", type(e).__name__, e.msg)
