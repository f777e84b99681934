if 0 <= i < len(xs) and xs[i] is not None:
    total = sum(x for x in xs if x) + max(xs, key=len)
squares = [x * x for x in range(10) if x % 2]
pairs = {k: v for k, v in items}
uniq = {x for x in data}
lam = lambda a, b=2: a + b
cond = a if b else c
