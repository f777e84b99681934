#!/usr/bin/env python3
"""Peak memory of pyperformance's entries: each once under ./sharpy and once under python3.

    python3 bench/pyperf_memory.py                     every entry of ../shared/pyperformance
    python3 bench/pyperf_memory.py richards nbody      only these
    python3 bench/pyperf_memory.py --scale 0.2         fewer outer loops (the peak rarely needs many)

Runs each entry's run_benchmark.py as ../shared/pyperformance/run does (same loops.tsv, same
pyperf stand-in on PYTHONPATH) and prints the peak resident memory (wait4's ru_maxrss) of each
interpreter, their ratio, the geometric mean of the ratios and the worst. An entry that fails
under either is listed with its error and left out of the mean. JSON goes to bench/results/.
Time is not measured here: ../shared/pyperformance/run does that.
"""
import argparse
import datetime
import json
import math
import os
import shlex
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run import ROOT, run  # noqa: E402

PYPERF = os.path.join(os.path.dirname(ROOT), "shared", "pyperformance")


def entries():
    """(name, folder, extra args, loops) from the suite's loops.tsv."""
    out = []
    with open(os.path.join(PYPERF, "loops.tsv")) as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                parts = line.split("\t")
                out.append((parts[0], parts[1], shlex.split(parts[3]) if len(parts) > 3 else [], int(parts[2])))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("names", nargs="*")
    ap.add_argument("--python", default="python3")
    ap.add_argument("--sharpy", default=os.path.join(ROOT, "sharpy"))
    ap.add_argument("--scale", type=float, default=1.0, help="multiplies each entry's outer loops (at least 1)")
    ap.add_argument("--timeout", type=float, default=900)
    ap.add_argument("--json", help="also write the results to this file")
    args = ap.parse_args()

    todo = [e for e in entries() if not args.names or e[0] in args.names]
    env = dict(os.environ, PYTHONPATH=PYPERF)
    rows, ratios = [], []
    print("%-28s %10s %10s %7s" % ("benchmark", "sharpy MB", "python3 MB", "ratio"))
    for name, folder, extra, loops in todo:
        argv = ["run_benchmark.py", "--loops", str(max(1, round(loops * args.scale)))] + extra
        cwd = os.path.join(PYPERF, "benchmarks", folder)
        got = {}
        for who, cmd in (("sharpy", [args.sharpy]), ("python3", [args.python])):
            _, status, _, err, rss = run(cmd + argv, args.timeout, cwd=cwd, env=env)
            got[who] = rss if status == 0 else "failed: " + (err.decode(errors="replace").strip().splitlines() or ["?"])[-1]
        s, p = got["sharpy"], got["python3"]
        if isinstance(s, float) and isinstance(p, float):
            ratios.append(s / p)
            print("%-28s %10.1f %10.1f %6.2fx" % (name, s, p, s / p))
        else:
            print("%-28s %s" % (name, s if not isinstance(s, float) else p))
        rows.append({"name": name, "sharpy_mb": s, "python3_mb": p})
    if ratios:
        geomean = math.exp(sum(map(math.log, ratios)) / len(ratios))
        worst = max((r for r in rows if isinstance(r["sharpy_mb"], float) and isinstance(r["python3_mb"], float)),
                    key=lambda r: r["sharpy_mb"] / r["python3_mb"])
        print("peak RSS geomean ratio over %d of %d: %.3f; worst %s %.2fx"
              % (len(ratios), len(todo), geomean, worst["name"], worst["sharpy_mb"] / worst["python3_mb"]))
    path = args.json or os.path.join(ROOT, "bench", "results",
                                     "pyperf-memory-%s.json" % datetime.datetime.now().strftime("%Y%m%d-%H%M%S"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        json.dump({"scale": args.scale, "results": rows}, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
