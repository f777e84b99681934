# _operator's functions and getters: results, argument errors, reprs.
import _operator as op
tests = ["op.add(1)", "op.add(1,2,3)", "op.add(a=1,b=2)", "op.index('a')", "op.index(3.0)", "op.length_hint(1, 'a')", "op.length_hint([1,2])", "op.length_hint(iter([1]), -1)",
"op.itemgetter()", "op.itemgetter(1, x=2)", "op.attrgetter()", "op.attrgetter(1)", "op.attrgetter('a', 2)", "op.methodcaller()", "op.methodcaller(1)", "op.methodcaller('a', 1, k=2)",
"op.itemgetter(1)", "op.itemgetter(1, 'a')", "op.attrgetter('a.b')", "op.attrgetter('a', 'b.c')", "op.methodcaller('f')", "op.methodcaller('f', 1, 'x', k=[1])",
"op.itemgetter(1)()", "op.itemgetter(1)([1,2], 3)", "op.itemgetter(1)(x=1)", "op.attrgetter('real')(1, 2)", "op.methodcaller('bit_length')(1, 2)", "op.methodcaller('bit_length')(x=1)",
"op.attrgetter('real.imag')(3)", "op.attrgetter('x')(1)", "op.attrgetter('real', 'imag')(3+4j)", "op.itemgetter(0, 2)('abc')", "op.methodcaller('split', ',', maxsplit=1)('a,b,c')",
"op._compare_digest('a', 'a')", "op._compare_digest(b'a', b'b')", "op._compare_digest('a', b'a')", "op._compare_digest('é', 'é')", "op._compare_digest(1, 2)", "op._compare_digest(bytearray(b'ab'), b'ab')", "op._compare_digest(memoryview(b'ab'), b'ab')",
"op.call(len, [1])", "op.call()", "op.call(dict, a=1)", "op.is_none(None)", "op.is_not_none(0)", "op.truth([])", "op.not_([])", "op.countOf([1,2,1], 1)", "op.indexOf([1,2], 3)", "op.indexOf([1,2], 2)",
"op.concat([1], (2,))", "op.concat(1, 2)", "op.iconcat(1, 2)", "op.iconcat([1], 'ab')", "op.contains([1], 1)", "op.getitem([1], 0)", "op.setitem([1], 0, 2)", "op.delitem([1], 0)",
"op.pow(2, 10)", "op.ipow(2, 3)", "op.inv(5)", "op.invert(5)", "op.neg(1)", "op.pos(-1)", "op.abs(-2)", "op.matmul(1,2)", "op.imatmul(1,2)", "op.itruediv(1,2)", "op.lt(1,2)", "op.ge(1,'a')",
"op.attrgetter('a').__reduce__()", "op.itemgetter(1,2).__reduce__()", "op.methodcaller('a').__reduce__()",
"type(op.itemgetter(1)).__module__", "op.itemgetter(1) == op.itemgetter(1)", "op.attrgetter('a.b.c')", "op.attrgetter('.a')", "op.attrgetter('a.')", "op.attrgetter('a..b')", 
"op.index(True)", "op.length_hint(1)", "op.is_(1,1)", "op.is_not(1,2)", "op.xor(1,3)",
]
for t in tests:
    try: print(t, '->', repr(eval(t)))
    except Exception as e: print(t, '!!', type(e).__name__, e)
class LH:
    def __length_hint__(self): return 'x'
class LH2:
    def __length_hint__(self): return -1
class LH3:
    def __length_hint__(self): return NotImplemented
class LH4:
    def __len__(self): raise ValueError('len')
for o in [LH(), LH2(), LH3(), LH4()]:
    try: print(op.length_hint(o, 5))
    except Exception as e: print(type(e).__name__, e)
import operator
print(operator.add is op.add, operator.itemgetter is op.itemgetter, operator.__doc__ == op.__doc__, operator.__add__ is op.add)
print(sorted([(1, 'b'), (0, 'a'), (1, 'a')], key=operator.itemgetter(1, 0)))
class A:
    def __init__(self, **kw): self.__dict__.update(kw)
    def m(self, *a, **k): return (a, sorted(k.items()))
a = A(x=A(y=5), z=3)
print(operator.attrgetter('x.y')(a), operator.attrgetter('z', 'x.y')(a), operator.methodcaller('m', 1, 2, k=3)(a))
try: operator.attrgetter('x.q')(a)
except AttributeError as e: print('AttributeError', e)
try: operator.attrgetter('')(a)
except AttributeError as e: print('AttributeError', e)
try: operator.itemgetter(5)([1])
except IndexError as e: print('IndexError', e)
try: operator.methodcaller('nope')(1)
except AttributeError as e: print('AttributeError', e)
l = [1]
print(operator.iadd(l, [2]) is l, l, operator.imul([1], 3), operator.iconcat((1,), (2,)), operator.ipow(3, 2))
print(operator.countOf('banana', 'a'), operator.indexOf(iter('xyz'), 'z'), operator.contains(range(3), 2))
nan = float('nan')
print(operator.countOf([nan, nan], nan), operator.indexOf([nan], nan))
print(operator.call(operator.call, max, 1, 5, 2), operator.call(sorted, [3, 1], reverse=True))
print(operator.methodcaller('split')('a b'), repr(operator.methodcaller('split', sep=' ', maxsplit=1)))
mc = operator.methodcaller('count', 'a')
print(mc('banana'), mc(['a', 'a']))
for o in [operator.itemgetter(1), operator.attrgetter('a'), operator.methodcaller('m')]:
    try: type(type(o).__name__ + 'Sub', (type(o),), {})
    except TypeError as e: print('TypeError', e)
