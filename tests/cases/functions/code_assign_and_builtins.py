# function.__code__ assignment between kinds warns; a function made with globals that have
# no __builtins__ takes the running frame's builtins.
import warnings

def A(): pass
def B(): yield
async def C(): pass
for src, dst in ((A, B), (B, A), (C, A), (A, A)):
    prev = dst.__code__
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        dst.__code__ = src.__code__
    print(src.__name__, '->', dst.__name__, [(x.category.__name__, str(x.message)) for x in w])
    dst.__code__ = prev
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        B.__code__ = A.__code__
    except DeprecationWarning as e:
        print('error:', e)
print(B.__code__.co_name)

code = '''
def func3(s): pass
func4 = type(func3)(func3.__code__, {})
'''
safe_builtins = {'None': None}
ns = {'type': type, '__builtins__': safe_builtins}
exec(code, ns)
print(ns['func3'].__builtins__ is safe_builtins, ns['func4'].__builtins__ is safe_builtins)
print('__builtins__' in ns['func4'].__globals__)
def g(s): return len(s)
g2 = type(g)(g.__code__, {})
import builtins
print(g2.__builtins__ is builtins.__dict__, g2('abc'))
