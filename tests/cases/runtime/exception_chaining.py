class AppError(Exception):
    pass
def low():
    raise KeyError("low-level")
def high():
    try:
        low()
    except KeyError as e:
        raise AppError("high-level") from e
try:
    high()
except AppError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")
try:
    implicit()
except ValueError as e:
    print(repr(e.__context__))
e = ValueError("x")
e.add_note("a note")
print(e.__notes__)
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.args)
def undefined_in_function():
    counter = 1
    return countr
undefined_in_function()
