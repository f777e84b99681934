# compile() of a hand-built AST: CPython's validation errors (Python/ast.c), never a crash.
import ast

def check(tree, mode="exec"):
    ast.fix_missing_locations(tree)
    try:
        compile(tree, "<ast>", mode)
        print("ok")
    except (TypeError, ValueError, SystemError) as e:
        print(type(e).__name__ + ":", e)

def mod(*stmts):
    return ast.Module(list(stmts), [])

def expr_stmt(e):
    return mod(ast.Expr(e))

L, S, D = ast.Load(), ast.Store(), ast.Del()
x = lambda ctx=L: ast.Name("x", ctx)
one = ast.Constant(1)

check(expr_stmt(ast.NamedExpr(ast.Constant(1), one)))
check(expr_stmt(ast.NamedExpr(ast.Subscript(x(), one, S), one)))
check(mod(ast.TypeAlias(ast.Subscript(x(), one, S), [], one)))
check(mod(ast.TypeAlias(ast.Name("T", L), [], one)))
check(mod(ast.AnnAssign(ast.Attribute(x(), "a", S), x(), None, 1)))
check(expr_stmt(x(S)))
check(mod(ast.Assign([ast.Call(x(), [], [])], one)))
check(mod(ast.Assign([], one)))
check(mod(ast.Delete([x(L)])))
check(expr_stmt(ast.BoolOp(ast.And(), [x()])))
check(expr_stmt(ast.Compare(x(), [], [])))
check(expr_stmt(ast.Compare(x(), [ast.Lt()], [])))
check(expr_stmt(ast.Dict([x()], [])))
check(expr_stmt(ast.ListComp(x(), [])))
check(expr_stmt(ast.Name("None", L)))
check(expr_stmt(ast.List([None], L)))
check(mod(ast.If(x(), [], [])))
check(mod(ast.While(x(), [ast.Pass(), None], [])))
check(mod(ast.Try([ast.Pass()], [], [], [])))
check(mod(ast.Try([ast.Pass()], [], [ast.Pass()], [ast.Pass()])))
check(mod(ast.TryStar([ast.Pass()], [], [], [])))
check(mod(ast.Raise(None, x())))
check(mod(ast.ImportFrom("m", [ast.alias("a")], -1)))
check(mod(ast.Import([])))
check(mod(ast.Global([])))
check(mod(ast.With([], [ast.Pass()])))
check(mod(ast.FunctionDef("f", ast.arguments([], [], None, [], [], None, [one]), [ast.Pass()], [], None, None, [])))
check(mod(ast.FunctionDef("f", ast.arguments([], [], None, [ast.arg("k")], [], None, []), [ast.Pass()], [], None, None, [])))
check(mod(ast.ClassDef("C", [x(S)], [], [ast.Pass()], [], [])))
check(ast.Expression(ast.Name(42, L)), "eval")
check(ast.Expression(ast.Constant(1, 42)), "eval")
check(ast.Expression(ast.YieldFrom(None)), "eval")
check(ast.Expression(ast.Constant([1])), "eval")

# Positions.
e = ast.Expression(ast.Name("x", L, lineno=2, end_lineno=1, col_offset=0, end_col_offset=1))
check(e, "eval")
e = ast.Expression(ast.Name("x", L, lineno=1, end_lineno=1, col_offset=3, end_col_offset=1))
check(e, "eval")

# Patterns.
def match(pattern):
    return mod(ast.Match(x(), [ast.match_case(pattern, None, [ast.Pass()])]))

check(match(ast.MatchValue(x())))
check(match(ast.MatchValue(ast.Constant(None))))
check(match(ast.MatchValue(ast.Constant(...))))
check(match(ast.MatchValue(ast.UnaryOp(ast.USub(), ast.Constant(1)))))
check(match(ast.MatchValue(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2j)))))
check(match(ast.MatchValue(ast.BinOp(ast.Constant(1), ast.Mult(), ast.Constant(2j)))))
check(match(ast.MatchSingleton(1)))
check(match(ast.MatchStar("a")))
check(match(ast.MatchSequence([ast.MatchStar("_")])))
check(match(ast.MatchAs(ast.MatchAs(None, "a"), None)))
check(match(ast.MatchOr([ast.MatchAs(None, "a")])))
check(match(ast.MatchMapping([one], [], None)))
check(match(ast.MatchMapping([ast.Constant(True)], [ast.MatchAs(None, "a")], "_")))
check(match(ast.MatchClass(ast.Call(x(), [], []), [], [], [])))
check(match(ast.MatchClass(x(), [], ["a"], [])))
check(match(ast.MatchClass(ast.Attribute(x(), "y", L), [], ["True"], [ast.MatchAs(None, "a")])))
check(match(ast.MatchAs(None, "b")))
