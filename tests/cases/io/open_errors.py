# reference: python3
# open() argument checking and the OSError of a missing file (errno values are Linux's).
import io

for args, kw in [(("/dev/null", "rw"), {}), (("/dev/null", "rr"), {}), (("/dev/null", "q"), {}), (("/dev/null", "rbt"), {}),
                 (("/dev/null", "rb"), {"encoding": "utf-8"}), (("/dev/null", "rb"), {"errors": "strict"}),
                 (("/dev/null", "rb"), {"newline": ""}), (("/dev/null", "r"), {"newline": "x"}), (("/dev/null", "w"), {"buffering": 0}),
                 ((3.5,), {}), (([],), {}), (("/dev/null", 1), {})]:
    try:
        open(*args, **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    open("/nonexistent_dir/file")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    open("/")
except IsADirectoryError as e:
    print(type(e).__name__, e)
try:
    io.FileIO(-1)
except ValueError as e:
    print(e)
try:
    io.FileIO("/tmp", "rwx")
except ValueError as e:
    print(e)
try:
    open("/tmp/x\0y")
except ValueError as e:
    print(e)
f = io.StringIO()
try:
    f.fileno()
except io.UnsupportedOperation as e:
    print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
import sys
print(sys.stdin.mode, sys.stdout.mode, sys.stderr.errors, sys.stdout.name, sys.stderr.name, sys.stdin.fileno(), sys.stderr.fileno())
print(open is io.open)
