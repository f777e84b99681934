# gc.set_threshold: threshold0 and threshold1 are kept (3.14 ignores the third); 1 to 3 arguments.
import gc

old = gc.get_threshold()
gc.set_threshold(5)
print(gc.get_threshold())
gc.set_threshold(7, 3, 1)
print(gc.get_threshold())
for args in [(), (1, 2, 3, 4), ("x",)]:
    try:
        gc.set_threshold(*args)
    except TypeError as e:
        print(e)
gc.set_threshold(*old)
print(gc.get_threshold() == old)
