# str constants keep lone surrogates exactly: a high surrogate followed by a low one,
# written as escapes, is two code points, not one astral character.
import ast, dis, marshal, types

def show(label, v):
    print(label, type(v).__name__, len(v) if isinstance(v, (str, bytes, tuple)) else '', ascii(v))

# literals and escapes
show('pair', '\ud83d\ude00')
show('astral', '\U0001F600')
print('pair == astral', '\ud83d\ude00' == '\U0001F600')
show('lone high', '\ud83d')
show('lone low', '\ude00')
show('N-escape', '\N{GRINNING FACE}')
show('octal/hex mix', 'a\x41\ud800\101\udfff')
show('sqlite', "\ud803\ude6d")
print('sqlite chars', [hex(ord(c)) for c in "\ud803\ude6d"])
show('raw', r'\ud83d\ude00')
show('bytes', b'\xed\xa0\xbd')

# implicit concatenation
show('implicit', '\ud83d' '\ude00')
show('implicit3', 'x' '\ud83d' 'y' '\ude00')
show('implicit astral', '\U0001F600' '\ud83d')

# constant folding
show('fold +', '\ud803' + '\ude6d')
show('fold *', '\ud83d\ude00' * 3)
show('fold * astral', 2 * '\U0001F600\ud800')
show('fold index', '\ud83d\ude00'[1])
show('fold index -', '\ud83d\ude00'[-2])
show('fold slice', '\ud83d\ude00\U0001F600'[1:])
show('fold step', '\ud83d\ude00\ud83d\ude00'[::-1])
show('fold slice pair', 'a\ud83d\ude00b'[1:3])
print('fold in', '\ud83d' in ('\ud83d\ude00', '\ude00'))
print('fold not', not '\ud800')
x = 7
print('fold ternary', 'yes' if '\udc00' else 'no')

# f-strings and t-strings
show('f pair', f'\ud83d\ude00{x}')
show('f split', f'\ud83d{x}\ude00')
show('f implicit', f'\ud83d' '\ude00')
show('f implicit2', '\ud83d' f'\ude00{x}')
show('f spec', f'{x:\ud83d>5}')
show('f spec nested', f'{x:{"\ude00"}>3}')
show('f debug', f'{x=}\ud800')
t = t'\ud83d\ude00{x}\udfff'
show('t strings', t.strings)
t2 = t'\ud83d' t'\ude00{x}'
show('t implicit', t2.strings)

# %-formatting optimized into an f-string
show('percent', '\ud83d%s\ude00' % (x,))
show('percent %%', '%%\ud83d%s' % ('\ude00',))

# the constants table: equal constants merge, different ones do not
def consts():
    return ('\ud83d\ude00', '\U0001F600', '\ud83d\ude00', '\ud83d')
c = consts()
print('consts', len(c), [len(s) for s in c], c[0] is c[2], c[0] == c[1])
print('co_consts', ascii([k for k in consts.__code__.co_consts if isinstance(k, (str, tuple))]))

# match
def m(v):
    match v:
        case '\ud83d\ude00':
            return 'pair'
        case '\U0001F600':
            return 'astral'
        case {'\ud83d': 1, '\ude00': 2}:
            return 'map'
    return 'none'
print('match', m('\ud83d\ude00'), m('\U0001F600'), m({'\ud83d': 1, '\ude00': 2}), m('\ud83d'))

# eval, exec, compile of such source
show('eval', eval("'\\ud83d\\ude00'"))
show('eval astral', eval("'\\U0001F600'"))
ns = {}
exec("a = '\\ud83d' '\\ude00'\nb = f'\\ud83d{1}\\ude00'", ns)
show('exec a', ns['a'])
show('exec b', ns['b'])
code = compile("'\\ud803\\ude6d' + '\\ude6d'", '<s>', 'eval')
show('compile', eval(code))
show('compile consts', code.co_consts)

