# reference: python3
# How a program meets the edges of its process, as CPython: a standard descriptor closed at
# start-up gives a None stream (input() then raises "lost sys.stdin"); an uncaught
# KeyboardInterrupt ends the process by SIGINT itself; SIGQUIT keeps its default action (it is
# not a KeyboardInterrupt); writing to a pipe whose reader left raises BrokenPipeError.
import os
import signal
import subprocess
import sys
import time

def run(code, closed=None, **kw):
    # closed: a redirection that closes a descriptor before the child starts ("<&-").
    args = [sys.executable, "-c", code]
    if closed:
        args = ["sh", "-c", 'exec "$0" -c "$1" ' + closed, sys.executable, code]
    r = subprocess.run(args, capture_output=True, text=True, **kw)
    last = r.stderr.strip().splitlines()[-1:] if r.stderr else []
    print(r.returncode, repr(r.stdout.strip()), last)

run("""
import sys
print(sys.stdin, sys.__stdin__)
try:
    input()
except RuntimeError as e:
    print(str(e).endswith("lost sys.stdin"))
""", "<&-")
run("import sys; sys.stderr.write(repr(sys.stdout) + '\\n'); print('lost')", ">&-")
run("import sys, os; os.write(1, repr((sys.stderr, sys.__stderr__)).encode())", "2>&-")
run("print(input())", input="a line\n")

# The signal tests start their child with SIGINT and SIGQUIT at their default actions, which a
# parent (a CI runner, a shell's background job) may have left ignored: python3 resets them
# and then execs the interpreter under test (ignored_signals.py starts them ignored).
DEFAULTS = ["python3", "-c", "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); "
            "signal.signal(signal.SIGQUIT, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])"]

def killed_by(sig):
    # Sent once the child is sleeping (it prints "ready" first); SIGQUIT's action leaves no core file.
    code = "import time; print('ready', flush=True); time.sleep(30)"
    p = subprocess.Popen(["sh", "-c", 'ulimit -c 0; exec "$@"', "sh", *DEFAULTS, sys.executable, "-c", code],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    p.stdout.readline()
    time.sleep(0.2)
    p.send_signal(sig)
    out, err = p.communicate()
    print(sig.name, p.returncode, err.strip().splitlines()[-1:])

def run_with_defaults(code):
    r = subprocess.run([*DEFAULTS, sys.executable, "-c", code], capture_output=True, text=True)
    print(r.returncode, repr(r.stdout.strip()), r.stderr.strip().splitlines()[-1:])

killed_by(signal.SIGINT)
killed_by(signal.SIGQUIT)
run_with_defaults("raise KeyboardInterrupt")
run_with_defaults("import signal, os; signal.signal(signal.SIGINT, lambda *a: print('handled')); os.kill(os.getpid(), signal.SIGINT); print('after')")

# The reader takes one line and leaves; the writer's next flush fails.
writer = subprocess.Popen([sys.executable, "-c", "while True: print('x' * 100)"],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
writer.stdout.readline()
writer.stdout.close()
err = writer.stderr.read().decode()
writer.wait()
print("writer:", writer.returncode, err.strip().splitlines()[-1:])
