# Bases that admit no C3 linearization, and a repeated base, are TypeErrors
class A: pass
class B(A): pass
class X: pass
class Y: pass
try:
    class C(A, B): pass
except TypeError as e: print(e)
try:
    class D(A, A): pass
except TypeError as e: print(e)
try:
    type('E', (B, A, B), {})
except TypeError as e: print(e)
class P(X, Y): pass
class Q(Y, X): pass
try:
    class R(P, Q): pass
except TypeError as e: print(e)
print([k.__name__ for k in type('S', (B, X), {}).__mro__])