# marshal keeps the code objects' constants
code2 = marshal.loads(marshal.dumps(compile("v = '\\ud83d\\ude00'", '<m>', 'exec')))
ns = {}
exec(code2, ns)
show('marshal', ns['v'])

# repr
print('repr', ascii(repr('\ud83d\ude00')), ascii(repr('\U0001F600')))

# the ast module, both ways
tree = ast.parse("s = '\\ud83d\\ude00'\nf'\\ud83d{x}\\ude00'\n'\\ud83d' '\\ude00'")
print('dump', ascii(ast.dump(tree)))
print('unparse', ascii(ast.unparse(tree)))
show('literal_eval', ast.literal_eval("'\\ud83d\\ude00'"))
show('literal_eval tuple', ast.literal_eval("('\\ud83d', '\\ude00', '\\ud83d\\ude00')"))
show('literal_eval implicit', ast.literal_eval("'\\ud83d' '\\ude00'"))
show('constant value', tree.body[0].value.value)

built = ast.Expression(ast.Constant('\ud83d\ude00'))
ast.fix_missing_locations(built)
show('ast -> compile', eval(compile(built, '<ast>', 'eval')))
built = ast.Expression(ast.Constant('\U0001F600'))
ast.fix_missing_locations(built)
show('ast astral -> compile', eval(compile(built, '<ast>', 'eval')))
built = ast.Expression(ast.JoinedStr([ast.Constant('\ud83d'), ast.Constant('\ude00')]))
ast.fix_missing_locations(built)
show('ast joinedstr', eval(compile(built, '<ast>', 'eval')))
built = ast.Expression(ast.BinOp(ast.Constant('\ud83d'), ast.Add(), ast.Constant('\ude00')))
ast.fix_missing_locations(built)
show('ast binop', eval(compile(built, '<ast>', 'eval')))
built = ast.Expression(ast.Constant(('\ud83d', '\ude00')))
ast.fix_missing_locations(built)
show('ast tuple', eval(compile(built, '<ast>', 'eval')))
# round trip through compile(..., PyCF_ONLY_AST) and back
t3 = compile("'\\ud83d\\ude00'", '<s>', 'eval', ast.PyCF_ONLY_AST)
show('only ast', t3.body.value)
show('only ast back', eval(compile(t3, '<s>', 'eval')))
t4 = compile("'\\ud83d' + '\\ude00'", '<s>', 'eval', ast.PyCF_OPTIMIZED_AST)
print('optimized ast', ascii(ast.dump(t4)))

# annotations under `from __future__ import annotations` are unparsed
ns = {}
exec("from __future__ import annotations\nv: '\\ud83d\\ude00' = 1\nw: f'\\ud83d{x}\\ude00' = 2\n"
     "def g(a: '\\ud83d' + '\\ude00'): pass", ns)
print('annotations', ascii(ns['__annotations__']), ascii(ns['g'].__annotations__))

# the disassembly shows the constant
dis.dis(compile("'\\ud83d\\ude00'", '<d>', 'eval'))

# more of the ast module: dict literals, get_docstring, unparse of built nodes
print('literal_eval dict', ascii(ast.literal_eval("{'\\ud83d': '\\ude00', '\\ud83d\\ude00': 1}")))
print('get_docstring', ascii(ast.get_docstring(ast.parse("def f():\n '\\ud83d\\ude00'").body[0])))
print('unparse built', ascii(ast.unparse(ast.Constant('\ud83d\ude00'))),
      ascii(ast.unparse(ast.JoinedStr([ast.Constant('\ud83d{'), ast.FormattedValue(ast.Name('x'), -1, None)]))))
# code.replace keeps such constants
co = compile("def f(): return '\\ud83d\\ude00' + '\\U0001F600'", '<c>', 'exec').co_consts[0]
print('replace', ascii(co.co_consts), co.replace(co_consts=('\ud83d\ude00',)).co_consts == ('\ud83d\ude00',))
