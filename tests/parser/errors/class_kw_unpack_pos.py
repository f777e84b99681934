class C(*a, **k, x):
    pass
