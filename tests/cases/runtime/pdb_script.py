# pdb driven from a script: a Pdb reading its commands from a StringIO steps, nexts,
# sets a breakpoint, prints locals and continues, as CPython's debugger does.
import io
import re
import pdb
import sys


def add(a, b):
    total = a + b
    return total


def main():
    x = 1
    y = add(x, 2)
    for i in range(3):
        y += i
    return y


commands = io.StringIO("\n".join([
    "next",          # runcall stops at main's first line; run x = 1
    "p x",
    "step",          # into add()
    "args",
    "return",
    "p total",
    "break 18",
    "continue",
    "p i, y",
    "clear 1",
    "where",
    "continue",
]) + "\n")
out = io.StringIO()
debugger = pdb.Pdb(stdin=commands, stdout=out, nosigint=True, readrc=False)
debugger.use_rawinput = False
result = debugger.runcall(main)
text = re.sub(r"\S*/(\w+\.py)", r"\1", out.getvalue())
print(text)
print("result:", result)

# Breakpoint numbers are class-level state in bdb: start the next debugger at 1 again.
pdb.bdb.Breakpoint.clearBreakpoints()
print("breakpoints left:", pdb.bdb.Breakpoint.bplist, pdb.bdb.Breakpoint.bpbynumber)
