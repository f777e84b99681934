x: int = 1
y: str
class A:
    a: int
    b: str = "s"
def f(a: int, b: "str" = 1) -> float:
    c: int = 2
    return a
