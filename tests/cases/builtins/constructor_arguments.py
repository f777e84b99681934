# The argument errors of builtin constructors whose tp_new/tp_init are declared with typed
# parameters (the generator parses them as Argument Clinic's __new__/__init__ do): wrong
# counts, keywords, wrong types; positional-only ones refuse keywords only for the type
# itself or a subclass that keeps its __init__ (tp_new) or __new__ (tp_init).

import _lsprof, io, itertools, struct, types

def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', type(r).__name__, r if type(r) in (list, tuple, float, bool, int, range, slice) else '')

class L(list):
    def __init__(self, *a, **k): super().__init__(*a)
class T(tuple):
    def __init__(self, *a, **k): pass
class F(float):
    def __init__(self, *a, **k): pass
class R(reversed):
    def __init__(self, *a, **k): pass
class LK(list): pass
class TK(tuple): pass
class FK(float): pass
class RK(reversed): pass
class Fi(filter):
    def __init__(self, *a, **k): pass
class P(property): pass
class G(types.GenericAlias): pass
class GI(types.GenericAlias):
    def __init__(self, *a, **k): pass

calls = {
    'list': [lambda: list(1, 2), lambda: list(iterable=[1]), lambda: list(x=1), lambda: list(5),
             lambda: list([1], [2], [3]), lambda: L([1], key=2), lambda: LK([1], key=2),
             lambda: list.__init__([], 1, 2), lambda: list('ab')],
    'tuple': [lambda: tuple(1, 2), lambda: tuple(iterable=[1]), lambda: tuple(5), lambda: T([1], key=2),
              lambda: TK([1], key=2), lambda: T(1, 2), lambda: tuple()],
    'float': [lambda: float(1, 2), lambda: float(x=1), lambda: float([]), lambda: F('1.5', key=2),
              lambda: FK('1.5', key=2), lambda: float(), lambda: float(' 2.5 ')],
    'bool': [lambda: bool(1, 2), lambda: bool(x=1), lambda: bool(object=1), lambda: bool(), lambda: bool([1])],
    'reversed': [lambda: reversed(), lambda: reversed(1, 2), lambda: reversed(sequence=[1]), lambda: reversed(5),
                 lambda: list(R([1, 2], key=2)), lambda: R(), lambda: RK([1], key=2)],
    'range': [lambda: range(), lambda: range(1, 2, 3, 4), lambda: range(stop=3), lambda: range(1.5),
              lambda: range(1, 'a'), lambda: range(1, 2, 0), lambda: range(5), lambda: range(1, 9, 2)],
    'slice': [lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: slice(stop=3), lambda: slice(5),
              lambda: slice(1, None), lambda: slice(1, 2, 3)],
    'filter': [lambda: filter(), lambda: filter(None), lambda: filter(None, [1], 2), lambda: filter(None, iterable=[1]),
               lambda: filter(None, 5), lambda: list(Fi(None, [0, 1], key=2)), lambda: list(filter(None, [0, 2]))],
    'cell': [lambda: types.CellType(1, 2), lambda: types.CellType(contents=1), lambda: types.CellType(3).cell_contents],
    'property': [lambda: property(1, 2, 3, 4, 5), lambda: property(fget=len, x=1), lambda: property(len, fget=len),
                 lambda: property(doc='d').__doc__, lambda: P(fdel=len).fdel, lambda: property.__init__(property(), 1, 2, 3, 4, 5)],
    'GenericAlias': [lambda: G(list, int, x=1), lambda: types.GenericAlias(list, int, x=1), lambda: types.GenericAlias(list),
                     lambda: str(GI(list, int, x=1)), lambda: str(types.GenericAlias(list, (int,)))],
    'memoryview': [lambda: memoryview(), lambda: memoryview(b'', b''), lambda: memoryview(obj=b''),
                   lambda: memoryview(b'', object=b''), lambda: memoryview(1), lambda: memoryview(object=b'ab').tobytes()],
    'mappingproxy': [lambda: types.MappingProxyType(), lambda: types.MappingProxyType({}, {}), lambda: types.MappingProxyType(x={}),
                     lambda: types.MappingProxyType([]), lambda: dict(types.MappingProxyType(mapping={1: 2}))],
    'method': [lambda: types.MethodType(len), lambda: types.MethodType(len, 1, x=2), lambda: types.MethodType(len, 1, 2),
               lambda: types.MethodType(1, 2), lambda: types.MethodType(len, None), lambda: types.MethodType(len, [1])()],
    'groupby': [lambda: itertools.groupby(), lambda: itertools.groupby([], None, 1), lambda: itertools.groupby([], x=1),
                lambda: itertools.groupby(1), lambda: list(itertools.groupby(iterable='aab', key=None))[0][0]],
    'combinations': [lambda: itertools.combinations([1]), lambda: itertools.combinations([1], 'a'), lambda: itertools.combinations([1], -1),
                     lambda: itertools.combinations([1], r=1, x=2), lambda: list(itertools.combinations(r=2, iterable='abc')),
                     lambda: itertools.combinations_with_replacement('ab'), lambda: list(itertools.combinations_with_replacement('ab', r=2.0))],
    'compress': [lambda: itertools.compress([1]), lambda: itertools.compress(1, [1]), lambda: itertools.compress([1], 1),
                 lambda: list(itertools.compress(selectors=[0, 1], data='ab'))],
    'accumulate': [lambda: itertools.accumulate(), lambda: itertools.accumulate([1], None, None), lambda: itertools.accumulate(5),
                   lambda: list(itertools.accumulate([1, 2], initial=10)), lambda: list(itertools.accumulate([1, 2], func=None, initial=None))],
    'count': [lambda: itertools.count(1, 2, 3), lambda: itertools.count('a'), lambda: itertools.count(x=1),
              lambda: next(itertools.count(step=2, start=5))],
    'repeat': [lambda: itertools.repeat(), lambda: itertools.repeat(1, None), lambda: itertools.repeat(1, 'a'),
               lambda: list(itertools.repeat(1, -3)), lambda: list(itertools.repeat(object=1, times=2)), lambda: itertools.repeat(1, 2, 3)],
    'permutations': [lambda: itertools.permutations(), lambda: itertools.permutations([1], 'a'), lambda: list(itertools.permutations('ab', None)),
                     lambda: list(itertools.permutations(iterable='ab', r=1)), lambda: itertools.permutations([1], -1)],
    'batched': [lambda: itertools.batched([1]), lambda: itertools.batched([1], 0), lambda: itertools.batched([1], 1, True),
                lambda: list(itertools.batched('abc', 2, strict=False)), lambda: list(itertools.batched('abc', n=2, strict=True)),
                lambda: itertools.batched([1], 'a')],
    'BytesIO': [lambda: io.BytesIO(b'', 1), lambda: io.BytesIO(x=1), lambda: io.BytesIO(1),
                lambda: io.BytesIO(initial_bytes=b'ab').read(), lambda: io.BytesIO(None).read()],
    'Struct': [lambda: struct.Struct(), lambda: struct.Struct('i', 1), lambda: struct.Struct(fmt='i'),
               lambda: struct.Struct(1), lambda: struct.Struct(format='<h').size],
    'IncrementalNewlineDecoder': [lambda: io.IncrementalNewlineDecoder(None), lambda: io.IncrementalNewlineDecoder(None, True, 'strict', 1),
                                  lambda: io.IncrementalNewlineDecoder(None, True, x=1),
                                  lambda: io.IncrementalNewlineDecoder(decoder=None, translate=1).decode('a\r\n', final=True)],
    'Profiler': [lambda: _lsprof.Profiler(None, 'a'), lambda: _lsprof.Profiler(None, 1.0, True, True, 5), lambda: _lsprof.Profiler(x=1),
                 lambda: _lsprof.Profiler(timeunit=2, subcalls=0, builtins=[]).getstats()],
    'StringIO': [lambda: io.StringIO('', '\n', 1), lambda: io.StringIO(x=1), lambda: io.StringIO(1), lambda: io.StringIO('', 1),
                 lambda: io.StringIO('', 'x'), lambda: io.StringIO(newline=None, initial_value='a\r\nb').read(),
                 lambda: io.StringIO(None, '').getvalue()],
    'FileIO': [lambda: io.FileIO(), lambda: io.FileIO(0, 'r', False, None, 1), lambda: io.FileIO(0, x=1),
               lambda: io.FileIO(0, 1), lambda: io.FileIO(-1), lambda: io.FileIO(0, mode='r', closefd=False, opener=None).mode],
}
for name, fs in calls.items():
    for i, f in enumerate(fs):
        attempt(f'{name}[{i}]', f)
