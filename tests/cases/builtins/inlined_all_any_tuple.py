# all(), any() and tuple() of a generator expression are inlined by the compiler; an
# async generator expression there is not an iterator (a TypeError, not a crash).
async def f_all():
    return all(await x for x in [])
async def f_any():
    return any(await x for x in [])
async def f_tuple():
    return tuple(await x for x in [])

for f in (f_all, f_any, f_tuple):
    try:
        f().send(None)
    except TypeError as e:
        print(f.__name__, "TypeError:", e)

print(all(x > 0 for x in [1, 2]), any(x > 1 for x in [1, 2]), tuple(x * 2 for x in [1, 2]))
all = lambda g: ("shadowed", list(g))
print(all(x for x in "ab"))
