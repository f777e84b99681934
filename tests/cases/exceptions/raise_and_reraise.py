# raise instances and classes, bare re-raise, raise in except.
def check(n):
    if n < 0:
        raise ValueError("negative: " + str(n))
    if n == 0:
        raise ZeroDivisionError
    return n
for v in [3, -2, 0]:
    try:
        print("ok", check(v))
    except ValueError as e:
        print("ValueError", e.args)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", repr(e), e.args)
def rethrow():
    try:
        raise TypeError("original")
    except TypeError:
        print("logging and re-raising")
        raise
try:
    rethrow()
except TypeError as e:
    print("outer got", e)
def translate():
    try:
        {}["k"]
    except KeyError as e:
        raise LookupError("translated") from e
try:
    translate()
except LookupError as e:
    print(type(e).__name__, e, "cause:", repr(e.__cause__))
def context():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
try:
    context()
except ValueError as e:
    print(e, "context:", type(e.__context__).__name__, e.__suppress_context__)
e = Exception("a", 1, None)
print(e.args, str(e), repr(e))
print(str(Exception()), repr(Exception("x")), str(Exception("only")))
