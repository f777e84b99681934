# reference: python3
# `python -m cProfile`: profiling a script, sorting, -o writing stats that pstats loads.
# Times vary, so only the call counts and function names are compared.
import os
import pstats
import subprocess
import sys
import tempfile

SCRIPT = """\
import sys
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
class Foo:
    pass
print("fib", fib(8), sys.argv[1:])
"""


def rows(out):
    for line in out.splitlines():
        parts = line.split(None, 5)
        if len(parts) == 6 and parts[0][0].isdigit() and parts[1] != "function" and "demo.py" in parts[5]:
            yield parts[0], parts[5]


with tempfile.TemporaryDirectory() as d:
    script = os.path.join(d, "demo.py")
    with open(script, "w") as f:
        f.write(SCRIPT)
    r = subprocess.run([sys.executable, "-m", "cProfile", "-s", "ncalls", script, "a", "b"],
                       capture_output=True, text=True, cwd=d)
    print(r.returncode, r.stderr)
    print(r.stdout.splitlines()[0])
    print("Ordered by: call count" in r.stdout)
    for ncalls, func in sorted(rows(r.stdout)):
        print(ncalls, func)

    r = subprocess.run([sys.executable, "-m", "cProfile", "-o", "out.prof", script],
                       capture_output=True, text=True, cwd=d)
    print(r.returncode, r.stdout, r.stderr)
    st = pstats.Stats(os.path.join(d, "out.prof"))
    for (file, line, name), (cc, nc, tt, ct, callers) in sorted(st.stats.items()):
        if file.endswith("demo.py"):
            print(os.path.basename(file), line, name, cc, nc)

    r = subprocess.run([sys.executable, "-m", "cProfile", "-s", "demo", script], capture_output=True, text=True, cwd=d)
    print(r.returncode, "option -s: invalid choice: 'demo'" in r.stderr)
    r = subprocess.run([sys.executable, "-m", "cProfile"], capture_output=True, text=True, cwd=d)
    print(r.returncode, r.stdout)
