f(a, [b, (c,
