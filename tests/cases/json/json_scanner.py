# _json's scanner and scanstring on their own: values, positions, and the JSONDecodeError
# messages and positions. json.decoder is stood in by a module holding a JSONDecodeError
# with the real one's fields, so only _json is exercised.
import sys

class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg, self.doc, self.pos, self.lineno, self.colno = msg, doc, pos, lineno, colno

class StubModule:
    pass
json_pkg = StubModule()
decoder = StubModule()
decoder.JSONDecodeError = JSONDecodeError
json_pkg.decoder = decoder
sys.modules['json'] = json_pkg
sys.modules['json.decoder'] = decoder

import _json

def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except JSONDecodeError as e:
        print("JSONDecodeError", e, e.pos)
    except StopIteration as e:
        print("StopIteration", e.value)
    except Exception as e:
        print(type(e).__name__, e)

class Ctx:
    strict = True
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int
    def parse_constant(self, name):
        return {'NaN': float('nan'), 'Infinity': float('inf'), '-Infinity': float('-inf')}[name]
ctx = Ctx()
scan = _json.make_scanner(ctx)
print(type(scan).__name__, scan.strict, scan.object_hook, scan.parse_int is int, scan.parse_float is float)

docs = ['null', 'true', 'false', '0', '-0', '12345', '-987', '1.5', '-2.25e3', '1E+2', '1e-2', '3.', '1e', '1e+',
        '01', '-', '-a', '"abc"', '""', '"a\\"b\\\\c\\/d\\b\\f\\n\\r\\t"', '"\\u00e9\\u20ac"', '"\\ud83d\\ude00"',
        '"\\ud83d"', '"\\ud83dx"', '"\\ud83d\\u0041"', '"\\udc00\\ud800"', '[]', '[ ]', '[1, 2 ,3]', '{}', '{ }',
        '{"a": 1, "b": [true, {"c": null}]}', '[1, [2, [3, [4]]]]', 'NaN', 'Infinity', '-Infinity', 'nul', 'tru',
        'x', '', '   1', '12345678901234567890123', '-12345678901234567890123', '1.7976931348623157e309',
        '0.1', '123.456e-789', '{"a":1}garbage', '[1,2]  ', '"\u00e9\U0001f600"', '[-1.0e-0]']
for d in docs:
    t(lambda: scan(d, 0))
t(lambda: scan('xx[1, 2]', 2))
t(lambda: scan('[1]', 3))
t(lambda: scan('[1]', 10))
t(lambda: scan('[1]', -1))
t(lambda: scan(b'[1]', 0))
t(lambda: scan('[1]'))
t(lambda: scan('[1]', 'a'))
t(lambda: scan(string='[1]', idx=0))

errors = ['[', '[1', '[1,', '[1,]', '[1 2]', '{', '{"a"', '{"a" 1}', '{"a":', '{"a":1', '{"a":1,}', '{"a":1 "b":2}',
          '{1:2}', '{"a":1,', '"abc', '"\\', '"\\x"', '"\\u12"', '"\\u12g4"', '"\\ud800\\u12g4"', '"a\nb"', '"a\x00"',
          '[1,\n 2,\n x]', '{"a": [1, {"b": }]}', '[tru]', '[-]', '{"a" : 1, }', '[,]', '{,}', '"\\ud800\\u"']
for d in errors:
    t(lambda: scan(d, 0))

# strict=False allows control characters
ctx.strict = False
lax = _json.make_scanner(ctx)
print(lax.strict, lax('"a\nb\tc\x00"', 0))

# hooks and custom number parsers
class Ctx2(Ctx):
    object_hook = staticmethod(lambda d: ('hook', sorted(d.items())))
    parse_float = staticmethod(lambda s: ('float', s))
    parse_int = staticmethod(lambda s: ('int', s))
    parse_constant = staticmethod(lambda s: ('const', s))
s2 = _json.make_scanner(Ctx2())
print(s2('{"x": [1, 2.5, -3e2, NaN, -Infinity]}', 0))
class Ctx3(Ctx):
    object_pairs_hook = list
    object_hook = staticmethod(lambda d: 'unused')
print(_json.make_scanner(Ctx3())('{"b": 1, "a": {"c": 2}, "b": 3}', 0))
class Ctx4(Ctx):
    parse_int = staticmethod(lambda s: 1 / 0)
t(lambda: _json.make_scanner(Ctx4())('[1]', 0))
t(lambda: _json.make_scanner(object()))
t(lambda: _json.make_scanner())
# keys are shared between objects of one scan (the memo)
r, end = scan('[{"key": 1}, {"key": 2}]', 0)
print(r, end, list(r[0])[0] is list(r[1])[0])
print(scan('[' * 200 + ']' * 200, 0)[1])

# scanstring
print(_json.scanstring('"abc"', 1), _json.scanstring('x"a\\nb"y', 2), _json.scanstring('"a\tb"', 1, False))
t(lambda: _json.scanstring('"a\tb"', 1))
t(lambda: _json.scanstring('"a\tb"', 1, True))
t(lambda: _json.scanstring('"abc', 1))
t(lambda: _json.scanstring('"abc"', 10))
t(lambda: _json.scanstring('"abc"', -1))
t(lambda: _json.scanstring(b'"abc"', 1))
t(lambda: _json.scanstring('"abc"'))
t(lambda: _json.scanstring('"abc"', 1, True, 4))
t(lambda: _json.scanstring('"abc"', end=1))
t(lambda: _json.scanstring('"abc"', 5))
print(_json.scanstring.__doc__.splitlines()[0], _json.make_scanner.__doc__)
