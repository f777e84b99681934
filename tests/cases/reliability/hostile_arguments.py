# Hostile arguments the builtin-call fuzzer found crashing the host: a lone surrogate in a
# format spec (a bad format code or a fill character), a non-str key in an exception's state.
for x in [2j, 1.5, 3, 'ab']:
    for spec in ['\ud800', '\ud800>6', '\udfff^7', '\U0001f600<5']:
        try:
            print(ascii(format(x, spec)))
        except ValueError as e:
            print('ValueError', ascii(str(e)))
# A state dict with a non-str key: CPython's TypeError, not a host crash.
for e in [OSError('x'), SyntaxError('x'), ValueError()]:
    try:
        e.__setstate__({1: 2})
    except TypeError as x:
        print(type(e).__name__, x)
