# When traceback.py cannot print, PyErr_Display's own printer draws the
# traceback: source lines, but no caret lines (3.13+).
import sys
import traceback

traceback._print_exception_bltin = None


def divide(a, b):
    return a / b


def outer():
    try:
        divide(1, 0)
    except ZeroDivisionError as e:
        raise ValueError("bad value") from e


try:
    outer()
except ValueError as e:
    sys.stderr = sys.stdout
    sys.__excepthook__(type(e), e, e.__traceback__)
