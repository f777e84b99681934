# A slice bound's __index__ may change the sequence being sliced: the bounds are clipped to
# the length it has after that (list_subscript, list_ass_subscript, bytearray_subscript).
class Shrink:
    def __init__(self, seq, value):
        self.seq, self.value = seq, value
    def __index__(self):
        del self.seq[:]
        return self.value

for make in (lambda: list(range(10)), lambda: bytearray(b"0123456789")):
    s = make()
    print(s[Shrink(s, 1):5], s)
    s = make()
    print(s[2:Shrink(s, 8):2], s)
    s = make()
    s[Shrink(s, 1):5] = make()[:1]
    print(s)
    s = make()
    del s[Shrink(s, 2):8]
    print(s)
    s = make()
    print(s[::Shrink(s, -1)], s)
