def f(self):
    if x:
        pass
    self.x
    with self.x:
        from shutil import ExecError
def x(tz_str):
    try:
        start, end = 1, 2
    except ValueError as e:
        raise Exception()
    return f(start, end)
def g(x, c):
    return f'{x}' + (1 if c else 2)
def h(x):
    a = (yield from x)
    return a
def onexc(*args):
    raise
