# _json's encoder and string escapers on their own (as json.dumps drives them): separators,
# indentation, sort_keys, skipkeys, allow_nan, default(), circular references, and the
# notes 3.14 adds to errors raised inside containers.
import _json

def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e, getattr(e, '__notes__', None))

def raise_type_error(o):
    raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

def make(indent=None, sort_keys=False, skipkeys=False, allow_nan=True, ensure_ascii=True, default=raise_type_error,
         markers=True, separators=None):
    if separators is None:
        separators = (',', ': ') if indent is None else (',', ': ')
        if indent is None:
            separators = (', ', ': ')
    enc = _json.encode_basestring_ascii if ensure_ascii else _json.encode_basestring
    return _json.make_encoder({} if markers else None, default, enc, indent, separators[1], separators[0],
                              sort_keys, skipkeys, allow_nan)

def dumps(o, **kw):
    return make(**kw)(o, 0)[0]

e = make()
print(type(e).__name__, e.sort_keys, e.skipkeys, e.indent, repr(e.key_separator), repr(e.item_separator), e.markers)
print(e([1, 'a'], 0))
for o in [None, True, False, 0, -5, 10**30, 1.5, -0.0, 1e300, 0.1, 'x', '', [], {}, (), [1, [2, []]], (1, 2),
          {'a': 1, 'b': [None, True]}, {'k': {}}, [{}], '\u00e9\x00\x1f"\\\n\ud800\U0001f600\u2028']:
    print(repr(dumps(o)), repr(dumps(o, ensure_ascii=False)))
print(dumps([float('inf'), -float('inf'), float('nan')]))
t(lambda: dumps([1, float('nan')], allow_nan=False))
t(lambda: dumps({'a': {'b': float('inf')}}, allow_nan=False))
t(lambda: dumps({float('-inf'): 1}, allow_nan=False))

print(dumps({'a': [1, 2, {'b': None, 'c': [True, 1.5]}]}, indent='  '))
print(dumps({'a': [], 'b': {}, 'c': [[]]}, indent='\t', sort_keys=True))
print(repr(dumps([1, {'x': 2}], indent='')))
print(dumps({'z': 1, 'a': {'y': 2, 'b': 3}}, sort_keys=True, separators=(',', ':')))
t(lambda: dumps({1: 2, 'a': 3}, sort_keys=True))
print(dumps({True: 1, False: 2, None: 3, 1.5: 4, 2: 5, 'k': 6, 10**20: 7, float('nan'): 8}))
t(lambda: dumps({(1,): 2}))
print(dumps({(1,): 2, 'a': 1, b'x': 3}, skipkeys=True))

class X:
    pass
t(lambda: dumps({'a': [1, {2: X()}]}))
t(lambda: dumps([1, [2, {3}]]))
t(lambda: dumps([X()], default=lambda o: 1 / 0))
print(dumps([X(), {'x': X()}], default=lambda o: ['X', o.__class__.__name__]))
t(lambda: dumps(X(), default=lambda o: [1, {'k': {1, 2}}] if isinstance(o, X) else raise_type_error(o)))
l = []
l.append(l)
t(lambda: dumps(l))
d = {}
d['d'] = d
t(lambda: dumps(d))
t(lambda: dumps([l], markers=False) if False else 'skipped')
shared = [1]
print(dumps([shared, shared, {'s': shared}]))

class D(dict):
    pass
print(dumps(D(b=1, a=2)))
class DI(dict):
    def items(self):
        return [('z', 1), ('y', 2)]
print(dumps(DI(b=1)))
class DI2(dict):
    def items(self):
        return [('z', 1, 2)]
t(lambda: dumps(DI2(b=1)))
class L(list):
    pass
print(dumps(L([1, 2])), dumps((1, (2,))))
class I(int):
    def __repr__(self):
        return 'I!'
class F(float):
    def __repr__(self):
        return 'F!'
class S(str):
    pass
print(dumps([I(3), F(1.5), S('x'), {I(4): 1, F(2.5): 2, S('k'): 3}]))
print(dumps([True, False], default=str), dumps({'a': I(1)}))

e3 = _json.make_encoder(None, str, lambda s: 5, None, ':', ',', False, False, True)
t(lambda: e3(['x'], 0))
t(lambda: e3({'x': 1}, 0))
e4 = _json.make_encoder(None, str, lambda s: '<' + s + '>', None, ':', ',', False, False, True)
print(e4(['x', {'k': 'v', 1: 2}], 0))
t(lambda: _json.make_encoder(1, str, str, None, ':', ',', False, False, True))
t(lambda: _json.make_encoder(None, str, str, None, 1, ',', False, False, True))
t(lambda: _json.make_encoder(None, str, str, None, ':', ','))
t(lambda: e([1]))
t(lambda: e([1], 'a'))
print(e(obj=[1], _current_indent_level=0))

print(_json.encode_basestring_ascii('a\u00e9\U0001f600"\\\x7f\x80'), _json.encode_basestring('a\u00e9\U0001f600"\\\x7f\x1f'))
t(lambda: _json.encode_basestring_ascii(b'x'))
t(lambda: _json.encode_basestring(5))
print(_json.encode_basestring.__doc__)
print(_json.make_encoder.__doc__)
