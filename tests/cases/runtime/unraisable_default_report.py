# The default sys.unraisablehook's report (CPython 3.14.2 falls back to its C printer, since
# traceback._print_exception_bltin takes the exception alone): the traceback without carets,
# then "module.Type: message", with no chained exceptions, no notes and no suggestions; an
# exception whose str() fails shows "<exception str() failed>", and an empty message still
# gets its ": ".
import io
import re
import sys

# The report goes to sys.stderr: capture it to print it without the addresses.
captured = sys.stderr = io.StringIO()

class Raiser:
    def __init__(self, exc):
        self.exc = exc
    def __del__(self):
        raise self.exc

class BadStr(Exception):
    def __str__(self):
        raise ValueError('no str')

class Hostile:
    def __del__(self):
        raise RuntimeError('hostile __del__')

class ReturnsHostile(Exception):
    def __str__(self):
        return Hostile()

def drop(exc):
    r = Raiser(exc)
    del r

try:
    raise KeyError('being handled')
except KeyError:
    drop(RuntimeError('context is not shown'))

noted = ValueError('with a note')
noted.add_note('this note is not shown')
drop(noted)
drop(BadStr('x'))
drop(RuntimeError())
drop(NameError("name 'spam' is not defined", name='spam'))
import json
drop(json.JSONDecodeError('bad json', 'doc', 1))
# A str() that makes an object whose __del__ raises: each failure is reported once.
try:
    raise ReturnsHostile()
except ReturnsHostile as e:
    try:
        print(e)
    except TypeError as err:
        print(type(err).__name__, err)
sys.stderr = sys.__stderr__
print(re.sub(r' at 0x[0-9a-f]+', ' at ADDRESS', captured.getvalue()), end='')
