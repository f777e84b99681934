# len() checks __len__'s result: an index, not negative (even when huge), not too big.
import sys

def show(label, value):
    class C:
        def __len__(self):
            return value
    try:
        print(label, "->", len(C()), bool(C()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

for label, v in (("3", 3), ("True", True), ("-1", -1), ("-maxsize-10", -sys.maxsize - 10),
                 ("maxsize+1", sys.maxsize + 1), ("-2**100", -2**100), ("4.5", 4.5), ("None", None), ("'3'", "3")):
    show(label, v)
