# reference: python3
# faulthandler's fatal-error report in a child process (the test functions that raise a fatal
# signal on purpose): the report with one or all threads, inside a collection, none when
# disabled, and the death by the signal. Thread ids are masked; the C stack and the extension
# module list (3.14 adds them, and their content is the build's) are left out.
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


for func, extra in [("_sigsegv", ""), ("_sigabrt", ""), ("_read_null", ""), ("_sigsegv", "all_threads=False")]:
    run(f"""
        import faulthandler
        def inner():
            faulthandler.{func}()
        faulthandler.enable({extra})
        inner()
        """)

# Disabled: no report, but the same death.
run("""
    import faulthandler
    faulthandler.enable()
    print(faulthandler.disable(), flush=True)
    faulthandler._sigsegv()
    """)

# Inside a collection
run("""
    import faulthandler, gc
    faulthandler.enable(all_threads=True)
    class Cycle:
        def __del__(self):
            faulthandler._sigsegv()
    a = Cycle(); a.me = a
    del a
    gc.collect()
    """)
