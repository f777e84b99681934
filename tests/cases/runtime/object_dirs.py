# type(x).__name__ and sorted(dir(x)) for one object of each builtin kind: every attribute CPython has, no more
import sys, types

def function(a, b=1):
    x = 1
    def inner():
        return x
    return inner

def gen():
    yield 1

async def coro():
    pass

async def agen():
    yield 1

class C:
    __slots__ = ('s',)
    def method(self):
        pass
    @property
    def prop(self):
        return 1

class D:
    pass

co = coro()
ag = agen()
g = gen()
samples = {
    'function': function,
    'code': function.__code__,
    'frame': sys._getframe(),
    'generator': g,
    'coroutine': co,
    'async_generator': ag,
    'class': D,
    'instance': D(),
    'method': C().method,
    'builtin method': [].append,
    'builtin function': len,
    'property': C.prop,
    'slot': C.s,
    'cell': function(1).__closure__[0],
    'module': types,
    'classmethod': classmethod(function),
    'staticmethod': staticmethod(function),
    'traceback': None,
    'type': type,
    'object': object(),
    'method-wrapper': D().__str__,
    'wrapper_descriptor': object.__str__,
    'method_descriptor': list.append,
    'getset_descriptor': type.__dict__['__name__'],
    'mappingproxy': D.__dict__,
    'NoneType': None,
    'ellipsis': ...,
    'NotImplementedType': NotImplemented,
    'async_generator_asend': ag.asend(None),
    'coroutine_wrapper': co.__await__(),
    'super': super(D, D()),
    'classmethod_descriptor': dict.__dict__['fromkeys'],
    'GenericAlias': list[int],
    'UnionType': int | str,
    'SimpleNamespace': types.SimpleNamespace(a=1),
}
try:
    1/0
except ZeroDivisionError as e:
    samples['traceback'] = e.__traceback__
    samples['exception'] = e
for name, x in samples.items():
    print(name, type(x).__name__)
    print('   ', sorted(dir(x)))
co.close()
samples['async_generator_asend'].close()
