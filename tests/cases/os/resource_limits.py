# reference: python3
# resource: constants, getrlimit/setrlimit/prlimit, getrusage, and their errors.
import os
import resource

print(sorted((k, getattr(resource, k)) for k in dir(resource) if k.isupper()))
print(resource.error is OSError, resource.getpagesize() == os.sysconf("SC_PAGE_SIZE"))
print(resource.getrlimit.__text_signature__)

r = resource.getrusage(resource.RUSAGE_SELF)
print(type(r).__name__, type(r).__module__, len(r), type(r.ru_utime).__name__, type(r.ru_maxrss).__name__, r.ru_maxrss > 0)
print(resource.struct_rusage.n_sequence_fields, resource.struct_rusage.__doc__.splitlines()[0])

print(resource.getrlimit(resource.RLIMIT_NOFILE) == resource.prlimit(0, resource.RLIMIT_NOFILE))
soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
resource.setrlimit(resource.RLIMIT_CORE, [0, hard])
print(resource.getrlimit(resource.RLIMIT_CORE)[0])

def attempt(f, *args):
    try:
        f(*args)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

attempt(resource.setrlimit, resource.RLIMIT_CORE, (2**70, 1))
attempt(resource.setrlimit, resource.RLIMIT_CORE, (1,))
attempt(resource.setrlimit, resource.RLIMIT_CORE, 5)
attempt(resource.setrlimit, resource.RLIMIT_CORE, (5, 4) if hard == resource.RLIM_INFINITY else (hard, hard + 1))
attempt(resource.getrlimit, 99)
attempt(resource.getrlimit, -1)
attempt(resource.getrusage, 99)
attempt(resource.prlimit, 0, 99)

# os.wait4 gives a resource.struct_rusage too.
import subprocess
pid = subprocess.Popen(["sh", "-c", "sleep 0.3; exit 3"]).pid
wpid, status, usage = os.wait4(pid, 0)
print(wpid == pid, os.WEXITSTATUS(status), type(usage).__name__)
