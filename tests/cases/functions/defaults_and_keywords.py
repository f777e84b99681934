# Default values and keyword arguments.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(punct=".", name="Di", greeting="Hey"))
def point(x=0, y=0):
    return (x, y)
print(point(), point(1), point(y=5), point(2, y=3))
def append_to(v, acc=[]):
    acc.append(v)
    return acc
print(append_to(1), append_to(2))
counter = 100
def uses_default(v=counter):
    return v
counter = 200
print(uses_default())
def none_default(v=None):
    if v is None:
        v = []
    v.append(1)
    return v
print(none_default(), none_default(), none_default([0]))
