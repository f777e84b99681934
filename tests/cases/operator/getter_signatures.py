# itemgetter, attrgetter and methodcaller have text signatures, as types and as callables.
import inspect
import operator

for t in (operator.itemgetter, operator.attrgetter, operator.methodcaller):
    print(t.__name__, t.__text_signature__, inspect.signature(t))
for obj in (operator.itemgetter(1), operator.attrgetter("x", "y"), operator.methodcaller("f", 1)):
    print(type(obj).__name__, obj.__text_signature__, inspect.signature(obj))
print(operator.attrgetter.__doc__.splitlines()[0] != "", int.__text_signature__, zip.__text_signature__)
class Plain:
    pass
print(Plain.__text_signature__, type.__text_signature__, inspect.signature(Plain))
for t in (object, zip, map, filter, enumerate, reversed):
    print(t.__name__, inspect.signature(t))
