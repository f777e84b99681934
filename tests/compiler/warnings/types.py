def f(x, i):
    t"a{x}"()
    (lambda: 1)[0]
    (i for i in x)[0]
    {1,2}[0]
    {i for i in x}[0]
    t"a"[0]
    None[0]
    ...[0]
    True[0]
    1.5[0]
    2j[0]
    "ab"[1.5]
    b"ab"["x"]
    f"ab{x}"[()]
    [1][x, i]
    [i for i in x][{}]
    (1,)[[]]
    (1,)[{i for i in x}]
    (1,)[lambda: 1]
    (1,)[f"{x}"]
    (1,)[t"{x}"]
    (1,)[True]
    (1,)[1:2]
    (1,)[None]
    (1,)[...]
    "x"()
    b"x"()
    [](); {}(); ()()
    [i for i in x](); {i: i for i in x}(); {i for i in x}(); (i for i in x)()
    f"{x}"()
    ...()
    True()
    x is ()
    x is (1, 2)
    x is (1, i)
    () is x
    x is not -1
    x is None is 1
    1 is x is 2
    x is ... is True
    x is "a" "b"
    x is b"a"
    x is 1.0
    x is 1j
    x is f"{x}"
    x is [1]
    x is (lambda: 1)
    x.y()
    (1).real()
    "a".join()
    "ab"[x]
    "ab"[x][0][1]
    x[1] = 2
    del x[0]
    1[0] += 1
    assert ()
    assert (1,)
    assert (x, i), "m"
    assert [x, i]
