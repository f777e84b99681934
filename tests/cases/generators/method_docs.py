# The docstrings of generator, coroutine and async generator methods and name attributes.
import types
for t in (types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType):
    for name in ('send', 'throw', 'close', 'asend', 'athrow', 'aclose', '__name__', '__qualname__',
                 'gi_yieldfrom', 'cr_await', 'ag_await'):
        if name in t.__dict__:
            print(t.__name__, name, repr(t.__dict__[name].__doc__))
