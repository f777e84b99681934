# The ast module over _ast: parse, dump, literal_eval, visitors, type comments, func_type mode, match on nodes.
import ast
t = ast.parse("def f(a, *, b=1):\n    return a + b  # hi\nclass C(Base, metaclass=M): pass\n")
print(ast.dump(t, indent=1))
print(ast.dump(t, include_attributes=True)[:300])
print(ast.literal_eval("[1, (2, 3), {'a': -4.5}, b'x', None, {1,2}]"))
def names(node):
    if isinstance(node, ast.Name): print(node.id, node.lineno, node.col_offset)
    for child in ast.iter_child_nodes(node): names(child)
names(t)
class V(ast.NodeTransformer):
    def visit_Constant(self, node): return ast.Constant(node.value * 10)
t2 = ast.fix_missing_locations(V().visit(ast.parse("print(1 + 2)")))
exec(compile(t2, "<t>", "exec"))
print(ast.dump(ast.parse("x: int = 3", type_comments=True)))
print(ast.dump(ast.parse("(a, b) -> c", mode="func_type")))
match t.body[0]:
    case ast.FunctionDef(name=n, args=ast.arguments(args=[ast.arg(arg=a)])): print("matched", n, a)
try: ast.parse("x = (")
except SyntaxError as e: print(e)
print(ast.copy_location(ast.Name('q'), t.body[0]).lineno)
