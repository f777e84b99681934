with open("f") as fh:
    data = fh.read()
with a as x, b as y:
    pass
def g():
    with lock:
        return 1
assert x, "msg"
assert y
