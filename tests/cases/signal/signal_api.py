# reference: python3
# _signal: handlers run in the main thread between instructions; raise_signal, SIG_IGN, default_int_handler, setitimer, the signal mask, errors.
import signal, _signal
print(signal.SIGINT, signal.Signals.SIGTERM, signal.Handlers.SIG_DFL, signal.NSIG)
print(signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGPIPE), signal.getsignal(signal.SIGTERM))
got = []
def h(signum, frame):
    got.append((signum, type(frame).__name__))
old = signal.signal(signal.SIGUSR1, h)
print(old, signal.getsignal(signal.SIGUSR1) is h)
signal.raise_signal(signal.SIGUSR1)
print(got)
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR1)
print(got, signal.getsignal(signal.SIGUSR1))
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt')
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGKILL))
try: signal.strsignal(100)
except ValueError as e: print(e)
try: signal.signal(signal.SIGKILL, h)
except OSError as e: print(type(e).__name__, e)
try: signal.signal(100, h)
except ValueError as e: print(e)
try: signal.signal(signal.SIGUSR2, 5)
except TypeError as e: print(e)
print(len(signal.valid_signals()), signal.SIGRTMAX in signal.valid_signals())
signal.signal(signal.SIGALRM, h)
print(signal.alarm(0))

signal.setitimer(signal.ITIMER_REAL, 0.05)
n = 0
while not any(s == signal.SIGALRM for s, _ in got):
    n += 1
print('alarm arrived', got[-1][0] == signal.SIGALRM)
print(signal.getitimer(signal.ITIMER_REAL))
try: signal.setitimer(99, 1)
except signal.ItimerError as e: print(type(e).__name__, e)
old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGUSR2})
signal.signal(signal.SIGUSR2, h)
signal.raise_signal(signal.SIGUSR2)
print(signal.sigpending(), len(got))
signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGUSR2})
print(len(got), got[-1][0])
def boom(s, f): raise ValueError('from handler')
signal.signal(signal.SIGUSR1, boom)
try:
    signal.raise_signal(signal.SIGUSR1)
except ValueError as e: print('ValueError', e)
print(signal.set_wakeup_fd(-1))
signal.signal(signal.SIGINT, signal.default_int_handler)
import _thread
try:
    _thread.interrupt_main()
    for i in range(1000): pass
except KeyboardInterrupt: print('interrupt_main -> KeyboardInterrupt')

# A signal set's numbers: beyond a C long they read as -1 (PyLong_AsLongAndOverflow).
for v in [1 << 1000, -(1 << 1000), 0, signal.NSIG, 1.5]:
    try:
        signal.pthread_sigmask(signal.SIG_BLOCK, [v])
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
