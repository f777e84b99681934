# object.__setattr__/__delattr__ may not skip a builtin type's own setattro (hackcheck); a
# class namespace with a non-str key warns; a lookup survives __bases__ being replaced by a
# key's __eq__; an unset slot's error names the type fully; a bound method's __get__ keeps it
# bound to its object.
import warnings

for call in (lambda: object.__setattr__(str, "foo", 42), lambda: object.__delattr__(str, "lower"),
             lambda: object.__setattr__(1, "x", 1)):
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

class Plain:
    pass
p = Plain()
object.__setattr__(p, "x", 1)
print(p.x)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    MyClass = type('MyClass', (), {1: 2})
    class meta(type):
        def __new__(mcls, name, bases, ns):
            ns[1] = 2
            return super().__new__(mcls, name, bases, ns)
    Other = meta('Other', (), {})
    print([(m.category.__name__, str(m.message)) for m in w])

class MyKey:
    def __hash__(self):
        return hash('mykey')
    def __eq__(self, other):
        X.__bases__ = (Base2,)
class Base:
    mykey = 'from Base'
    mykey2 = 'from Base'
class Base2:
    mykey = 'from Base2'
    mykey2 = 'from Base2'
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    X = type('X', (Base,), {MyKey(): 5})
print(X.mykey, X.__bases__[0].__name__, X.mykey2)

class S:
    __slots__ = ('a',)
try:
    S().a
except AttributeError as e:
    print(e)
S.__module__ = 'pkg.mod'
try:
    S().a
except AttributeError as e:
    print(e)

class A:
    def meth(self):
        return self
class B:
    pass
a, b = A(), B()
b.meth = a.meth.__get__(b, B)
print(b.meth() is a, a.meth.__get__(None, A).__self__ is a)
