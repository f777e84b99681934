# reference: python3
# termios on a pseudo-terminal from os.openpty(): tcgetattr's list (flags, speeds, cc with
# VMIN/VTIME as ints only outside canonical mode), tcsetattr round trips, tty.setraw and
# tty.setcbreak, the data path through the pty, tcflush/tcflow/tcdrain/tcsendbreak, and
# tcgetwinsize/tcsetwinsize (also given a file object instead of an fd); ints given as
# __index__ objects and int subclasses.
import os, termios, tty

master, slave = os.openpty()
orig = termios.tcgetattr(slave)
iflag, oflag, cflag, lflag, ispeed, ospeed, cc = orig
print(type(orig).__name__, len(orig), [type(x).__name__ for x in orig])
print(iflag, oflag, cflag, lflag, ispeed, ospeed)
print(len(cc) == termios.NCCS, cc)
print(bool(lflag & termios.ICANON), type(cc[termios.VMIN]).__name__, cc[termios.VINTR], cc[termios.VEOF])

# Noncanonical mode: VMIN and VTIME come back as ints.
new = termios.tcgetattr(slave)
new[3] &= ~(termios.ICANON | termios.ECHO)
new[6][termios.VMIN] = 3
new[6][termios.VTIME] = 7
new[6][termios.VINTR] = 5            # an int where a character is expected
new[6][termios.VQUIT] = True         # bool is an int too
new[4] = new[5] = termios.B9600
print(termios.tcsetattr(slave, termios.TCSANOW, new))
got = termios.tcgetattr(slave)
print(got[3] & (termios.ICANON | termios.ECHO), got[4] == termios.B9600, got[5] == termios.B9600)
print(got[6][termios.VMIN], got[6][termios.VTIME], got[6][termios.VINTR], got[6][termios.VQUIT])

# Every 'when' works; the original attributes come back unchanged.
for when in (termios.TCSANOW, termios.TCSADRAIN, termios.TCSAFLUSH):
    termios.tcsetattr(slave, when, orig)
    print(when, termios.tcgetattr(slave) == orig)

# A file object stands for its fd.
f = open(slave, 'wb', buffering=0, closefd=False)
print(termios.tcgetattr(f) == orig, termios.tcsetattr(f, termios.TCSANOW, orig))

def show(label):
    a = termios.tcgetattr(slave)
    print(label,
          a[0] & (termios.BRKINT | termios.ICRNL | termios.INPCK | termios.ISTRIP | termios.IXON),
          a[1] & termios.OPOST,
          a[2] & (termios.CSIZE | termios.PARENB) == termios.CS8,
          a[3] & (termios.ECHO | termios.ICANON | termios.IEXTEN | termios.ISIG),
          a[6][termios.VMIN], a[6][termios.VTIME])

show('orig')
tty.setraw(slave)
show('raw')
os.write(master, b'ab\rc\x03')
print(os.read(slave, 10))
termios.tcsetattr(slave, termios.TCSAFLUSH, orig)
tty.setcbreak(slave)
show('cbreak')
termios.tcsetattr(slave, termios.TCSANOW, orig)
show('restored')
print(termios.tcgetattr(slave) == orig)

# Canonical mode: CR becomes NL (ICRNL) and the line is echoed to the master (ONLCR).
os.write(master, b'line\r')
print(os.read(slave, 100))
print(os.read(master, 100))

# tcflush: the slave's input queue holds what the master wrote.
termios.tcsetattr(slave, termios.TCSANOW, new)
os.write(master, b'abcdef')
print(os.read(slave, 2))
print(termios.tcflush(slave, termios.TCOFLUSH), os.read(slave, 2))
print(termios.tcflush(slave, termios.TCIFLUSH))
os.write(master, b'XYZ')
print(os.read(slave, 100))
print(termios.tcflush(slave, termios.TCIOFLUSH))
termios.tcsetattr(slave, termios.TCSANOW, orig)

print(termios.tcflow(slave, termios.TCOOFF), termios.tcflow(slave, termios.TCOON),
      termios.tcflow(slave, termios.TCIOFF), termios.tcflow(slave, termios.TCION))
print(termios.tcdrain(slave), termios.tcdrain(f), termios.tcsendbreak(slave, 1), termios.tcsendbreak(f, 0))

# Window size.
print(termios.tcgetwinsize(slave), termios.tcgetwinsize(master))
print(termios.tcsetwinsize(slave, (24, 80)), termios.tcgetwinsize(slave), termios.tcgetwinsize(master))
print(termios.tcsetwinsize(master, [50, 132]), termios.tcgetwinsize(f))
print(termios.tcsetwinsize(f, (0, 65535)), termios.tcgetwinsize(slave))

class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v

print(termios.tcsetwinsize(slave, (Idx(10), Idx(20))), termios.tcgetwinsize(slave))
flags = termios.tcgetattr(slave)
flags[:6] = [Idx(x) for x in flags[:6]]
print(termios.tcsetattr(slave, termios.TCSANOW, flags), termios.tcgetattr(slave) == orig)

# An int subclass is read as its value: its __index__ is not called.
class MyInt(int):
    def __index__(self): raise RuntimeError('__index__ called')

flags = termios.tcgetattr(slave)
flags[3] = MyInt(flags[3] & ~termios.ICANON)
flags[6][termios.VMIN] = MyInt(2)
print(termios.tcsetattr(slave, termios.TCSANOW, flags), termios.tcgetattr(slave)[6][termios.VMIN])
print(termios.tcsetwinsize(slave, (MyInt(7), MyInt(8))), termios.tcgetwinsize(slave))
termios.tcsetattr(slave, termios.TCSANOW, orig)

f.close()
os.close(master)
os.close(slave)
