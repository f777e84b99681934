# Raising inside a handler links __context__ without forming a new cycle, and does not
# hang on a cycle the context chain already has (CPython issue 25782).

def cycle_in_chain():
    try:
        raise ValueError(1)
    except ValueError as ex:
        ex.__context__ = ex
        raise TypeError(2)

try:
    cycle_in_chain()
except Exception as e:
    print(type(e).__name__, type(e.__context__).__name__, e.__context__.__context__ is e.__context__)


class A(Exception): pass
class B(Exception): pass
class C(Exception): pass
class D(Exception): pass
class E(Exception): pass

# C -> B -> A -> C: re-raising the head of the cycle keeps the cycle.
try:
    try:
        raise A()
    except A as a_:
        a = a_
        try:
            raise B()
        except B as b_:
            b = b_
            try:
                raise C()
            except C as c_:
                c = c_
                a.__context__ = c
                raise c
except C as got:
    print(got is c, c.__context__ is b, b.__context__ is a, a.__context__ is c)

# E -> D -> C -> B -> A with A -> C: a longer chain whose cycle is further down.
try:
    try:
        raise A()
    except A as a_:
        a = a_
        try:
            raise B()
        except B as b_:
            b = b_
            try:
                raise C()
            except C as c_:
                c = c_
                a.__context__ = c
                try:
                    raise D()
                except D as d_:
                    d = d_
                    e = E()
                    raise e
except E as got:
    print(got is e, e.__context__ is d, d.__context__ is c, c.__context__ is b,
          b.__context__ is a, a.__context__ is c)

# Raising an exception already in the handled chain cuts the chain there.
try:
    try:
        raise A()
    except A as a_:
        a = a_
        try:
            raise B()
        except B:
            raise a
except A as got:
    print(got is a, type(a.__context__).__name__, a.__context__.__context__)
