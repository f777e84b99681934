import sys
print(sys.argv[0].endswith("builtins_tour.py"), type(sys.path))
def fact(n): return 1 if n <= 1 else n * fact(n - 1)
print(fact(30), len(str(fact(100))))
def gen_squares(n):
    for i in range(n):
        yield i * i
print(list(gen_squares(5)), sum(gen_squares(100)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
print(list(enumerate(["a", "b"])), dict(zip("xy", [1, 2])), list(map(str, [1, 2])))
print(any(x > 3 for x in [1, 5]), all(x for x in [1, 0]))
class Stack:
    def __init__(self): self._items = []
    def push(self, x): self._items.append(x); return self
    def pop(self): return self._items.pop()
    def __len__(self): return len(self._items)
    def __repr__(self): return f"Stack({self._items!r})"
st = Stack().push(1).push(2)
print(st, len(st), st.pop(), st)
try:
    Stack().pop()
except IndexError as e:
    print("IndexError:", e)
words = "the quick brown fox jumps over the lazy dog".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, [row[1] for row in matrix], list(zip(*matrix)))
print(" ".join(f"{n:>3}" for n in range(5)), f"{'left':<6}|{'right':>6}|{3.5:+.2e}")
print(isinstance("s", (int, str)), issubclass(bool, int), type(3) is int, callable(len))
print(round(3.14159, 2), abs(-2.5), divmod(17, 5), pow(2, 10), pow(3, 4, 5), hex(255), oct(8), bin(5))
print(chr(65), ord("A"), "é".encode(), b"abc".decode(), bytes([104, 105]), list(b"hi"))
nested = {"a": [1, {"b": (2, 3)}]}
print(nested["a"][1]["b"][0], repr(nested))
def kwonly(*, a, b=2): return a + b
try:
    kwonly(1)
except TypeError as e:
    print("TypeError:", e)
print(kwonly(a=1))
def varargs(*args, **kwargs): return args, kwargs
print(varargs(1, 2, x=3), varargs(*[1, 2], **{"y": 4}))
