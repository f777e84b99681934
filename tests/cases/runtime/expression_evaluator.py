# A small program mixing features: an expression evaluator
import sys
class Token:
    __match_args__ = ("kind", "value")
    def __init__(self, kind, value): self.kind, self.value = kind, value
    def __repr__(self): return f"Token({self.kind!r}, {self.value!r})"
def tokenize(src):
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and src[j].isdigit(): j += 1
            yield Token("num", int(src[i:j])); i = j
        elif ch in "+-*/()":
            yield Token("op", ch); i += 1
        else:
            raise SyntaxError(f"bad character {ch!r} at {i}")
class Parser:
    def __init__(self, tokens):
        self.tokens = list(tokens); self.pos = 0
    def peek(self): return self.tokens[self.pos] if self.pos < len(self.tokens) else None
    def next(self):
        t = self.peek(); self.pos += 1; return t
    def expr(self):
        value = self.term()
        while (t := self.peek()) and t.value in ("+", "-"):
            self.next()
            value = value + self.term() if t.value == "+" else value - self.term()
        return value
    def term(self):
        value = self.factor()
        while (t := self.peek()) and t.value in ("*", "/"):
            self.next()
            rhs = self.factor()
            value = value * rhs if t.value == "*" else value / rhs
        return value
    def factor(self):
        match self.next():
            case Token("num", v): return v
            case Token("op", "("):
                v = self.expr(); self.next(); return v
            case Token("op", "-"): return -self.factor()
            case tok: raise SyntaxError(f"unexpected {tok}")
for src in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - 1", "-(2 + 3) * 2", "2 * (3 + 4) * 5"]:
    print(src, "=", Parser(tokenize(src)).expr())
for bad in ["1 + $", "(1 + 2"]:
    try:
        print(Parser(tokenize(bad)).expr())
    except SyntaxError as e:
        print("error:", e.msg if hasattr(e, "msg") else e)
    except Exception as e:
        print("other:", type(e).__name__, e)
