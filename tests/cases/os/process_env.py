# reference: python3
# Process-level posix functions: environ as bytes and its putenv/unsetenv round trip seen
# by a child shell, system() and wait statuses, ids, uname, times, sysconf/confstr/pathconf
# tables, device numbers, urandom/getrandom.
# (getsid is compared, not tested positive: in a container whose session leader is outside
# the pid namespace it is 0.)
import os

os.environ['SHARPY_CASE_VAR'] = 'caf\xe9'
print(os.environ['SHARPY_CASE_VAR'], os.environb[b'SHARPY_CASE_VAR'], os.getenv('SHARPY_CASE_VAR'))
print(os.system('test "$SHARPY_CASE_VAR" = "caf\xe9"'))
del os.environ['SHARPY_CASE_VAR']
print(os.system('test -z "$SHARPY_CASE_VAR"'), 'SHARPY_CASE_VAR' in os.environ)
os.environb[b'SHARPY_CASE_B'] = b'\xff'
print(os.system('test -n "$SHARPY_CASE_B"'), os.environ['SHARPY_CASE_B'] == '\udcff')
os.unsetenv('SHARPY_CASE_B')
print(os.system('test -z "$SHARPY_CASE_B"'))
print(all(isinstance(k, bytes) and isinstance(v, bytes) for k, v in os.environb.items()))

status = os.system('exit 3')
print(status, os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))
status = os.system('kill -9 $$')
print(os.WIFSIGNALED(status), os.WTERMSIG(status), os.waitstatus_to_exitcode(status))

print(os.getpid() > 1, os.getppid() > 0, os.getpgrp() > 0, os.getsid(0) == os.getsid(os.getpid()), os.getpgid(0) == os.getpgrp())
print(os.getuid() == os.geteuid() == os.getresuid()[0], os.getgid() == os.getresgid()[0], type(os.getgroups()).__name__)
print(os.setreuid(-1, -1), os.setresgid(-1, -1, -1))
u = os.uname()
print(type(u).__name__, u.sysname, len(u), u.machine == u[4])
t = os.times()
print(type(t).__name__, len(t), all(isinstance(x, float) for x in t), t.elapsed > 0)
print(os.cpu_count() >= 1, len(os.sched_getaffinity(0)) >= 1, len(os.getloadavg()))
print(os.sysconf('SC_PAGESIZE'), os.sysconf(os.sysconf_names['SC_OPEN_MAX']) > 0, os.confstr('CS_PATH'))
print(os.pathconf('/', 'PC_NAME_MAX'), os.fpathconf(0, 'PC_PIPE_BUF') > 0, os.pathconf('/', os.pathconf_names['PC_PATH_MAX']))
for bad in ('SC_NOPE', 1.5, None):
    try:
        os.sysconf(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(os.major(os.makedev(8, 1)), os.minor(os.makedev(8, 1)), os.makedev(259, 65536))
print(len(os.urandom(7)), len(os.getrandom(5)), os.urandom(0))
print(os.strerror(2), os.strerror(13), os.strerror(99999))
print(os.get_blocking(0) in (True, False), os.device_encoding(999))
print(os.sched_get_priority_max(os.SCHED_FIFO), os.sched_get_priority_min(os.SCHED_FIFO))
try:
    os.kill(os.getpid(), 0)
    print('kill 0 ok')
    os.kill(999999999, 0)
except ProcessLookupError as e:
    print(type(e).__name__, e)
try:
    os.waitpid(-1, os.WNOHANG)
except ChildProcessError as e:
    print(type(e).__name__, e)
print(os.path.realpath('/usr/../tmp'), os.path.expanduser('~root'))
