# The parser's and compiler's depth limits are Python exceptions, as CPython's: too deep a
# source is MemoryError ("Parser stack overflowed"), too many nested parentheses a SyntaxError,
# too deep a tree given to compile() a RecursionError. (The reference's WebAssembly stack
# bounds the depths used here.)
import ast

def attempt(what, f):
    try:
        f()
        print(what, "ok")
    except BaseException as e:
        print(what, type(e).__name__, e)

attempt("unary 100000", lambda: compile("x = " + "-" * 100000 + "1", "s", "exec"))
attempt("parens 201", lambda: compile("(" * 201 + ")" * 201, "s", "eval"))
attempt("parens 150", lambda: compile("x = " + "(" * 150 + "1" + ")" * 150, "s", "exec"))
attempt("calls 150", lambda: compile("f(" * 150 + ")" * 150, "s", "exec"))
attempt("eval unary", lambda: eval("-" * 200000 + "1"))

tree = ast.Constant(1)
for _ in range(1200):
    tree = ast.UnaryOp(ast.USub(), tree)
attempt("deep tree", lambda: compile(ast.fix_missing_locations(ast.Expression(tree)), "t", "eval"))
