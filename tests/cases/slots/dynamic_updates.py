# Slots of classes follow later assignments and deletions of dunders (update_slot), in
# subclasses too; __hash__ = None and __eq__ without __hash__ make a class unhashable;
# pow() with a modulus and @ use the same generic slot functions.
def t(code, env):
    try:
        print(code, '->', repr(eval(code, env)))
    except Exception as e:
        print(code, '->', type(e).__name__ + ':', e)

class Base:
    def __add__(self, o): return 'Base.add'
class C(Base): pass
class D(C): pass
env = globals()
t("C() + 1", env)
C.__add__ = lambda self, o: 'C.add'
t("C() + 1", env); t("D() + 1", env); t("Base() + 1", env)
del C.__add__
t("C() + 1", env); t("D() + 1", env)
D.__add__ = lambda self, o: 'D.add'
Base.__add__ = lambda self, o: 'Base.add2'
t("C() + 1", env); t("D() + 1", env)
del Base.__add__
t("C() + 1", env); t("D() + 1", env)

class E: pass
t("1 in E()", env)
E.__contains__ = lambda self, x: True
t("1 in E()", env)
E.__len__ = lambda self: 4
t("len(E())", env)
t("bool(E())", env)
E.__bool__ = lambda self: False
t("bool(E())", env)
del E.__len__
t("len(E())", env)
E.__getitem__ = lambda self, i: i
t("E()[3]", env)
E.__iter__ = None
t("iter(E())", env)
del E.__iter__
E.__getitem__ = lambda self, i: [7, 8][i]
t("list(E())", env)
E.__neg__ = lambda self: 'neg'
t("-E()", env)
E.__call__ = lambda self, *a: a
t("E()(1, 2)", env)
E.__repr__ = lambda self: 'E!'
t("repr(E())", env)
E.__rmul__ = lambda self, o: 'rmul'
t("[1] * E()", env)
t("2 * E()", env)
E.__index__ = lambda self: 2
t("[1] * E()", env)
t("'ab' * E()", env)

# hash
class H:
    def __eq__(self, o): return True
t("H.__hash__", env)
t("hash(H())", env)
class H2(H):
    __hash__ = None
t("hash(H2())", env)
class H3:
    __hash__ = None
t("hash(H3())", env)
class H4(H3):
    def __hash__(self): return 42
t("hash(H4())", env)
H3.__hash__ = lambda self: 7
t("hash(H3())", env)
class H5:
    def __hash__(self): return -1
t("hash(H5())", env)
class H6(dict):
    pass
t("hash(H6())", env)
class H7(list):
    def __hash__(self): return 1
t("hash(H7())", env)
class H8:
    pass
H8.__eq__ = lambda s, o: True
t("hash(H8()) != 0", env)
class H9:
    def __hash__(self): return 'x'
t("hash(H9())", env)
class H10(H):
    def __eq__(self, o): return False
t("H10.__hash__", env)
class H11(H4):
    def __eq__(self, o): return False
t("H11.__hash__", env)
class H12(int):
    def __eq__(self, o): return False
t("hash(H12(3))", env)
class P:
    def __pow__(self, o, m=None): return ('pow', o, m)
    def __rpow__(self, o, m=None): return ('rpow', o, m)
t("P() ** 2", env); t("2 ** P()", env); t("pow(P(), 2, 5)", env); t("pow(2, P(), 5)", env)
P.__ipow__ = lambda s, o: 'ipow'
p = P(); p **= 3
print(p)
class Q:
    def __matmul__(self, o): return 'matmul'
    def __rmatmul__(self, o): return 'rmatmul'
    def __imatmul__(self, o): return 'imatmul'
t("Q() @ 1", env); t("1 @ Q()", env)
q = Q(); q @= 1; print(q)
class R(Q):
    def __rmatmul__(self, o): return 'R.rmatmul'
t("Q() @ R()", env)
t("R() @ Q()", env)
