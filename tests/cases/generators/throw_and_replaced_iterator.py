# throw() whose exception cannot be made raises that failure inside the generator (which then
# finishes); a delegate's throw() sees the delegating generator as its caller; a generator
# expression whose iterator was replaced through f_locals by a non-iterator raises TypeError.
import sys

class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls

def boring():
    yield

gen = boring()
try:
    gen.throw(E)
except TypeError as e:
    print('TypeError', e)
print(next(gen, 'exhausted'))

def catching():
    try:
        yield
    except TypeError as e:
        print('caught inside:', e)
        yield 'after'

gen = catching()
next(gen)
print(gen.throw(E))

class Failing(Exception):
    def __init__(self):
        raise KeyError('while making')

gen = catching()
next(gen)
try:
    gen.throw(Failing)
except KeyError as e:
    print('KeyError', e, gen.gi_frame is None)

class CustomGen:
    def throw(self, *args):
        f = sys._getframe()
        names = []
        while f and len(names) < 2:
            names.append(f.f_code.co_name)
            f = f.f_back
        print('stack:', names)
        return 'thrown'
    def __iter__(self):
        return self
    def __next__(self):
        return 42

def delegating(target):
    yield from target

gen = delegating(CustomGen())
print(gen.send(None), gen.throw(RuntimeError))

for replacement in (range(3), [1, 2], None, 42, iter([7, 8])):
    g = (x for x in range(10))
    g.gi_frame.f_locals['.0'] = replacement
    try:
        print(list(g))
    except TypeError as e:
        print('TypeError', e)
