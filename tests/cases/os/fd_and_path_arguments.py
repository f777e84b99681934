# How os functions take descriptors and paths: a bool used as a descriptor warns (and fails
# under -W error), a class whose __fspath__ is None is not path-like, os.readinto fills a
# writable buffer, the access-mode constants, and os.reload_environ.
import os
import warnings

r, w = os.pipe()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(os.fstat(False).st_mode == os.fstat(0).st_mode)
    os.isatty(True)
print([str(c.message) for c in caught], [c.category.__name__ for c in caught])
with warnings.catch_warnings():
    warnings.simplefilter("error", RuntimeWarning)
    for f in (os.fstat, os.fsync, lambda fd: os.stat(fd)):
        try:
            f(True)
        except RuntimeWarning as e:
            print("RuntimeWarning:", e)

class NotPath:
    __fspath__ = None

for f in (os.fspath, os.stat, lambda p: os.open(p, os.O_RDONLY)):
    try:
        f(NotPath())
    except TypeError as e:
        print("TypeError:", e)

os.write(w, b"hello world")
buf = bytearray(5)
print(os.readinto(r, buf), buf)
view = memoryview(bytearray(10))
print(os.readinto(r, view[2:]), bytes(view))
for bad in (b"xx", "s", memoryview(b"ab")):
    try:
        os.readinto(r, bad)
    except TypeError as e:
        print("TypeError:", e)
print(os.readinto(r, bytearray(0)))
os.close(w)
os.close(r)

print(os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(os.access(".", os.R_OK | os.W_OK), os.access("/nonexistent/x", os.F_OK))

os.putenv("SHARPY_CASE_RELOAD", "1")
print(os.environ.get("SHARPY_CASE_RELOAD"))
os.reload_environ()
print(os.environ.get("SHARPY_CASE_RELOAD"), os.environb.get(b"SHARPY_CASE_RELOAD"))
