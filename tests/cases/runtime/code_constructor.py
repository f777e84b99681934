# types.CodeType(...) and code.replace()/copy.replace(): CPython's argument checks and messages
# (code_new_impl, code_replace_impl, _PyCode_Validate), co_lnotab, co_branches(), hash and ==
import copy, types, warnings

def f(a, b=2):
    x = a
    return x
c = f.__code__
CT = types.CodeType
args = (c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals, c.co_stacksize, c.co_flags,
        c.co_code, c.co_consts, c.co_names, c.co_varnames, c.co_filename, c.co_name, c.co_qualname,
        c.co_firstlineno, c.co_linetable, c.co_exceptiontable, c.co_freevars, c.co_cellvars)
c1 = CT(*args)
print(c1 == c, hash(c1) == hash(c), c1 is c)
print(type(c1)(*args[:16]).co_freevars)
print(CT.__doc__)
for i in range(len(args)):
    a = list(args)
    a[i] = 'x' if i == 0 else 1.5
    try:
        CT(*a)
        print(i, 'ok')
    except Exception as e:
        print(i, type(e).__name__, e)
for i in range(4):
    a = list(args)
    a[i] = -1
    try:
        CT(*a)
    except Exception as e:
        print(i, type(e).__name__, e)
for bad in [args[:5], args + (1,), ()]:
    try:
        CT(*bad)
    except TypeError as e:
        print(e)
try:
    CT(*args[:16], argcount=1)
except TypeError as e:
    print(e)
for i, bad in [(9, ('a', 1)), (8, (b'n',))]:
    a = list(args)
    a[i] = bad
    try:
        CT(*a)
    except TypeError as e:
        print(e)
for diff in (-1, 1):
    a = list(args)
    a[3] += diff
    try:
        CT(*a)
    except ValueError as e:
        print(e)

for kw in [dict(co_nam='x'), dict(co_argcount=None), dict(co_argcount=-1), dict(co_flags=-5), dict(co_argcount='1'),
           dict(co_code=1), dict(co_name=1), dict(co_consts=[]), dict(co_names=(1,)), dict(co_varnames=(1,)),
           dict(co_nlocals=5), dict(co_flags=2**31), dict(co_argcount=5), dict(co_code=b'abc'),
           dict(co_varnames=('p',))]:
    try:
        r = c.replace(**kw)
        print(kw, 'ok', r.co_varnames, r.co_nlocals)
    except Exception as e:
        print(kw, type(e).__name__, e)
for call in (lambda: c.replace(1), lambda: c.__replace__(1)):
    try:
        call()
    except TypeError as e:
        print(e)
print(c.replace.__text_signature__, c.__replace__.__text_signature__)
print(c.replace.__doc__)
print(c.__replace__.__doc__)
print(c.replace(co_varnames=('p', 'q', 'r')).co_nlocals)
print(c.replace(co_stacksize=0).co_stacksize)
r = c.replace(co_cellvars=('a',))
print(r.co_cellvars, r.co_varnames, r.co_nlocals)
print(c.replace(co_freevars=('z',)).co_freevars)
class S(str): pass
class B(bytes): pass
class T(tuple): pass
try:
    c.replace(co_varnames=(S('p'), 'q', 'r'))
except SystemError as e:
    print(type(e).__name__, e)
print(type(CT(*args[:9], (S('a'), 'b', 'x'), *args[10:]).co_varnames[0]).__name__)
print(type(c.replace(co_code=B(c.co_code)).co_code).__name__, type(c.replace(co_linetable=B(c.co_linetable)).co_linetable).__name__)
print(type(c.replace(co_consts=T(c.co_consts)).co_consts).__name__)
print(copy.replace(c, co_name='zz').co_name, c.replace(co_name='n').co_qualname, c.replace(co_qualname='n').co_name)
print(c.replace(co_code=b'').co_code)

# == and hash include the instructions (not the inline caches); the variable kinds are not compared
d = (lambda x, y: x * y).__code__
e = (lambda x, y: x + y).__code__
e1 = e.replace(co_code=d.co_code)
print(e == e1, hash(e) == hash(e1), e == e.replace(), hash(e) == hash(e.replace()))
print(c == c.replace(co_name='g'), c != c.replace(co_firstlineno=1))
print({c: 1}[c.replace()])

# co_code gives the base instructions with zeroed caches: a specialized opcode in the bytes is its base one
import dis
spec = dis.opmap['UNPACK_SEQUENCE']
import opcode
s = c.replace(co_code=bytes([opcode._specialized_opmap['UNPACK_SEQUENCE_TWO_TUPLE'], 5, 7, 7]))
print(s.co_code == bytes([spec, 5, 0, 0]))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(c.co_lnotab)
    print(w[0].category.__name__, w[0].message, w[0].lineno)

def g(x):
    if x:
        return 1
    for i in x:
        try:
            pass
        except E:
            pass
    y = [a for a in x]
    while x: x -= 1
    if x is None:
        pass
    return 2

async def h(it):
    async for v in it:
        pass

warnings.simplefilter('ignore')
print(g.__code__.co_lnotab)
print(list(g.__code__.co_branches()))
print(list(h.__code__.co_branches()))
print(type(g.__code__.co_branches()).__name__, type(g.__code__.co_lines()).__name__)
print(list(c.co_branches()))
print(c.replace(co_linetable=b'').co_lnotab)
print(type(c.co_positions()).__name__, next(c.co_positions()), list(c.co_lines())[0])
