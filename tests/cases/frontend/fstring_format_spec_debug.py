# A debug field `{y=}` in a format spec: its text merges with the constant before it,
# as implicitly concatenated strings merge (_PyPegen_setup_full_format_spec).
import ast

for src in ['f"{a:h1{y=}h2}"', 'f"{a:{b=}}"', 't"{a:h{b=}}"', 'f"{a:x}"', 'f"{a:}"', 'f"{a:{b}}"',
            'f"{a:h1{y=}h2{y=}h3{y=}}"']:
    tree = ast.parse(src)
    print(ast.dump(tree, include_attributes=True))
    # ast.unparse gives source that parses to the same tree
    print(ast.dump(ast.parse(ast.unparse(tree))) == ast.dump(tree))

y = 20
print(f"{2:{y=}}")
