# `raise X from Y` with classes: each is called, and must give an exception instance.

class ConstructMortal(BaseException):
    def __new__(*args, **kwargs):
        return ["mortal value"]

try:
    raise IndexError from ConstructMortal
except TypeError as e:
    print("TypeError", e)

try:
    raise ConstructMortal
except TypeError as e:
    print("TypeError", e)

class Fails(Exception):
    def __init__(self):
        raise RuntimeError("no cause made")

try:
    raise IndexError from Fails
except RuntimeError as e:
    print("RuntimeError", e, e.__cause__, e.__context__)

try:
    raise IndexError from KeyError
except IndexError as e:
    print(repr(e.__cause__), e.__suppress_context__)

try:
    raise IndexError from 3
except TypeError as e:
    print("TypeError", e)
