class A:
    def m(self): return "A.m"
class B(A):
    def m(self): return "B.m"

def call(o): return o.m()

a = A(); b = B()
out = []
for i in range(300):
    out.append(call(a if i % 3 else b))
print(out.count("A.m"), out.count("B.m"))

# shadowing by an instance attribute after the site is cached
x = A()
for i in range(100): call(x)
x.m = lambda: "shadow"
print(call(x))
y = A()
print(call(y))
# a new key added to the class's keys (by another instance) that is the method's name
z = A()
for i in range(100): call(z)
w = A(); w.m = lambda: "w-own"
print(call(w), call(z))
# class modified
for i in range(100): call(z)
A.m = lambda self: "new A.m"
print(call(z), call(b))
# list methods (no instance dict)
def app(l, v): l.append(v)
l = []
for i in range(100): app(l, i)
print(len(l))
class L(list): pass
ll = L()
for i in range(100): app(ll, i)
ll.append = lambda v: print("own append", v)
app(ll, 5)
print(len(ll))
# __dict__ materialized then shadow
q = A()
for i in range(100): call(q)
q.__dict__["m"] = lambda: "dict-shadow"
print(call(q))
# slots class
class S:
    __slots__ = ("v",)
    def m(self): return "S.m"
s = S()
for i in range(100): call(s)
print(call(s))
# __class__ assignment
class C2:
    def m(self): return "C2.m"
o = A()
for i in range(100): call(o)
o.__class__ = C2
print(call(o))
# getattr-based name (non-interned) store
p = A()
for i in range(100): call(p)
setattr(p, "".join(["m"]), lambda: "setattr-shadow")
print(call(p))
