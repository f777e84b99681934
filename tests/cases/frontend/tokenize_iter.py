# _tokenize.TokenizerIter: tokens with character columns, extra tokens (COMMENT, NL, OP), implicit newline, errors.
import _tokenize
def toks(src, extra=True, enc=None):
    lines = iter(src.splitlines(keepends=True))
    if enc:
        lines = iter(l.encode(enc) for l in src.splitlines(keepends=True))
        it = _tokenize.TokenizerIter(lambda: next(lines), extra_tokens=extra, encoding=enc)
    else:
        it = _tokenize.TokenizerIter(lambda: next(lines), extra_tokens=extra)
    try:
        for t in it: print(t)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.args[1])
    print('--')
toks("x = 1 + 2  # c\n")
toks("def f(a,\n      b):\n    # only comment\n\n    return a  ** b\n\nclass C:\n    pass\n")
toks("if x:\n    y = 'é' + \"\"\"multi\nline\"\"\"\n")
toks("f'a{b!r:>{w}}c' + t'x{y}'\n")
toks("x = 1")
toks("x = (1,\n  2)\n", extra=False)
toks("s = 'abc' # é\n", enc='utf-8')
toks("if x:\n  a\n b\n")
toks("x = (1,\n")
toks("x = 1 \\\n + 2\r\n")
toks("async def f(): await g()\n$\n")
