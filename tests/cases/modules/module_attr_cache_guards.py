import math, types, sys
def f(x): return math.sqrt(x)
def g(): return math.pi
print([f(4.0) for _ in range(3)], g())
for i in range(200): f(9.0); g()
math.sqrt = lambda x: "patched"
math.pi = 3
print(f(4.0), g())
del math.sqrt
try:
    f(1.0)
except AttributeError as e:
    print("AttributeError", e)
import importlib; importlib.reload(math)
print(f(16.0), g())
# a module-level __getattr__
m = types.ModuleType("mm")
m.__getattr__ = lambda name: "dyn-" + name
def h(mod): return mod.thing
def hm(mod): return mod.thing()
for i in range(100): h(m)
print(h(m))
m.thing = lambda: "real"
print(h(m)(), hm(m))
del m.thing
print(h(m))
# alternating modules at one site
a = types.ModuleType("a"); a.thing = lambda: "a"
b = types.ModuleType("b"); b.thing = lambda: "b"
print("".join(hm(a if i % 2 else b) for i in range(10)))
# a module then an instance at the same method-form site
class K:
    def thing(self): return "K"
k = K()
for i in range(120): hm(a)
print(hm(k), hm(a), hm(k))
for i in range(120): hm(k)
print(hm(a), hm(k))
# module attribute that shadows a ModuleType attribute name
m2 = types.ModuleType("m2")
def r(mod): return mod.__dict__ is not None
for i in range(100): r(m2)
print(r(m2))
# module subclass
class MyMod(types.ModuleType):
    @property
    def thing(self): return "prop"
mm = MyMod("mm")
print(h(mm))
sys.modules.pop("nonexistent", None)
