# reference: python3
# -X no_debug_ranges and PYTHONNODEBUGRANGES: code objects keep lines but no columns, so
# co_positions() gives None columns and tracebacks show the line without carets.
import os
import subprocess
import sys
import tempfile

PROG = """
import sys
def f(x):
    return (x +
            1) / 0
pos = list(f.__code__.co_positions())
print(all(c is None and e is None for _, _, c, e in pos), all(l == el for l, el, _, _ in pos))
print(sorted({l for l, _, _, _ in pos}))
g = compile("a = 1\\nb = (a,\\n  a)", "s", "exec")
print(sorted(set(g.co_positions())))
f(1)
"""
CLEAN = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
script = tempfile.NamedTemporaryFile("w", suffix=".py", delete=False)
script.write(PROG)
script.close()
for args, env in (([], {}), (["-X", "no_debug_ranges"], {}), ([], {"PYTHONNODEBUGRANGES": "1"})):
    r = subprocess.run([sys.executable, *args, script.name], capture_output=True, text=True, env={**CLEAN, **env})
    carets = any(set(line.strip()) <= set("~^") for line in r.stderr.splitlines() if line.strip())
    print(r.returncode, r.stdout.splitlines()[:1], r.stderr.splitlines()[-1], "carets:", carets)
    if args or env:
        print(r.stdout.splitlines()[1:])
os.unlink(script.name)
