# Messages: item deletion, missed __enter__/__exit__ (with the async hint), super(type, obj), three-argument pow; __len__ through __index__; NameError.name for a free variable
try: del (1, 2)[0]
except TypeError as e: print(e)
try: del 'abc'[0]
except TypeError as e: print(e)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter(): pass
except TypeError as e: print(e)
class NoExit:
    def __enter__(self): pass
try:
    with NoExit(): pass
except TypeError as e: print(e)
try: super(int, 'x')
except TypeError as e: print(e)
try: pow(2, 3, 1.5)
except TypeError as e: print(e)
try: pow(2.0, 3, 5)
except TypeError as e: print(e)
class L:
    def __len__(self):
        class I:
            def __index__(self): return 3
        return I()
try: print(len(L()))
except TypeError as e: print(e)
def outer():
    def inner(): return x
    try: inner()
    except NameError as e: print(e, e.name)
    x = 1
outer()
class A:
    async def __aenter__(self): pass
    async def __aexit__(self, *a): pass
try:
    with A(): pass
except TypeError as e: print(e)
try:
    with 1: pass
except TypeError as e: print(e)
try: super(int, str)
except TypeError as e: print(e)
class Bad:
    def __len__(self): return 2.5
try: len(Bad())
except TypeError as e: print(e)
class Neg:
    def __len__(self): return -1
try: len(Neg())
except ValueError as e: print(e)
class P:
    def __pow__(self, other, mod=None): return ('P.pow', other, mod)
    def __rpow__(self, other, mod=None): return ('P.rpow', other, mod)
print(pow(P(), 2, 3), pow(2, P()))
try: pow(2, 3, 'x')
except TypeError as e: print(e)
