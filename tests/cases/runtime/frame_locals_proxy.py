# PEP 667: frame.f_locals of a function is a write-through FrameLocalsProxy; tracebacks expose their frames.
import sys
def f(a, b=2):
    c = 3
    def g(): return c
    fr = sys._getframe()
    p = fr.f_locals
    print(type(p).__name__, type(p).__module__)
    print(sorted(x for x in dir(p) if not x.startswith('__') or x in ('__getitem__','__or__','__ior__','__reversed__','__len__','__contains__','__iter__','__delitem__','__setitem__','__eq__','__hash__','__repr__')))
    print(list(p))
    p['c'] = 10; print(c)
    p['zz'] = 5; print(p['zz'], list(p))
    try: del p['a']
    except Exception as e: print(type(e).__name__, e)
    try: p.pop('a')
    except Exception as e: print(type(e).__name__, e)
    try: p[1]
    except Exception as e: print(type(e).__name__, e)
    print(repr(fr)[:9], fr.f_lineno, fr.f_lasti > 0, fr.f_code is f.__code__, fr.f_back.f_code is not None, fr.f_trace, fr.f_generator)
    print(sorted(d for d in dir(fr) if not d.startswith('__')))
    print(len(p), 'a' in p, 'zz' in p, p.get('zz', 7), list(reversed(p)))
    print(p.keys(), p.values()[:2], p.items()[:2])
    print(p == {'a':1}, p.copy() == dict(p), type(p.copy()))
    p2 = p | {'q': 1}; print(type(p2))
    p |= {'q': 2}; print(p['q'], type(p))
    print(p.setdefault('q', 9), p.setdefault('r', 9), p.pop('r'), p.pop('nope', 0))
    try: p.pop('nope')
    except KeyError as e: print('KeyError', e)
    try: p['nope']
    except KeyError as e: print('KeyError', e)
    try: hash(p)
    except TypeError as e: print(e)
    del p['q']
    try: del p['q']
    except KeyError as e: print('KeyError', e)
    p.update({'a': 5}); print(a)
    try: p.update(3)
    except Exception as e: print(type(e).__name__, e)
    print(p['g'] is g)
f(1)
def h():
    x = 1
    del x
    p = sys._getframe().f_locals
    print('x' in p, len(p))
    try: p['x']
    except KeyError as e: print('KeyError', e)
    p['x'] = 3
    print(x)
h()
try: sys._getframe(100)
except Exception as e: print(type(e).__name__, e)
print(sys._getframe(-1).f_globals is globals())
print(sys._getframemodulename(), sys._getframemodulename(depth=5))
class C:
    print(type(sys._getframe().f_locals), sys._getframe().f_locals is sys._getframe().f_locals)
def gen():
    yield sys._getframe()
g = gen(); fr = next(g)
print(fr.f_back, fr.f_generator is g)
try: fr.clear()
except Exception as e: print(type(e).__name__, e)
def me():
    fr = sys._getframe()
    try: fr.clear()
    except Exception as e: print(type(e).__name__, e)
me()
def dead():
    x = 5
    return sys._getframe()
d = dead()
print(d.f_locals, d.f_lineno, d.f_back.f_globals is globals(), d.f_lasti, d.f_globals is globals(), d.f_builtins is __import__('builtins').__dict__)
d.clear(); print(d.f_locals)
def outer():
    def inner():
        raise ValueError('x')
    try:
        inner()
    except ValueError as e:
        return e
e = outer()
tb = e.__traceback__
print(tb.tb_frame.f_code is outer.__code__, tb.tb_lineno, tb.tb_next.tb_frame.f_code is not outer.__code__, tb.tb_next.tb_lineno, tb.tb_next.tb_next)
print(tb.tb_next.tb_frame.f_back is tb.tb_frame, tb.tb_next.tb_frame.f_locals, tb.tb_lasti > 0)
try: tb.tb_next = 5
except TypeError as ex: print(ex)
try: tb.tb_next.tb_next = tb
except ValueError as ex: print(ex)
try: del tb.tb_next
except TypeError as ex: print(ex)
tb.tb_next = None
print(tb.tb_next)
fr = sys._getframe()
try: fr.f_lineno = 3
except ValueError as ex: print(ex)
try: fr.f_trace_lines = 1
except TypeError as ex: print(ex)
fr.f_trace_opcodes = True; print(fr.f_trace_opcodes, fr.f_trace_lines)
def tracer(*a): pass
fr.f_trace = tracer; print(fr.f_trace is tracer); fr.f_trace = None
print(type(fr).__name__, type(tb).__name__)
