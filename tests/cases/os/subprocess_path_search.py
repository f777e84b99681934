# reference: python3
# How subprocess finds a program along PATH: entries that do not exist or are not directories
# are passed over, a file found but not executable is remembered while the search goes on, and
# the error reported when nothing runs is that one, else "not found".
import os
import stat
import subprocess
import tempfile

with tempfile.TemporaryDirectory() as d:
    plain = os.path.join(d, 'plain')
    runnable = os.path.join(d, 'runnable')
    os.mkdir(plain)
    os.mkdir(runnable)
    with open(os.path.join(plain, 'tool'), 'w') as f:
        f.write('#!/bin/sh\necho plain\n')
    with open(os.path.join(runnable, 'tool'), 'w') as f:
        f.write('#!/bin/sh\necho runnable "$@"\n')
    os.chmod(os.path.join(runnable, 'tool'), stat.S_IRWXU)
    afile = os.path.join(d, 'afile')
    open(afile, 'w').close()
    missing = os.path.join(d, 'missing')

    def run(path_dirs, argv=('tool', 'x')):
        env = {'PATH': os.pathsep.join(path_dirs)}
        try:
            r = subprocess.run(list(argv), env=env, capture_output=True, text=True)
            return 'ran: %s exit %d' % (r.stdout.strip(), r.returncode)
        except OSError as e:
            return '%s errno %s %s' % (type(e).__name__, e.errno, str(e.filename).replace(d, '<d>'))

    print(run([missing, afile, plain, runnable]))
    print(run([missing, afile, runnable, plain]))
    print(run([missing, afile, plain]))
    print(run([missing, afile]))
    print(run([]))
    print(run([runnable], argv=('no-such-tool',)))
    print(run([missing], argv=(os.path.join(runnable, 'tool'), 'direct')))
    print(run([runnable], argv=(os.path.join(plain, 'tool'),)))
    print(run([runnable], argv=(os.path.join(missing, 'tool'),)))
    # A relative PATH entry is looked up from the child's working directory.
    print(subprocess.run(['tool', 'rel'], env={'PATH': 'runnable'}, cwd=d,
                         capture_output=True, text=True).stdout.strip())
