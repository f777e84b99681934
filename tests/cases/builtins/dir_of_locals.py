# dir() without an argument lists the keys of the locals mapping, sorted; a mapping that
# is not exactly a dict is asked for keys().
class M:
    def __getitem__(self, key):
        if key == "a":
            return 12
        raise KeyError(key)
    def keys(self):
        return ["z", "x", "y"]

class D(dict):
    def keys(self):
        return ["q", "p"]

class BadKeys:
    def __getitem__(self, key):
        raise KeyError(key)
    def keys(self):
        return 1

g = {}
print(eval("dir()", g, M()), eval("a", g, M()))
print(eval("dir()", g, D(c=1)))
print(eval("dir()", g, {"b": 1, "a": 2}))
try:
    eval("dir()", g, BadKeys())
except TypeError as e:
    print("TypeError:", e)

def f():
    y = 1
    x = 2
    return dir()
print(f())
