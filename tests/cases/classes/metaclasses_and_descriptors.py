import gc
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        return cls
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)
class Base(metaclass=Meta):
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Child(Base, tag="child"):
    def __init__(self, v): self.v = v
c = Child(5)
print(type(Child).__name__, Child.created_by, Child.tag, c.v)
class Desc:
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, objtype=None):
        return self if obj is None else obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value): obj.__dict__[self.name] = value * 10
class Holder:
    d = Desc()
h = Holder()
print(h.d, Holder.d.name)
h.d = 4
print(h.d)
class Slotted:
    __slots__ = ("a",)
class WithGetattr:
    def __getattr__(self, name): return f"missing:{name}"
print(WithGetattr().anything, getattr(WithGetattr(), "x"))
class Mixin:
    def hello(self): return "mixin " + super().hello()
class Root:
    def hello(self): return "root"
class Both(Mixin, Root): pass
print(Both().hello(), [k.__name__ for k in Both.__mro__])
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Cmp({self.v})"
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max([Cmp(3), Cmp(9)]), Cmp(1) > Cmp(0))
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return f"radd {o}"
print(1 + Num(2))
class Cnt:
    def __init__(self): self.n = 0
    def __call__(self, x): self.n += x; return self.n
cnt = Cnt(); cnt(2); print(cnt(3), callable(cnt))
class Ctx:
    def __enter__(self): return "value"
    def __exit__(self, *a): print("closing", a[0] is None)
with Ctx() as v1, Ctx() as v2:
    print(v1, v2)
print(isinstance(c, Base), issubclass(Child, (int, Base)), Child.__qualname__, Child.__module__)
