# Docstrings and compile errors with lone surrogates in str constants.
import ast

def attempt(label, src, mode='exec', **kw):
    try:
        code = compile(src, '<src>', mode, **kw)
    except Exception as e:
        print(label, type(e).__name__, ascii(str(e)))
        if isinstance(e, UnicodeEncodeError):
            print('   ', e.encoding, ascii(e.object), e.start, e.end, e.reason)
        return None
    print(label, 'ok')
    return code

# CPython cleans docstrings as UTF-8: a lone surrogate in one fails to compile
attempt('func doc', "def f():\n    '\\ud83d\\ude00'\n")
attempt('class doc', "class C:\n    'a\\ud83d'\n")
attempt('module doc', "'x\\udfffy\\ud800'\n")
attempt('astral doc', "def f():\n    '\\U0001F600'\n")
# ... but not when docstrings are dropped (-OO), nor for a string that is no docstring
code = attempt('func doc -OO', "def f():\n    '\\ud83d\\ude00'\n", optimize=2)
ns = {}
exec(code, ns)
print('  __doc__', ns['f'].__doc__)
attempt('not a doc', "def f():\n    x = 1\n    '\\ud83d\\ude00'\n")
attempt('f-string doc', "def f():\n    f'\\ud83d\\ude00'\n")
# an ast-built docstring
tree = ast.Module([ast.FunctionDef('f', ast.arguments(), [ast.Expr(ast.Constant('\ud800'))], [])], [])
ast.fix_missing_locations(tree)
attempt('ast doc', tree)

# source text with a real lone surrogate cannot be encoded
attempt('lone in source', "x = '\ud800'")

# mapping patterns: equal keys are duplicates, a pair and an astral character are not
attempt('dup keys', "match v:\n    case {'\\ud83d\\ude00': 1, '\\ud83d' '\\ude00': 2}: pass\n")
attempt('not dup', "match v:\n    case {'\\ud83d\\ude00': 1, '\\U0001F600': 2}: pass\n")

# escapes that give invalid code points still fail as before
attempt('truncated', "'\\ud8'")
attempt('too big', "'\\U00110000'")
