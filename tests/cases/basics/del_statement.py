# del of names, subscripts and attributes.
a = 1
b = 2
del a
try:
    a
except NameError as e:
    print("NameError:", e, b)
lst = [0, 1, 2, 3, 4]
del lst[1]
print(lst)
del lst[-1]
print(lst)
d = {"x": 1, "y": 2, "z": 3}
del d["y"]
print(d)
class C:
    pass
c = C()
c.f = 1
c.g = 2
del c.f
try:
    c.f
except AttributeError as e:
    print("AttributeError:", e, c.g)
x, y = 1, 2
del x, y
try:
    print(x)
except NameError as e:
    print("NameError:", e)
def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
