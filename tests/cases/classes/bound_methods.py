# Bound methods are objects that remember self.
class Greeter:
    def __init__(self, name):
        self.name = name
    def hello(self, other="world"):
        return self.name + " says hello to " + other
g = Greeter("Ann")
m = g.hello
print(m())
print(m("Bob"))
print(Greeter.hello(g, "Cy"))
print(type(m).__name__, m.__self__ is g, m.__func__ is Greeter.hello)
print(m == g.hello, m is g.hello)
h = Greeter("Dee")
methods = [g.hello, h.hello]
for meth in methods:
    print(meth(other="Eve"))
class Acc:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
        return self
a = Acc()
a.add(1).add(2).add(3)
print(a.items)
add = a.add
add(4)
print(a.items)
