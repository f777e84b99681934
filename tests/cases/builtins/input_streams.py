# input(): the prompt goes to sys.stdout, a stdout without flush() is fine, a missing or
# None stream is a RuntimeError, and the streams live for the whole call.
import io
import sys

class NoFlush:
    def __init__(self):
        self.written = []
    def write(self, s):
        self.written.append(s)

saved = sys.stdin, sys.stdout, sys.stderr
out = NoFlush()
try:
    sys.stdin = io.StringIO("first\nsecond line\nno newline")
    sys.stdout = out
    a = input()
    b = input("prompt> ")
    c = input(42)
    try:
        input()
    except EOFError as e:
        d = "EOFError: " + str(e)
finally:
    sys.stdin, sys.stdout, sys.stderr = saved
print(a, b, c, d, out.written, sep=" | ")

for name in ("stdin", "stdout", "stderr"):
    old = getattr(sys, name)
    try:
        setattr(sys, name, None)
        try:
            input()
        except RuntimeError as e:
            err = e
    finally:
        setattr(sys, name, old)
    print(name, "None ->", err)

# A stream replaced (and freed) while input() is using it.
class Replacing(io.StringIO):
    armed = False
    def __getattribute__(self, name):
        if Replacing.armed:
            Replacing.armed = False
            sys.stdout = Replacing()
            sys.stderr = Replacing()
            sys.stdin = Replacing("new\n")
        return io.StringIO.__getattribute__(self, name)

try:
    sys.stdout = Replacing()
    sys.stderr = Replacing()
    sys.stdin = Replacing("old\n")
    Replacing.armed = True
    r = input()
finally:
    sys.stdin, sys.stdout, sys.stderr = saved
print("replaced streams:", r)
