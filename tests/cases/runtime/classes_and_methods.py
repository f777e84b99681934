class Vec:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Vec({self.x}, {self.y})"
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __iter__(self): yield self.x; yield self.y
    def __bool__(self): return bool(self.x or self.y)
    def __lt__(self, o): return (self.x, self.y) < (o.x, o.y)
v = Vec(1, 2)
print(v + Vec(3, 4), v * 3, 2 * v, v == Vec(1, 2), v != Vec(1, 2), len(v), v[1], list(v))
print(sorted([Vec(2, 1), Vec(1, 5), Vec(1, 2)]), {v: 1}[Vec(1, 2)], bool(Vec(0, 0)))
x, y = v
print(x, y)
class Animal:
    sound = "..."
    def speak(self): return f"{type(self).__name__} says {self.sound}"
    @classmethod
    def create(cls): return cls()
    @staticmethod
    def kinds(): return ["dog", "cat"]
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self): return super().speak() + "!"
print(Puppy.create().speak(), Animal.kinds(), Dog().speak(), Puppy.__mro__[1].__name__)
print(" a,b ,c ".strip().split(","), "-".join(["x", "y"]), "Hello".upper().lower(), "abc".replace("b", "B"))
print("x={0} y={1}".format(1, 2), "%s-%d-%.1f" % ("a", 2, 3.14), "abc".find("c"), "aaa".count("a"))
d = {"b": 2, "a": 1}
d.update(c=3)
print(d, list(d.keys()), list(d.items()), d.get("z", 0), d.pop("b"), d.setdefault("q", []), len(d))
s = {3, 1, 2}
s.add(4); s.discard(1)
print(sorted(s), s & {2, 3}, s | {9}, s - {2})
lst = [3, 1, 2]
lst.sort(); lst.append(5); lst.insert(0, 0); lst.extend([7, 8]); lst.remove(8)
print(lst, lst.index(5), lst.pop(), lst.count(1), lst[::2], list(reversed(lst)))
t = (1, 2, 3)
print(t + (4,), t * 2, t.index(2), 2 in t, t[-1], tuple(range(3)))
def g():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
for item in g():
    print("item", item)
    break
print("after loop")
nums = list(range(10))
print(nums[2:8:2], nums[-3:], sum(n for n in nums if n % 3 == 0), min(nums), max(nums))
print(1_000_000, 0o17, 0b101, 0xFF, 10 ** 20, -7 // 2, -7 % 2, 7.0 // 2, 2 ** 0.5)
print(int("101", 2), float("1.5e3"), str(12), repr("it's"), repr('say "hi"'), ascii("é"))
i = 0
while True:
    i += 1
    if i == 3: continue
    if i > 5: break
else:
    print("never")
print("i", i)
for n in range(3):
    pass
else:
    print("for-else ran")
try:
    raise ValueError("v")
except ValueError:
    print("handled")
else:
    print("no")
finally:
    print("fin")
global_counter = 0
def bump():
    global global_counter
    global_counter += 1
bump(); bump()
print(global_counter)
