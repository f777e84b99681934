class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
def describe(v):
    match v:
        case 0 | 1:
            return "small int"
        case int(n) if n < 0:
            return f"negative {n}"
        case str() as s:
            return f"string {s!r}"
        case [x, y]:
            return f"pair {x} {y}"
        case [first, *rest]:
            return f"list starting {first} with {len(rest)} more"
        case {"kind": "circle", "r": r}:
            return f"circle {r}"
        case {"kind": k, **others}:
            return f"mapping {k} {sorted(others)}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y):
            return f"point {x},{y}"
        case None:
            return "none"
        case _:
            return "something else"
for v in [0, 1, -5, "hi", [1, 2], [1, 2, 3], (4,), {"kind": "circle", "r": 2},
          {"kind": "sq", "a": 1, "b": 2}, Point(0, 0), Point(0, 5), Point(3, 4), None, 2.5]:
    print(describe(v))
try:
    match 1:
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)
match Point(1, 2):
    case Point(1, 2, 3):
        pass
    case _:
        print("not a point of three")
