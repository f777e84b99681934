# Attribute lookups see every change to a class, its bases and its MRO, however often the
# same lookup ran before (a cache of lookups must be invalidated by each of these).

class A:
    def m(self): return "A.m"
    x = "A.x"

class B(A):
    pass

class C(B):
    pass

c = C()

def probe(label):
    r = []
    for attr in ("m", "x", "y"):
        try:
            v = getattr(c, attr)
            r.append(v() if callable(v) else v)
        except AttributeError as e:
            r.append(f"AttributeError: {e}")
    print(label, r)

for _ in range(3):
    probe("start")

A.x = "A.x2"                       # a base's attribute replaced
probe("base set")
B.x = "B.x"                        # a nearer base shadows it
probe("middle set")
del B.x                            # and stops shadowing
probe("middle del")
A.y = "A.y"                        # a missing name appears in a base
probe("base add")
del A.y
probe("base del")
C.m = lambda self: "C.m"           # the class itself
probe("class set")
del C.m
probe("class del")

class D:
    def m(self): return "D.m"
    x = "D.x"
    y = "D.y"

B.__bases__ = (D,)                 # the MRO of B and of its subclass C changes
probe("bases")
print([k.__name__ for k in C.__mro__])
B.__bases__ = (A,)
probe("bases back")

# A change made while the class is being looked up from inside a method.
class Counter:
    n = 0
    def bump(self):
        type(self).n += 1
        return self.n

k = Counter()
print([k.bump() for _ in range(5)])

# Metaclass attributes and class attributes through the type.
class Meta(type):
    tag = "Meta.tag"

class E(metaclass=Meta):
    pass

print(E.tag)
Meta.tag = "Meta.tag2"
print(E.tag)
E.tag = "E.tag"
print(E.tag, Meta.tag)

# Special methods assigned after instances used them.
class N:
    def __len__(self): return 1

n = N()
print([len(n) for _ in range(3)])
N.__len__ = lambda self: 2
print(len(n))

# A str subclass as a class-dict key, with a name equal to a looked-up one.
class S(str):
    pass

F = type("F", (), {S("z"): "via subclass key"})
print(F().z, F.z)

# Builtin subclasses are listed, and instances of bool see int's methods.
print(bool in int.__subclasses__(), (True).bit_length(), (5).bit_length())
