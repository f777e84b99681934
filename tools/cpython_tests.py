#!/usr/bin/env python3
"""CPython's own test suite (Lib/test) under ./sharpy: the CI guard and the core-list table.

Runs ../shared/tools/cpython-tests/cpython-tests (one module per process, crash and hang
isolation) and reads its results.tsv.

  tools/cpython_tests.py guard            run the modules of tests/cpython/guard.tsv; fail when
                                          a module's ok count is below its committed minimum
  tools/cpython_tests.py guard --raise    the same, then raise each minimum to the ok count
                                          reached (minimums only grow)
  tools/cpython_tests.py core             run the core list (71 modules) and write the table
                                          beside CPython 3.14.2's to .build/cpython-tests/
  tools/cpython_tests.py table DIR        the table of an earlier run's results in DIR

Options: -j N (modules in parallel; default: the number of cores), --out DIR (where the run's
results go; default .build/cpython-tests/guard or .../core). guard also writes guard.tsv in
the out directory: one line per module, "module ok min passed|failed detail", which
tools/test.sh counts into its closing line.
"""
import argparse
import csv
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def find_tool_dir():
    """../shared/tools/cpython-tests beside the repository (as in CI), or beside a parent (a git worktree)."""
    d = ROOT
    while True:
        candidate = os.path.join(os.path.dirname(d), "shared", "tools", "cpython-tests")
        if os.path.isdir(candidate) or os.path.dirname(d) == d:
            return candidate
        d = os.path.dirname(d)


TOOL_DIR = find_tool_dir()
TOOL = os.path.join(TOOL_DIR, "cpython-tests")
GUARD_FILE = os.path.join(ROOT, "tests", "cpython", "guard.tsv")
BUILD_DIR = os.path.join(ROOT, ".build", "cpython-tests")


def run_modules(modules, out, jobs):
    """Run `modules` under ./sharpy with cpython-tests; return {module: row} from results.tsv."""
    subprocess.run([TOOL, "setup"], check=True, stdout=subprocess.DEVNULL)
    os.makedirs(out, exist_ok=True)
    listing = os.path.join(out, "modules.list")
    with open(listing, "w") as f:
        f.write("".join(m + "\n" for m in modules))
    subprocess.run([TOOL, "run", "./sharpy", "--list", listing, "-j", str(jobs), "--out", out],
                   cwd=ROOT, stdout=subprocess.DEVNULL)
    return read_results(out)


def read_results(out):
    with open(os.path.join(out, "results.tsv"), newline="") as f:
        return {r["module"]: r for r in csv.DictReader(f, delimiter="\t")}


def read_guard():
    """The committed minimums: [(module, min_ok)] in file order."""
    entries = []
    with open(GUARD_FILE) as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                module, minimum = line.split()
                entries.append((module, int(minimum)))
    return entries


def write_guard(minimums):
    """Rewrite the minimums in place (comments and order kept)."""
    with open(GUARD_FILE) as f:
        lines = f.readlines()
    with open(GUARD_FILE, "w") as f:
        for line in lines:
            module = line.split("#", 1)[0].split()
            f.write(f"{module[0]}\t{minimums[module[0]]}\n" if module else line)


def failing_tests(out, module):
    """The tests a module's log reports as FAIL or ERROR."""
    try:
        with open(os.path.join(out, "logs", module + ".log"), errors="replace") as f:
            log = f.read()
    except OSError:
        return []
    return sorted(set(re.findall(r"^(?:FAIL|ERROR): (.+)$", log, re.M)))


def guard(args):
    entries = read_guard()
    out = args.out or os.path.join(BUILD_DIR, "guard")
    results = run_modules([m for m, _ in entries], out, args.jobs)
    lines, below, raised = [], 0, []
    for module, minimum in entries:
        row = results.get(module)
        ok = int(row["ok"]) if row else 0
        status = row["status"] if row else "not run"
        passed = ok >= minimum
        detail = "" if passed else f"{status}; failing: {', '.join(failing_tests(out, module)) or row and row['detail'] or '-'}"
        lines.append(f"{module}\t{ok}\t{minimum}\t{'passed' if passed else 'failed'}\t{detail}\n")
        if not passed:
            below += 1
            print(f"cpython guard: {module}: ok {ok} < {minimum} ({detail})")
        elif ok > minimum:
            raised.append((module, ok))
    with open(os.path.join(out, "guard.tsv"), "w") as f:
        f.writelines(lines)
    print(f"cpython guard: {len(entries) - below} of {len(entries)} modules at or above their minimum "
          f"({sum(int(results[m]['ok']) for m, _ in entries if m in results)} tests ok; results in {os.path.relpath(out, ROOT)})")
    if args.raise_counts:
        write_guard(dict(entries) | dict(raised))
        for m, n in raised:
            print(f"cpython guard: {m} minimum raised to {n}")
    return 1 if below else 0


def reference():
    """CPython 3.14.2's (run, ok) on the core list."""
    with open(os.path.join(TOOL_DIR, "reference-3.14.2.tsv"), newline="") as f:
        return {r["module"]: (int(r["tests_run"]), int(r["ok"])) for r in csv.DictReader(f, delimiter="\t")}


def core_modules():
    with open(os.path.join(TOOL_DIR, "core.txt")) as f:
        return [l.strip() for l in f if l.strip() and not l.startswith("#")]


def table(out):
    """Print the core-list table beside CPython's and write it to .build/cpython-tests/."""
    results, ref = read_results(out), reference()
    rows = ["| module | ok/run | CPython 3.14.2 ok/run | status |", "|---|---|---|---|"]
    ok = run = ref_ok = ref_run = 0
    for m in core_modules():
        r = results.get(m)
        rr, rk = ref.get(m, (0, 0))
        ref_ok += rk
        ref_run += rr
        if r is None:
            rows.append(f"| {m} | not run | {rk}/{rr} | |")
            continue
        ok += int(r["ok"])
        run += int(r["tests_run"])
        rows.append(f"| {m} | {r['ok']}/{r['tests_run']} | {rk}/{rr} | {r['status']} |")
    statuses = {}
    for m in core_modules():
        if m in results:
            statuses[results[m]["status"]] = statuses.get(results[m]["status"], 0) + 1
    rows.append("")
    rows.append(f"Total: ok {ok} of run {run}; CPython 3.14.2 on the list's {len(core_modules())} modules: ok {ref_ok} of run {ref_run}. Statuses: "
                + ", ".join(f"{n} {s}" for s, n in sorted(statuses.items())) + ".")
    text = "\n".join(rows) + "\n"
    os.makedirs(BUILD_DIR, exist_ok=True)
    with open(os.path.join(BUILD_DIR, "core-table.md"), "w") as f:
        f.write(text)
    print(text, end="")
    print(f"(written to {os.path.relpath(os.path.join(BUILD_DIR, 'core-table.md'), ROOT)})")
    return 0


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("command", choices=["guard", "core", "table"])
    p.add_argument("dir", nargs="?", help="results directory (table)")
    p.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    p.add_argument("--out")
    p.add_argument("--raise", dest="raise_counts", action="store_true")
    args = p.parse_args()
    if args.command == "guard":
        return guard(args)
    if args.command == "core":
        out = args.out or os.path.join(BUILD_DIR, "core")
        run_modules(core_modules(), out, args.jobs)
        return table(out)
    if not args.dir:
        p.error("table needs the results directory of a run")
    return table(args.dir)


if __name__ == "__main__":
    sys.exit(main())
