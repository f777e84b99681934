# The examples in the builtins' docstrings run (doctest finds them as CPython's do).
import builtins
import doctest
import unittest

suite = doctest.DocTestSuite(builtins)
print(sorted(str(t) for t in suite))
result = unittest.TestResult()
suite.run(result)
print(result.testsRun, "run,", len(result.failures), "failures,", len(result.errors), "errors")
