# reference: python3
# A signal sent by another process while its Python handler is set, with SIG_DFL set right
# after (test_subprocess's test_communicate_eintr and its cleanup): the process survives,
# as in CPython, where the signal interrupts the thread that then changes the disposition.
# SIG_IGN and SIG_DFL of such a signal are the OS's: children see them, and a handler set
# again after SIG_IGN runs.
import os
import signal
import subprocess
import sys

KILL_PARENT = ("import os, signal, sys; os.kill(os.getppid(), signal.SIGUSR1); "
               "sys.stdout.write('k'); sys.stdout.flush()")
for i in range(40):
    signal.signal(signal.SIGUSR1, lambda s, f: None)
    p = subprocess.Popen([sys.executable, "-S", "-c", KILL_PARENT], stdout=subprocess.PIPE)
    p.stdout.read(1)
    signal.signal(signal.SIGUSR1, signal.SIG_DFL)
    p.wait()
    p.stdout.close()
print("survived 40 rounds")

signal.signal(signal.SIGUSR1, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR1)
child = subprocess.run([sys.executable, "-S", "-c", "import signal; print(signal.getsignal(signal.SIGUSR1))"],
                       capture_output=True, text=True)
print("SIG_IGN: alive; the child inherits it:", child.stdout.strip())
signal.signal(signal.SIGUSR1, signal.SIG_DFL)

child = subprocess.run([sys.executable, "-S", "-c", "import os, signal; signal.signal(signal.SIGUSR2, lambda s, f: None); "
                        "signal.signal(signal.SIGUSR2, signal.SIG_DFL); os.kill(os.getpid(), signal.SIGUSR2); print('not reached')"],
                       capture_output=True, text=True)
print("SIG_DFL after a handler ends the process:", child.returncode, repr(child.stdout))
child = subprocess.run([sys.executable, "-S", "-c", "import os, signal; signal.signal(signal.SIGUSR2, signal.SIG_IGN); "
                        "signal.signal(signal.SIGUSR2, lambda s, f: print('handled', s)); os.kill(os.getpid(), signal.SIGUSR2)"],
                       capture_output=True, text=True)
print("a handler after SIG_IGN:", child.returncode, repr(child.stdout))
