# sys.stdin/stdout/stderr are TextIOWrappers over descriptors 0-2 (stdin is empty under the case runner).
import sys, io

print(type(sys.stdout).__name__, isinstance(sys.stdout, io.TextIOBase), sys.stdout.fileno(), sys.stdout.mode)
print(sys.stdin.read(), repr(sys.stdin.readline()))
try:
    input("prompt> ")
except EOFError as e:
    print("\nEOFError", e)
sys.stdout.write("text, ")
sys.stdout.flush()
sys.stdout.buffer.write(b"bytes\n")
sys.stdout.buffer.flush()
print("caf\u00e9", "\U0001f600", sep="|")
print("to stderr", file=sys.stderr)
sys.stderr.write("surrogate: \udcff\n")
sys.stderr.flush()
print(sys.stdout.closed, sys.stderr.encoding, sys.stdin.readable(), sys.stdout.writable(), sys.__stdout__ is sys.stdout)
try:
    sys.stdout.write(b"x")
except TypeError as e:
    print("TypeError", e)
try:
    sys.stdout.write("\ud800")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
