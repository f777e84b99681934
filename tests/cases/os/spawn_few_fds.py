# reference: python3
# subprocess.Popen starts a child with pipes for its three standard streams even when the
# parent has only a few descriptors left (CPython's test_no_leaking), and leaks none: the
# last of many children starts as well as the first. Also stdout and stderr on one pipe.
import errno
import os
import resource
import subprocess
import sys
import tempfile

soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (256, hard))
handles = []
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "f")
    try:
        while True:
            handles.append(os.open(path, os.O_WRONLY | os.O_CREAT))
    except OSError as e:
        print("filled:", errno.errorcode[e.errno])
    for _ in range(10):
        os.close(handles.pop())
    outputs = set()
    for i in range(8):
        p = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdout.write(sys.stdin.read())"],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        outputs.add(p.communicate(b"lime")[0])
    print(outputs)
    for h in handles:
        os.close(h)
resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))

r = subprocess.run([sys.executable, "-c", "import sys; print('out'); sys.stdout.flush(); print('err', file=sys.stderr)"],
                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(r.stdout.split())
