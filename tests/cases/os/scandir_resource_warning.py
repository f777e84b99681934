# A scandir iterator dropped before its end warns ResourceWarning as it closes; an exhausted,
# closed or with-managed one does not.
import gc
import os
import warnings

def dropped(make):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        it = make()
        del it
        gc.collect()
    return [(c.category.__name__, str(c.message).split(" object at ")[0]) for c in caught]

def started():
    it = os.scandir(".")
    next(it)
    return it

def exhausted():
    it = os.scandir(".")
    list(it)
    return it

def closed():
    it = started()
    it.close()
    return it

def managed():
    with os.scandir(".") as it:
        next(it)
    return it

for make in (started, exhausted, closed, managed):
    print(make.__name__, dropped(make))
