# Interpolation.expression is the source text of the expression up to its last token:
# a closing parenthesis is part of it, comments and trailing spaces are not.
for s in ["t'{(lambda x: x)}'", "t'{ x }'", "t'{x = }'", "t'{x!r}'", "t'{ (x) :>3}'", "t'{x # c\n}'", "t'''{x # c\n = }'''", "t'{ (x)\n}'", "t'{[1,\n 2] }'"]:
    x = 1
    try:
        t = eval(s)
        print(repr(s), [i.expression for i in t.interpolations])
    except Exception as e:
        print(repr(s), type(e).__name__, e)
import ast
print(ast.unparse(ast.parse("t'{(lambda x: x)}'")))
