# reference: python3
# subprocess on _posixsubprocess.fork_exec: run/check_output/Popen with pipes and redirection,
# communicate (with input and timeouts), env, cwd, shell=True, text mode, return codes of
# signals, pass_fds, start_new_session, process_group, umask, and the errors the child reports
# through the errpipe (missing program, bad cwd, no permission, bad fd). Programs are named by
# absolute path (os.get_exec_path's catch_warnings moves the warnings filter version, which
# the leak hunter would see as one reference when it outgrows the small ints).
import os
import signal
import subprocess
import sys

r = subprocess.run(['/bin/echo', 'hello'], capture_output=True)
print(r)
print(subprocess.check_output(['/bin/printf', '%s|', 'a b', 'c']))
print(subprocess.check_output('echo $((6*7)); echo to-stderr >&2', shell=True, stderr=subprocess.STDOUT))
print(subprocess.run('exit 5', shell=True).returncode)

# Pipes both ways and communicate.
p = subprocess.Popen(['/bin/cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(p.communicate(b'data in\n' * 3), p.returncode)
p = subprocess.Popen(['/bin/sh', '-c', 'cat; echo done >&2'], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = p.communicate(b'x' * 200000)
print(len(out), err, p.returncode)
print(subprocess.run(['/bin/tr', 'a-z', 'A-Z'], input='text mode\n', capture_output=True, text=True).stdout, end='')
print(subprocess.check_output(['/bin/sh', '-c', 'printf "a\\r\\nb\\n"'], text=True).splitlines())
with subprocess.Popen(['/bin/sh', '-c', 'echo line1; echo line2'], stdout=subprocess.PIPE, text=True) as p:
    print([line for line in p.stdout])
print(p.returncode)

# stdin/stdout/stderr from files and fds, DEVNULL.
with open('/dev/null', 'rb') as f:
    print(subprocess.run(['/bin/cat'], stdin=f, capture_output=True).stdout)
rfd, wfd = os.pipe()
subprocess.run(['/bin/echo', 'to a pipe fd'], stdout=wfd)
os.close(wfd)
print(os.read(rfd, 100))
os.close(rfd)
print(subprocess.run(['/bin/sh', '-c', 'echo out; echo err >&2'], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE).stderr)
print(subprocess.run(['/bin/sh', '-c', 'echo err >&2'], stderr=subprocess.STDOUT, stdout=subprocess.PIPE).stdout)

# env and cwd.
print(subprocess.run(['/bin/sh', '-c', 'echo "$FOO-$BAR"'], env={'FOO': 'x', 'BAR': 'y'}, capture_output=True, text=True).stdout, end='')
print(subprocess.run(['/bin/env'], env={'ONLY': '1'}, capture_output=True, text=True).stdout, end='')
print(subprocess.run(['/bin/pwd'], cwd='/', capture_output=True, text=True).stdout, end='')
print(subprocess.run('pwd', cwd=b'/usr', shell=True, capture_output=True).stdout)

# Return codes: exit status, death by signal.
p = subprocess.Popen(['/bin/sleep', '30'])
p.send_signal(signal.SIGTERM)
print(p.wait())
p = subprocess.Popen(['/bin/sleep', '30'])
p.kill()
print(p.wait(), p.poll(), p.returncode)
print(subprocess.run(['/bin/sh', '-c', 'kill -INT $$']).returncode)

# Timeouts.
try:
    subprocess.run(['/bin/sleep', '30'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired', e.cmd, e.timeout > 0)
p = subprocess.Popen(['/bin/sh', '-c', 'echo partial; exec sleep 30'], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.5)
except subprocess.TimeoutExpired as e:
    print('communicate timed out')
p.kill()
out, _ = p.communicate()
print(out, p.returncode)
p = subprocess.Popen(['/bin/sleep', '30'])
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired:
    print('wait timed out')
p.terminate()
print(p.wait())

# check_* errors.
try:
    subprocess.check_call(['/bin/false'])
except subprocess.CalledProcessError as e:
    print(e, e.returncode)
try:
    subprocess.check_output(['/bin/sh', '-c', 'echo some; exit 2'])
except subprocess.CalledProcessError as e:
    print(e, e.output)
try:
    subprocess.run(['/bin/sh', '-c', 'exit 1'], check=True)
except subprocess.CalledProcessError as e:
    print(repr(e))

# Errors the child reports through the errpipe.
for args, kw in [(['/nonexistent/program'], {}), (['no-such-program-xyz'], {}),
                 (['/bin/ls'], {'cwd': '/nonexistent/dir'}), (['/etc/passwd'], {}),
                 (['/'], {}), (['/bin/ls'], {'stdin': 987}), (['/bin/ls'], {'cwd': '/etc/passwd'})]:
    try:
        subprocess.run(args, **kw)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)

# pass_fds, close_fds, new sessions and process groups, umask.
rfd, wfd = os.pipe()
subprocess.run(['/bin/sh', '-c', f'echo through pass_fds > /proc/self/fd/{wfd}'], pass_fds=[wfd])
os.close(wfd)
print(os.read(rfd, 100), os.get_inheritable(rfd))
os.close(rfd)
fd = os.open('/dev/null', os.O_RDONLY)
os.set_inheritable(fd, True)
check = ['/bin/sh', '-c', f'test -e /proc/self/fd/{fd} && echo open || echo closed']
print(subprocess.run(check, capture_output=True, text=True).stdout.strip(),
      subprocess.run(check, close_fds=False, capture_output=True, text=True).stdout.strip())
os.close(fd)
ids = ['/bin/sh', '-c', 'echo $(($$ == $(ps -o sid= -p $$))) $(($$ == $(ps -o pgid= -p $$)))']
print(subprocess.run(ids, capture_output=True, text=True).stdout.strip())
print(subprocess.run(ids, capture_output=True, text=True, start_new_session=True).stdout.strip())
print(subprocess.run(ids, capture_output=True, text=True, process_group=0).stdout.strip())
print(subprocess.run(['/bin/sh', '-c', 'umask'], umask=0o027, capture_output=True, text=True).stdout.strip())
print(subprocess.run(['/bin/sh', '-c', 'exec 2>&-; echo stdout only'], capture_output=True))
print(subprocess.getoutput('echo getoutput; exit 3'), subprocess.getstatusoutput('exit 4'))
print(subprocess.call(['/bin/true']), subprocess.call('exit 9', shell=True))
