# + between list/tuple and subclasses of the other (a subclass's nb_add is not its base's sq_concat),
# and tuple()/list() of subclasses that override __iter__.
class L(list): pass
class T(tuple): pass
class LyingList(list):
    def __iter__(self):
        yield 1
class LyingTuple(tuple):
    def __iter__(self):
        yield 1
for f in [lambda: (3,) + L([1, 2]), lambda: [3] + T((1, 2)), lambda: L([1]) + [2], lambda: T((1,)) + (2,),
          lambda: [0] + L([1]), lambda: (0,) + T((1,)), lambda: type(L([1]) + L([2])).__name__]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
l = L([1]); l += (2, 3); print(l, type(l).__name__)
print(tuple(LyingList([2])), list(LyingList([2])), tuple(LyingTuple((2,))), list(LyingTuple((2,))))
class A(list):
    def __add__(self, o): return 'A.add'
    def __radd__(self, o): return 'A.radd'
print(A() + [1], [1] + A(), (1,) + A())
