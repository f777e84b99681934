# reference: python3
# A process started with signals ignored (a shell's background job, nohup) keeps them ignored,
# as CPython: getsignal() reports SIG_IGN (SIGINT included, which then has no
# default_int_handler), a signal sent stays ignored, and a program can still take each back:
# with its own handler, or with SIG_DFL, whose default action then ends the process. Children
# inherit what is still ignored.
import os
import signal
import subprocess
import sys

IGNORED = ("SIGINT", "SIGQUIT", "SIGHUP", "SIGUSR1")
# python3 ignores the signals, then execs the interpreter under test.
IGNORING = ["python3", "-c", "import os, signal, sys\n"
            f"for name in {IGNORED!r}: signal.signal(getattr(signal, name), signal.SIG_IGN)\n"
            "os.execv(sys.argv[1], sys.argv[1:])"]

def run(code):
    r = subprocess.run([*IGNORING, sys.executable, "-c", code], capture_output=True, text=True)
    print(r.returncode, r.stdout.strip().splitlines(), r.stderr.strip().splitlines()[-1:])

run(f"""
import signal
for name in {IGNORED!r} + ("SIGUSR2", "SIGPIPE"):
    print(name, signal.getsignal(getattr(signal, name)))
""")
run(f"""
import os, signal, time
for name in {IGNORED!r}:
    os.kill(os.getpid(), getattr(signal, name))
time.sleep(0.2)
print("still here")
""")
run(f"""
import os, signal, time
got = []
for name in {IGNORED!r}:
    sig = getattr(signal, name)
    signal.signal(sig, lambda n, f: got.append(signal.Signals(n).name))
    os.kill(os.getpid(), sig)
    time.sleep(0.1)
print(got)
""")
for name in ("SIGINT", "SIGUSR1", "SIGHUP"):
    run(f"""
import os, signal, sys, time
signal.signal(signal.{name}, lambda n, f: print("handled"))
signal.signal(signal.{name}, signal.SIG_DFL)
print("sending", flush=True)
os.kill(os.getpid(), signal.{name})
time.sleep(1)
print("not reached")
""")
# A child inherits SIGINT ignored: its kill() of itself does nothing.
run("""
import subprocess, sys
r = subprocess.run([sys.executable, "-c", "import os, signal; os.kill(os.getpid(), signal.SIGINT); print('child lives')"],
                   capture_output=True, text=True)
print(r.returncode, r.stdout.strip())
""")
