# reference: python3
# pwd and grp lookups (root always exists) with their KeyError/TypeError/OverflowError
# messages, and fcntl's fcntl/flock/lockf/ioctl on a pipe and a file.
import pwd, grp, fcntl, os

root = pwd.getpwuid(0)
print(type(root).__name__, type(root).__module__, root.pw_name, root.pw_uid, root.pw_gid, root[0], len(root))
print(pwd.getpwnam('root').pw_uid, pwd.struct_passwd.n_fields, pwd.struct_passwd.pw_dir.__doc__)
g = grp.getgrgid(0)
print(type(g).__name__, g.gr_name, g.gr_gid, type(g.gr_mem).__name__, grp.getgrnam(g.gr_name).gr_gid)
print(any(p.pw_uid == 0 for p in pwd.getpwall()), any(e.gr_gid == 0 for e in grp.getgrall()))
for f in (lambda: pwd.getpwnam('no such user'), lambda: pwd.getpwuid(99999), lambda: grp.getgrgid(99999),
          lambda: grp.getgrnam('no such group'), lambda: pwd.getpwuid(-5), lambda: pwd.getpwuid('x'),
          lambda: grp.getgrgid(2**40), lambda: grp.getgrgid(-5), lambda: pwd.getpwuid(2**40),
          lambda: grp.getgrgid('x'), lambda: pwd.getpwuid(2**70), lambda: grp.getgrgid(-1), lambda: pwd.getpwuid(-1),
          lambda: pwd.getpwnam(3), lambda: pwd.getpwnam('a\0b')):
    try:
        f()
    except Exception as e:
        print(repr(e))

r, w = os.pipe()
fl = fcntl.fcntl(r, fcntl.F_GETFL)
print(fl & os.O_NONBLOCK, fcntl.fcntl(r, fcntl.F_SETFL, fl | os.O_NONBLOCK), fcntl.fcntl(r, fcntl.F_GETFL) & os.O_NONBLOCK)
print(fcntl.fcntl(r, fcntl.F_GETFD) & fcntl.FD_CLOEXEC, fcntl.fcntl(r, fcntl.F_GETFD, 0) & fcntl.FD_CLOEXEC)
os.close(r)
os.close(w)
path = '/tmp/sharpy_case_fcntl_%d' % os.getpid()
fd = os.open(path, os.O_RDWR | os.O_CREAT)
print(fcntl.flock(fd, fcntl.LOCK_EX), fcntl.flock(fd, fcntl.LOCK_UN))
print(fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB), fcntl.lockf(fd, fcntl.LOCK_UN))
for f in (lambda: fcntl.fcntl(9999, fcntl.F_GETFD), lambda: fcntl.ioctl(fd, 0x5413, b'\0' * 8),
          lambda: fcntl.flock(-1, fcntl.LOCK_EX), lambda: fcntl.fcntl('x', 1), lambda: fcntl.lockf(fd, 0)):
    try:
        f()
    except (OSError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
os.close(fd)
os.unlink(path)
