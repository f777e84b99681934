# Frame objects: sys._getframe walks, f_back, f_lineno, f_locals of finished and generator frames, lifetimes.
import sys
# a generator's frame through its life
def gen():
    x = 1
    yield sys._getframe()
    x = 2
    yield sys._getframe()
g = gen()
fr = next(g)
print(fr.f_locals, fr.f_back, fr.f_generator is g)
fr2 = next(g)
print(fr is fr2, fr.f_locals)
for _ in g: pass
# (its f_back after it finished is the last resumer in 3.14.2, None from gh-100964 on: not shown)
print(fr.f_generator, fr.f_lineno, fr.f_globals is globals())
# walking the stack
def a(): return b()
def b(): return c()
def c():
    f = sys._getframe()
    out = []
    while f is not None:
        out.append(f.f_lineno)
        f = f.f_back
    return out
print(a()[:4])
print(sys._getframe(1) if False else 'ok')
def depth():
    n = 0
    try:
        while True:
            sys._getframe(n); n += 1
    except ValueError:
        return n
print(depth() == depth())
# frame keeps locals alive only while referenced
class Obj:
    def __del__(self): print('del Obj')
def keep():
    o = Obj()
    return sys._getframe()
f = keep()
print('frame alive')
del f
print('after del')
def lose():
    o = Obj()
    return 1
lose()
print('end')
