"""Times parsing (or compiling) the installed stdlib with Sharpy and with this python3.

    python3 bench/parse_stdlib.py [STDLIB_DIR] [--rounds N] [--compile]

Both parse the same files: those under STDLIB_DIR (default .stdlib/lib/python3.14, installed
by the first `./sharpy`) that this python3 parses (compiles) without error (python3 may be older than
3.14 and reject new syntax). Each side reads the files first, parses them once to warm up,
then N times; the best round counts. python3 uses ast.parse, Sharpy runs
`./sharpy -X bench=parse:N FILE...`.

With --compile, each side compiles the files to code objects instead, as
compile(source, file, 'exec') does (parser, compiler, code objects): python3 calls compile(),
Sharpy runs `./sharpy -X bench=compile:N FILE...`.
"""
import ast
import os
import re
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    args = sys.argv[1:]
    rounds = 5
    mode = "parse"
    if "--compile" in args:
        args.remove("--compile")
        mode = "compile"
    if "--rounds" in args:
        i = args.index("--rounds")
        rounds = int(args[i + 1])
        del args[i:i + 2]
    stdlib = args[0] if args else os.path.join(ROOT, ".stdlib", "lib", "python3.14")
    if not os.path.isdir(stdlib):
        subprocess.run([os.path.join(ROOT, "sharpy"), "-c", "pass"], check=True)
    files = sorted(os.path.join(d, f) for d, _, fs in os.walk(stdlib) for f in fs if f.endswith(".py"))
    sources = [(f, open(f, "rb").read()) for f in files]
    if mode == "compile":
        def run(b, f):
            compile(b, f, "exec", dont_inherit=True, optimize=0)
        label = "compile()"
    else:
        def run(b, f):
            ast.parse(b, f)
        label = "ast.parse"
    ok = []
    for f, b in sources:
        try:
            run(b, f)
            ok.append((f, b))
        except (SyntaxError, ValueError):
            pass
    size = sum(len(b) for _, b in ok)
    print(f"{len(ok)} of {len(files)} files {mode} under python3 {sys.version.split()[0]} ({size / 1e6:.1f} MB)")

    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        for f, b in ok:
            run(b, f)
        times.append((time.perf_counter() - t) * 1000)
    py = min(times)
    print(f"python3 {label}: best {py:.1f} ms, mean {sum(times) / len(times):.1f} ms")

    subprocess.run([os.path.join(ROOT, "sharpy"), "-c", "pass"], check=True)  # build first
    out = subprocess.run([os.path.join(ROOT, "sharpy"), f"-X", f"bench={mode}:{rounds}"] + [f for f, _ in ok],
                         check=True, capture_output=True, text=True).stdout
    print("sharpy " + out.strip())
    sh = float(re.search(r"best ([\d.]+) ms", out).group(1))
    print(f"sharpy / python3 = {sh / py:.2f} ({'faster' if sh < py else 'slower'} than CPython)")


if __name__ == "__main__":
    main()
