# A class whose first base is a plain class and second a builtin gets the builtin's layout;
# __class__ assigned in __del__ is the type the instance releases.
class Node(object):
    def __int__(self): return int(self.foo())
    def foo(self): return "23"
class Frag(Node, list):
    def foo(self): return "42"
f = Frag(); f.append(1)
print(int(Frag()), f, type(f).__mro__[1:])
class O(object): pass
class A(object):
    def __del__(self): self.__class__ = O
l = [A() for x in range(5)]
del l
print("ok")
