# Attribute loads and stores at one site keep CPython's answers while the class changes
# under the cached site: descriptors added and removed, __getattribute__/__setattr__ defined
# later, instances with and without the attribute, __class__ and __dict__ assignment.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def get_x(o):
    return o.x


def set_x(o, v):
    o.x = v


ps = [P(i, -i) for i in range(5)]
print([get_x(p) for p in ps])
for p in ps:
    set_x(p, p.x * 10)
print([get_x(p) for p in ps])

# A data descriptor on the class now wins over the instance's value.
P.x = property(lambda self: "prop", lambda self, v: print("prop set", v))
print(get_x(ps[0]))
set_x(ps[0], 99)
del P.x
print(get_x(ps[0]), ps[0].__dict__)

# A class attribute of the same name is shadowed by the instance's value.
P.x = "class"
print(get_x(ps[1]))
del ps[1].x
print(get_x(ps[1]))
del P.x

# __getattribute__ and __setattr__ defined after the site was cached.
P.__getattribute__ = lambda self, name: "via getattribute " + name
print(get_x(ps[2]))
del P.__getattribute__
P.__setattr__ = lambda self, name, v: print("via setattr", name, v)
set_x(ps[2], 5)
del P.__setattr__
print(get_x(ps[2]))

# An instance without the attribute, one of another class, one whose dict was materialized.
q = P.__new__(P)
try:
    get_x(q)
except AttributeError as e:
    print("AttributeError:", e)
set_x(q, "first")
print(q.__dict__)


class Q:
    def __init__(self):
        self.y = 1
        self.x = 2


print(get_x(Q()))
m = P(7, 8)
d = m.__dict__
set_x(m, 70)
print(get_x(m), d)
m.__dict__ = {"x": "replaced"}
print(get_x(m))


# __class__ assignment between compatible classes.
class R(P):
    pass


r = R(1, 2)
print(get_x(r))
r.__class__ = P
set_x(r, 11)
print(get_x(r), type(r).__name__, r.__dict__)

# Insertion order of the attributes survives the inline values.
class S:
    pass


a, b = S(), S()
a.one = 1; a.two = 2
b.two = 2; b.one = 1
print(list(vars(a)), list(vars(b)))
del a.one
a.one = 1
print(list(vars(a)))
