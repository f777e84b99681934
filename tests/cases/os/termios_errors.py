# reference: python3
# termios's errors: termios.error (an Exception, not an OSError) with (errno, strerror) for
# a pipe (ENOTTY), a closed fd (EBADF) and bad 'when'/'queue'/'action' values (EINVAL); the
# TypeError/ValueError/OverflowError messages of bad fds, attribute lists and winsizes;
# a few constants.
import os, termios

print(termios.error.__name__, termios.error.__module__, termios.error.__mro__, termios.error.__doc__)
print(issubclass(termios.error, OSError), termios.__name__)
print(termios.tcgetattr.__text_signature__, termios.tcsetattr.__text_signature__,
      termios.tcsetwinsize.__text_signature__)
print(termios.B0, termios.B38400, termios.B4000000, termios.TCSANOW, termios.TCSAFLUSH, termios.VMIN,
      termios.VTIME, termios.VSWTC, termios.VSWTCH, termios.NCCS, termios.TIOCGWINSZ, termios.TIOCSWINSZ,
      termios.FIONREAD, termios.CRTSCTS, termios.CBAUD, termios.TIOCM_RNG, termios.N_TTY)

def attempt(label, f, *args):
    try:
        r = f(*args)
    except termios.error as e:
        print(label, 'termios.error', e.args, str(e), isinstance(e, OSError))
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, 'returned', r)

r, w = os.pipe()
master, slave = os.openpty()
attrs = termios.tcgetattr(slave)
os.close(w)
closed = w

for name, f, args in [
    ('tcgetattr', termios.tcgetattr, ()),
    ('tcsetattr', termios.tcsetattr, (termios.TCSANOW, attrs)),
    ('tcsendbreak', termios.tcsendbreak, (0,)),
    ('tcdrain', termios.tcdrain, ()),
    ('tcflush', termios.tcflush, (termios.TCIFLUSH,)),
    ('tcflow', termios.tcflow, (termios.TCOON,)),
    ('tcgetwinsize', termios.tcgetwinsize, ()),
    ('tcsetwinsize', termios.tcsetwinsize, ((24, 80),)),
]:
    attempt(name + ' pipe', f, r, *args)
    attempt(name + ' closed', f, closed, *args)
    attempt(name + ' -1', f, -1, *args)
    attempt(name + ' big', f, 2**1000, *args)
    attempt(name + ' object', f, object(), *args)
    attempt(name + ' str', f, 'x', *args)
    attempt(name + ' noargs', f)

attempt('tcsetattr when=-1', termios.tcsetattr, slave, -1, attrs)
attempt('tcsetattr when=big', termios.tcsetattr, slave, 2**40, attrs)
attempt('tcsetattr when=float', termios.tcsetattr, slave, 0.0, attrs)
attempt('tcflush -1', termios.tcflush, slave, -1)
attempt('tcflow -1', termios.tcflow, slave, -1)
attempt('tcsendbreak float', termios.tcsendbreak, slave, 0.0)
attempt('tcgetattr too many', termios.tcgetattr, slave, 1)

bad_lists = [
    ('tuple', tuple(attrs)), ('short', attrs[:-1]), ('long', attrs + [0]), ('none', None),
    ('cc tuple', attrs[:6] + [tuple(attrs[6])]), ('cc short', attrs[:6] + [attrs[6][:-1]]),
    ('cc long', attrs[:6] + [attrs[6] + [b'\0']]),
]
for i in range(6):
    for v in (2**1000, -2**70, 1.5, 'x', None):
        a = attrs[:]
        a[i] = v
        bad_lists.append(('item %d %r' % (i, v if not isinstance(v, int) else v.bit_length()), a))
for v in (2**1000, 1.5, b'', b'ab', 'x', bytearray(b'a'), None):
    a = attrs[:]
    a[6] = attrs[6][:]
    a[6][3] = v
    bad_lists.append(('cc %r' % (v if not isinstance(v, int) else v.bit_length(),), a))
for label, a in bad_lists:
    attempt('tcsetattr ' + label, termios.tcsetattr, slave, termios.TCSANOW, a)
# The fd is checked (tcgetattr) before the flags are converted.
attempt('tcsetattr pipe bad item', termios.tcsetattr, r, termios.TCSANOW, attrs[:5] + ['x', attrs[6]])
attempt('tcsetattr pipe bad list', termios.tcsetattr, r, termios.TCSANOW, attrs[:-1])
# Speeds that are not B-constants.
a = attrs[:]
a[4] = 12345
attempt('tcsetattr ispeed', termios.tcsetattr, slave, termios.TCSANOW, a)
a = attrs[:]
a[5] = 12345
attempt('tcsetattr ospeed', termios.tcsetattr, slave, termios.TCSANOW, a)
print(termios.tcgetattr(slave) == attrs)

for label, ws in [('short', (1,)), ('long', (1, 2, 3)), ('object', object()), ('int', 5), ('dict', {0: 1, 1: 2}),
                  ('str', 'ab'), ('row big', (2**1000, 1)), ('col big', (1, 2**1000)), ('row range', (65536, 1)),
                  ('col negative', (1, -1)), ('row float', (1.0, 2)), ('col object', (1, object())),
                  ('bytes', b'\x05\x06'), ('range', range(3, 5))]:
    attempt('tcsetwinsize ' + label, termios.tcsetwinsize, slave, ws)
attempt('tcsetwinsize pipe', termios.tcsetwinsize, r, (1, 2))
attempt('tcsetwinsize pipe bad', termios.tcsetwinsize, r, (1, 'x'))
print(termios.tcgetwinsize(slave))

try:
    raise termios.error(1, 'x')
except termios.error as e:
    print(repr(e), e.args)

os.close(r)
os.close(master)
os.close(slave)
