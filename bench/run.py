#!/usr/bin/env python3
"""Benchmarks: time bench/programs/*.py under ./sharpy and under python3.

    python3 bench/run.py                  every program, 5 repetitions each
    python3 bench/run.py -n 9 fib loop    only these programs, 9 repetitions
    python3 bench/run.py --python python3.14 --json out.json

Runs are interleaved (sharpy, python3, sharpy, python3, ...) so drift in the machine's
load hits both alike. Reports the median wall-clock seconds of each and the ratio
sharpy/python3, the peak resident memory (RSS) of each and its ratio, and the start-up
time (`-c pass`). A program that fails under sharpy
(non-zero exit, or stdout different from python3's) is reported as failed, not timed.
Results are also written as JSON to bench/results/ (git-ignored). Runs under python3.11.
"""
import argparse
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, "bench", "programs")


def run(cmd, timeout, cwd=ROOT, env=None):
    """Runs cmd (from the repository root unless cwd says otherwise); returns (seconds, exit
    status, stdout, stderr, peak RSS in MB). The peak is wait4's for the process (./sharpy execs
    the interpreter, so it is the interpreter's; the launcher's own short-lived children are far
    smaller)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        timed_out = []
        killer = threading.Timer(timeout, lambda: (timed_out.append(True), p.kill()))
        killer.start()
        _, status, usage = os.wait4(p.pid, 0)
        secs = time.perf_counter() - t0
        killer.cancel()
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if timed_out:
            return secs, None, b"", b"timed out after %gs" % timeout, None
        return secs, p.returncode, out.read(), err.read(), usage.ru_maxrss / 1024


def fmt(x):
    return "%.3f" % x if isinstance(x, float) else str(x)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("programs", nargs="*", help="names of programs in bench/programs (default: all)")
    ap.add_argument("-n", "--reps", type=int, default=5, help="repetitions of each (default 5)")
    ap.add_argument("--python", default="python3",
                    help="the CPython to compare with (default python3; a wrapper such as a pyenv shim is "
                         "resolved to the interpreter it runs)")
    ap.add_argument("--sharpy", default=os.path.join(ROOT, "sharpy"), help="the sharpy command (default ./sharpy)")
    ap.add_argument("--binary", action="store_true",
                    help="time the published binary (.build/sharpy/Sharpy.Cli) directly, without the launcher's check")
    ap.add_argument("--timeout", type=float, default=600, help="seconds before a run is killed (default 600)")
    ap.add_argument("--json", help="also write the results to this file")
    args = ap.parse_args()

    env_note = os.environ.copy()
    env_note["SHARPY_BUILD_ONLY"] = "1"
    b = subprocess.run([args.sharpy], cwd=ROOT, env=env_note, stdin=subprocess.DEVNULL)
    if b.returncode != 0:
        print("bench: building sharpy failed", file=sys.stderr)
        return 2

    real = subprocess.run([args.python, "-c", "import sys; print(sys.executable)"],
                          capture_output=True, text=True).stdout.strip()
    if real:
        args.python = real
    if args.binary:
        os.environ["SHARPY_STDLIB"] = os.path.join(ROOT, ".stdlib", "lib", "python3.14")
        args.sharpy = os.path.join(ROOT, ".build", "sharpy", "Sharpy.Cli")

    names = sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith(".py") and not f.startswith("_"))  # _x.py: shared data
    if args.programs:
        unknown = [p for p in args.programs if p.removesuffix(".py") not in names]
        if unknown:
            print("bench: no such program: " + ", ".join(unknown), file=sys.stderr)
            return 2
        names = [p.removesuffix(".py") for p in args.programs]

    jobs = [("startup (-c pass)", ["-c", "pass"])]
    jobs += [(n, [os.path.join("bench", "programs", n + ".py")]) for n in names]

    pyver = subprocess.run([args.python, "-c", "import sys; print(sys.version.split()[0])"],
                           capture_output=True, text=True).stdout.strip()
    print("sharpy (%s) vs python3 %s (%s), median of %d runs, wall-clock seconds"
          % (os.path.relpath(args.sharpy, ROOT), pyver, args.python, args.reps))
    print("%-22s %10s %10s %9s %10s %10s %9s" % ("program", "sharpy", "python3", "ratio", "sharpy MB", "python3 MB", "ratio"))
    results = []
    for name, argv in jobs:
        st, pt, smem, pmem = [], [], [], []
        failure = None
        for rep in range(args.reps):
            pairs = [("python3", [args.python]), ("sharpy", [args.sharpy])]
            if rep % 2:
                pairs.reverse()
            got = {who: run(cmd + argv, args.timeout) for who, cmd in pairs}
            psecs, pcode, pout, perr, prss = got["python3"]
            ssecs, scode, sout, serr, srss = got["sharpy"]
            if pcode != 0:
                failure = "python3 failed (exit %s): %s" % (pcode, perr.decode(errors="replace").strip()[-300:])
                break
            pt.append(psecs)
            pmem.append(prss)
            if scode != 0:
                failure = "sharpy failed (exit %s): %s" % (scode, serr.decode(errors="replace").strip()[-300:])
                break
            if sout != pout:
                failure = "sharpy failed: its stdout differs from python3's"
                break
            st.append(ssecs)
            smem.append(srss)
        sm = statistics.median(st) if st and failure is None else None
        pm = statistics.median(pt) if pt else None
        ratio = sm / pm if sm is not None and pm else None
        # Peak RSS: the largest of the runs (a program's peak varies little; the maximum is the figure a user must provision).
        sr = max(smem) if smem and failure is None else None
        pr = max(pmem) if pmem else None
        mem_ratio = sr / pr if sr is not None and pr else None
        row = {"program": name, "sharpy": sm, "python3": pm, "ratio": ratio,
               "sharpy_runs": st, "python3_runs": pt,
               "sharpy_peak_mb": sr, "python3_peak_mb": pr, "peak_ratio": mem_ratio, "failure": failure}
        results.append(row)
        print("%-22s %10s %10s %9s %10s %10s %9s" % (
            name, fmt(sm) if sm is not None else "FAILED", fmt(pm) if pm is not None else "-",
            "%.2fx" % ratio if ratio is not None else "-",
            "%.1f" % sr if sr is not None else "-", "%.1f" % pr if pr is not None else "-",
            "%.2fx" % mem_ratio if mem_ratio is not None else "-"))
        if failure:
            print("    " + failure.replace("\n", "\n    "))

    report = {
        "when": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "commit": subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                                 capture_output=True, text=True).stdout.strip(),
        "machine": platform.platform(), "cpus": os.cpu_count(), "reps": args.reps,
        "python3": pyver, "results": results,
    }
    outdir = os.path.join(ROOT, "bench", "results")
    os.makedirs(outdir, exist_ok=True)
    path = os.path.join(outdir, report["when"].replace(":", "") + ".json")
    for p in [path] + ([args.json] if args.json else []):
        with open(p, "w") as f:
            json.dump(report, f, indent=1)
    print("results: " + os.path.relpath(path, os.getcwd()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
