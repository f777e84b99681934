# reference: python3
# faulthandler in a child process: dump_traceback_later (repeat, cancel, exit), register() on
# SIGUSR1 (then unregister: the default action), the dump of all threads (newest first), and
# -X faulthandler / PYTHONFAULTHANDLER / -E. Thread ids and threading.py's lines are masked.
import os
import re
import subprocess
import sys
import textwrap


def mask(line):
    line = re.sub(r"0x[0-9a-f]+( \[[^]]*\])?", "0x...", line)
    return re.sub(r'File ".*threading.py", line [0-9]+', 'File "threading.py", line N', line)


def run(code, *opts, env_extra=None, stdout=None):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONFAULTHANDLER", "PYTHONDEVMODE")}
    env.update(env_extra or {})
    r = subprocess.run([sys.executable, *opts, "-c", textwrap.dedent(code)], capture_output=True, text=True, env=env)
    lines = []
    skipping = False
    for line in r.stderr.splitlines():
        if line.startswith("Current thread's C stack"):
            skipping = True
            continue
        if skipping and (line.startswith("  ") or not line):
            continue
        skipping = False
        if line.startswith("Extension modules:"):
            continue
        lines.append(mask(line))
    while lines and not lines[-1]:
        lines.pop()
    print(r.returncode, (stdout or str.strip)(r.stdout))
    print("\n".join(lines))
    print("--")


run("""
    import faulthandler, time
    def sleeper():
        time.sleep(5)
    faulthandler.dump_traceback_later(0.5, exit=True)
    sleeper()
    print("not reached")
    """)

run("""
    import faulthandler, time, sys
    faulthandler.dump_traceback_later(0.3, repeat=True, file=sys.stdout)
    time.sleep(1.0)
    faulthandler.cancel_dump_traceback_later()
    faulthandler.dump_traceback_later(0.3)
    faulthandler.cancel_dump_traceback_later()
    time.sleep(0.6)
    print("done")
    """, stdout=lambda out: f"{out.count('Timeout') >= 2} {mask(out.split('Timeout')[1])!r} {out.split()[-1]}")

run("""
    import faulthandler, os, signal
    def func(signum):
        os.kill(os.getpid(), signum)
    faulthandler.register(signal.SIGUSR1, all_threads=False)
    func(signal.SIGUSR1)
    faulthandler.register(signal.SIGUSR1)
    func(signal.SIGUSR1)
    print(faulthandler.unregister(signal.SIGUSR1), faulthandler.unregister(signal.SIGUSR1), flush=True)
    func(signal.SIGUSR1)
    print("not reached")
    """)

# The newest thread first; the current one is marked.
run("""
    import faulthandler, threading
    def dump():
        faulthandler.dump_traceback()
    def waiter(started, stop):
        started.set()
        stop.wait()
    started, stop = threading.Event(), threading.Event()
    t = threading.Thread(target=waiter, args=(started, stop))
    t.start()
    started.wait()
    dump()
    stop.set()
    t.join()
    """)

for opts, env in [((), None), (("-X", "faulthandler"), None), ((), {"PYTHONFAULTHANDLER": "1"}),
                  ((), {"PYTHONFAULTHANDLER": ""}), (("-E",), {"PYTHONFAULTHANDLER": "1"})]:
    run("import faulthandler; print(faulthandler.is_enabled())", *opts, env_extra=env)
