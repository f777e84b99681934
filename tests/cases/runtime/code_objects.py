# code objects: co_* attributes, co_lines(), co_positions(), replace()
def outer(a, b=1, /, c=2, *args, d, e=3, **kw):
    """doc"""
    x = 1
    def inner(y):
        return a + x + y
    return inner
co = outer.__code__
for name in ('co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_nlocals', 'co_varnames',
             'co_cellvars', 'co_freevars', 'co_name', 'co_qualname', 'co_firstlineno', 'co_names', 'co_flags', 'co_stacksize'):
    print(name, getattr(co, name))
ic = outer(1, d=4).__code__
print(ic.co_freevars, ic.co_varnames, ic.co_qualname, ic.co_name, ic.co_nlocals, ic.co_flags)
print(co.co_consts[0], type(co.co_consts[1]).__name__ if len(co.co_consts) > 1 else None)
print(co.co_filename == __file__, type(co.co_code).__name__, len(co.co_code) % 2, type(co.co_linetable).__name__, type(co.co_exceptiontable).__name__)
print(list(ic.co_lines()))
print(list(co.co_lines()))
print(list(ic.co_positions()))
def g():
    try:
        return 1
    finally:
        pass
print(list(g.__code__.co_lines()), len(g.__code__.co_exceptiontable) > 0)
print(len(list(g.__code__.co_positions())) == len(g.__code__.co_code) // 2)
c2 = co.replace(co_name='renamed', co_firstlineno=99)
print(c2.co_name, c2.co_firstlineno, c2.co_qualname, co.co_name)
lam = lambda: 0
print(lam.__code__.co_name, lam.__code__.co_qualname)
def gen(): yield
print(gen.__code__.co_flags & 0x20, outer.__code__.co_flags & 0x4000000)
print(compile('x = 1', 'fname', 'exec').co_name, compile('x', 'fname', 'eval').co_filename)
try: co.replace(co_bogus=1)
except TypeError as e: print(e)
print(ic.co_code == ic.co_code, outer.__code__.co_code[:2])
