# doctest (how test_genexps, test_unpack, test_setcomps run) needs sys.gettrace/settrace
# and sys.__displayhook__.
import doctest
import sys

print(sys.gettrace(), sys.getprofile())
print(sys.__displayhook__ is sys.displayhook, callable(sys.__excepthook__))

def tracer(frame, event, arg):
    return tracer

sys.settrace(tracer)
print(sys.gettrace() is tracer)
sys.settrace(None)
print(sys.gettrace())
try:
    sys.settrace()
except TypeError as e:
    print(e)

doctests = """
>>> [x * x for x in range(4)]
[0, 1, 4, 9]
>>> a, *b = "abc"; b
['b', 'c']
>>> {x for x in "aab"} == {"a", "b"}
True
>>> 1 / 0
Traceback (most recent call last):
  ...
ZeroDivisionError: division by zero
>>> print("wrong")
right
"""

parser = doctest.DocTestParser()
test = parser.get_doctest(doctests, {}, "doctests", "doctests.py", 0)
runner = doctest.DocTestRunner(verbose=False)
runner.run(test, out=sys.stdout.write)
print(runner.summarize(verbose=False))
print(sys.displayhook is sys.__displayhook__, sys.gettrace())
