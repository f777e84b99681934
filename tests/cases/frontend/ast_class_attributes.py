# ast node classes: __annotations__ are the field types, ast.AST is a mutable type, _fields
# may hold non-str names, and the constructor's messages name fields by repr.
import ast, warnings, collections, types

print(ast.arguments.__annotations__ == ast.arguments._field_types, sorted(ast.arguments.__annotations__))
print(ast.Name.__annotations__)
old = ast.AST._fields
del ast.AST._fields
for call in (lambda: ast.AST(arg1=123), lambda: ast.AST()):
    try:
        call()
    except AttributeError as e:
        print('AttributeError:', e)
ast.AST._fields = old
ast.AST.extra = 1
print(ast.AST.extra, ast.Name.extra)
del ast.AST.extra
print(ast.AST.__flags__ & (1 << 8), int.__flags__ & (1 << 8))
try:
    int.extra = 1
except TypeError as e:
    print('TypeError:', e)

class BadFields(ast.AST):
    _fields = (b'\xff' * 4,)
    _field_types = {'a': int}
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    BadFields()
    ast.Name()
    ast.Name('x', spam=1)
for x in w:
    print(x.category.__name__, x.message)
try:
    ast.Name('x', id='y')
except TypeError as e:
    print('TypeError:', e)
try:
    ast.Name(id='x').__replace__(spam=1)
except TypeError as e:
    print('TypeError:', e)
for t in (collections.OrderedDict, ast.AST, types.SimpleNamespace, int, ast.Name):
    try:
        t.foo
    except AttributeError as e:
        print(e)
