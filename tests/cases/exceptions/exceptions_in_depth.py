# Exceptions in depth
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self): return f"[{self.code}] {self.args[0]}"
try:
    raise MyErr(7, "bad")
except MyErr as e:
    print(e, repr(e), e.code, e.args)
def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("caught", e)
        raise RuntimeError("outer") from None
try:
    nested()
except RuntimeError as e:
    print(e, e.__cause__, e.__context__, e.__suppress_context__)
def gen_raise():
    yield 1
    raise StopIteration("no")
try:
    list(gen_raise())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
except ZeroDivisionError as e:
    print("reraised", type(e).__name__)
def finally_return():
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
        except KeyError:
            continue
        finally:
            print("finally", i)
    return "done"
print(finally_return())
import sys
try:
    raise TypeError("t")
except TypeError:
    print(sys.exc_info()[0].__name__, type(sys.exception()).__name__)
print(sys.exception())
e = None
try:
    raise ValueError("v")
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
try:
    assert 1 == 2, "math broke"
except AssertionError as ae:
    print("AssertionError:", ae)
class Ctx:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit saw", t.__name__)
        return False
try:
    with Ctx():
        {}["missing"]
except KeyError as ke:
    print("KeyError:", ke)
raise MyErr(3, "final")
