# How os functions convert their path and fd arguments (path_t, dir_fd, fildes), and fspath.
import os

class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p

def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', ascii(r))

attempt(os.fspath, 'x')
attempt(os.fspath, b'x')
attempt(os.fspath, P('y'))
attempt(os.fspath, P(b'y'))
attempt(os.fspath, P(3))
attempt(os.fspath, 3)
attempt(os.fspath, None)
attempt(os.fsencode, 'caf\xe9')
attempt(os.fsdecode, b'caf\xc3\xa9')
attempt(os.fsdecode, b'\xff')
attempt(os.fsencode, '\udcff')

attempt(os.stat, 'a\0b')
attempt(os.stat, b'a\0b')
attempt(os.stat, P('a\0b'))
attempt(os.lstat, 3)
attempt(os.stat, 3.5)
attempt(os.stat, None)
attempt(os.stat, P(3))
attempt(os.listdir, 2.5)
attempt(os.scandir, [])
attempt(os.open, 'x', 'r')
attempt(os.stat, 'x', dir_fd='y')
attempt(os.stat, 3, dir_fd=4)
attempt(os.stat, 3, follow_symlinks=False)
attempt(os.read, 'x', 1)
attempt(os.read, 1.5, 1)
attempt(os.read, 0, 'x')
attempt(os.close, 2**40)
attempt(os.fsync, 'x')
attempt(os.fsync, -3)
attempt(os.mkdir)
attempt(os.stat, 'x', bogus=1)
attempt(os.putenv, 'A=B', 'x')
attempt(os.putenv, 'A\0', 'x')
attempt(os.urandom, -1)
print(len(os.urandom(16)), type(os.urandom(0)))
attempt(os.strerror, 'x')
attempt(os.waitstatus_to_exitcode, 0)
attempt(os.waitstatus_to_exitcode, 3 << 8)
attempt(os.waitstatus_to_exitcode, 9)
print(os.WIFEXITED(0), os.WEXITSTATUS(3 << 8), os.WIFSIGNALED(9), os.WTERMSIG(9), os.WIFSTOPPED(0x137f), os.WSTOPSIG(0x137f), os.WIFCONTINUED(0xffff))
