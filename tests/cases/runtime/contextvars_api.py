# _contextvars: ContextVar get/set/reset, Token (3.14 context manager), Context run/copy/mapping, copy_context.
import contextvars as cv
from contextvars import ContextVar, Context, Token, copy_context
v = ContextVar('v', default=1)
w = ContextVar('w')
print(v.name, v.get(), w.get(5))
try: w.get()
except LookupError as e: print('LookupError', type(e.args[0]).__name__)
t = v.set(2)
print(type(t).__name__, t.var is v, t.old_value is Token.MISSING, repr(Token.MISSING), v.get())
v.reset(t)
print(v.get())
try: v.reset(t)
except RuntimeError as e: print('RuntimeError', str(e).split(' at')[0][:30])
t2 = w.set(1)
try: v.reset(t2)
except ValueError as e: print('ValueError', str(e)[-30:])
ctx = copy_context()
print(type(ctx).__name__, w in ctx, ctx[w], len(ctx), list(ctx.keys()) == [w], list(ctx.values()), ctx.get(v), ctx.get(v, 'd'))
try: ctx[1]
except TypeError as e: print('TypeError', e)
try: Context()[v]
except KeyError as e: print('KeyError', type(e.args[0]).__name__)
def f(a, b=0):
    w.set(a + b)
    return w.get()
c2 = Context()
print(c2.run(f, 1, b=2), c2[w], w.get(), len(c2))
try: c2.run(c2.run, f, 1)
except RuntimeError as e: print('RuntimeError', str(e)[:26])
try: Context(1)
except TypeError as e: print('TypeError', e)
try:
    class X(ContextVar): pass
except TypeError as e: print('TypeError', e)
try: ContextVar()
except TypeError as e: print('TypeError', e)
try: ContextVar(1)
except TypeError as e: print('TypeError', e)
print(ContextVar[int], Token[int])
with v.set(10) as tok:
    print(v.get(), tok.var is v)
print(v.get())
tx = v.set(3)
def g():
    try: v.reset(tx)
    except ValueError as e: print('ValueError', str(e)[-25:])
copy_context().run(g)
print(ctx == copy_context(), Context() == Context(), ctx != 1)
try: hash(ctx)
except TypeError as e: print('TypeError', e)
print(ctx.copy() == ctx, ctx.copy() is ctx)
try: v.set()
except TypeError as e: print('TypeError', e)
try: v.get(1, 2)
except TypeError as e: print('TypeError', e)
print(repr(v)[:28], repr(w)[:20])
print(repr(tx)[:15])
try: Token.__new__(Token)
except RuntimeError as e: print('TypeError', e)
print(type(Token.MISSING))
print(sorted(ctx.items(), key=lambda kv: kv[0].name) == [(v, 1), (w, 1)] or sorted(kv[0].name for kv in ctx.items()))

# A value set inside Context.run stays in that context.
c3 = copy_context()
c3.run(v.set, 'inside')
print(c3[v], v.get())

# Leave the main context as it was.
w.reset(t2)
v.reset(tx)
print(len(copy_context()))
