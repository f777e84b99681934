# f(**mapping) needs str keys, whatever the callee.
class Custom(dict):
    pass
def f(**kw):
    return kw
def g(a, **kw):
    return kw
for invalid in {1: 2}, Custom({1: 2}), {'a': 1, 2: 3}:
    for call in (lambda: dict(**invalid), lambda: {}.update(**invalid), lambda: f(**invalid),
                 lambda: g(1, **invalid), lambda: print(**invalid)):
        try:
            print(call())
        except TypeError as e:
            print('TypeError:', e)
print(f(**{'x': 1}), dict(**{'y': 2}))

