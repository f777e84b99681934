# Builtin getset and member descriptors carry their docs (test_descr.test_descrdoc).
from _io import FileIO
for name in ["closed", "closefd", "mode", "_blksize"]:
    d = vars(FileIO)[name]
    print(name, type(d).__name__, repr(d.__doc__))
print(repr(complex.real.__doc__), repr(complex.imag.__doc__))
