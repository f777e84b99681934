# Run by `sharpy -m imppkg` (see tests/Sharpy.Tests/Runtime/ImportTests.cs).
import sys
print("imppkg.__main__:", __name__, __package__, __spec__.name)
print("argv0:", sys.argv[0].rsplit("/", 1)[-1], "args:", sys.argv[1:])
from . import mod_b
print(mod_b.B_VALUE)
