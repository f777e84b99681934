# Calling or subscripting a literal: "perhaps you missed a comma?"
def calls(x, i):
    return [None(), (1)(2), "s"(), b"b"(), [](), {}(), ()(), ...(), True(),
            [i for i in x](), {i: i for i in x}(), {i for i in x}(), (i for i in x)(),
            f"{x}"(), t"a{x}"()]

def subscripts(x, i):
    return [(lambda: 1)[0], (i for i in x)[0], {1, 2}[0], {i for i in x}[0], t"a"[0],
            None[0], ...[0], True[0], 1.5[0], 2j[0], 1[2]]

def indices(x, i):
    return ["ab"[1.5], b"ab"["x"], f"ab{x}"[()], [1][x, i], [i for i in x][{}],
            (1,)[[]], (1,)[{i for i in x}], (1,)[lambda: 1], (1,)[f"{x}"], (1,)[t"{x}"],
            (1,)[None], (1,)[...]]

def fine(x, i):
    x[1] = 2
    del x[0]
    return [x.y(), (1).real(), "a".join(x), "ab"[x], (1,)[True], (1,)[1:2], "ab"[i][0]]

for f in (calls, subscripts, indices):
    try:
        f([1], 0)
    except TypeError as e:
        print(f.__name__, "TypeError:", e)
print(fine("ab", 0) if False else "fine compiled")
q = [1, 2][3, 4]
