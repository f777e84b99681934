# reference: python3
# File round trips through os.open/read/write/lseek/close, pipes and descriptor flags.
import os

base = '/tmp/sharpy_case_file_ops_%d' % os.getpid()
os.mkdir(base)
path = os.path.join(base, 'data.bin')

fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(type(fd).__name__, fd > 2)
print(os.write(fd, b'hello '), os.write(fd, bytearray(b'world')), os.write(fd, memoryview(b'!\n')))
print(os.get_inheritable(fd))
os.close(fd)

st = os.stat(path)
print(st.st_size, oct(st.st_mode & 0o777), os.path.getsize(path))
print(st.st_mtime_ns // 1_000_000_000 == st[8] == int(st.st_mtime))
print(isinstance(st.st_atime, float), st.st_nlink, st.st_uid == os.getuid())

fd = os.open(path, os.O_RDWR)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 3))
print(os.lseek(fd, -2, os.SEEK_END), os.read(fd, 10))
print(os.pread(fd, 5, 6), os.lseek(fd, 0, os.SEEK_CUR))
print(os.pwrite(fd, b'J', 6))
os.ftruncate(fd, 11)
print(os.fstat(fd).st_size)
os.lseek(fd, 0, 0)
print(os.read(fd, 100))
os.close(fd)

# dup, dup2 and inheritability
fd = os.open(path, os.O_RDONLY)
fd2 = os.dup(fd)
print(fd2 != fd, os.get_inheritable(fd2))
os.set_inheritable(fd2, True)
print(os.get_inheritable(fd2))
fd3 = os.dup2(fd, fd2 + 1)
print(fd3 == fd2 + 1, os.get_inheritable(fd3))
for f in (fd, fd2, fd3):
    os.close(f)

# pipes
r, w = os.pipe()
print(os.get_inheritable(r), os.get_blocking(r))
os.set_blocking(r, False)
print(os.get_blocking(r))
try:
    os.read(r, 1)
except BlockingIOError as e:
    print(type(e).__name__, e.errno)
os.write(w, b'through the pipe')
print(os.read(r, 100))
os.close(w)
print(os.read(r, 100))
os.close(r)

# readv / writev
fd = os.open(path, os.O_RDWR | os.O_TRUNC)
print(os.writev(fd, [b'abc', b'defg', bytearray(b'h')]))
os.lseek(fd, 0, 0)
a, b = bytearray(3), bytearray(10)
print(os.readv(fd, [a, b]), a, b)
os.close(fd)

# rename, link, symlink, readlink, utime, chmod, truncate
os.rename(path, os.path.join(base, 'renamed.bin'))
print(sorted(os.listdir(base)))
os.link(os.path.join(base, 'renamed.bin'), os.path.join(base, 'hard'))
print(os.stat(os.path.join(base, 'hard')).st_nlink)
os.symlink('renamed.bin', os.path.join(base, 'soft'))
print(os.readlink(os.path.join(base, 'soft')), os.readlink(os.fsencode(os.path.join(base, 'soft'))))
print(os.path.islink(os.path.join(base, 'soft')), os.lstat(os.path.join(base, 'soft')).st_size)
os.utime(os.path.join(base, 'hard'), (1_000_000_000, 1_500_000_000.25))
st = os.stat(os.path.join(base, 'hard'))
print(st.st_atime, st.st_mtime, st.st_mtime_ns)
os.utime(os.path.join(base, 'hard'), ns=(5, 1_234_567_890_123_456_789))
print(os.stat(os.path.join(base, 'hard')).st_mtime_ns)
os.chmod(os.path.join(base, 'hard'), 0o600)
print(oct(os.stat(os.path.join(base, 'hard')).st_mode))
os.truncate(os.path.join(base, 'hard'), 2)
print(os.stat(os.path.join(base, 'renamed.bin')).st_size)
print(os.access(os.path.join(base, 'hard'), os.R_OK), os.access(os.path.join(base, 'nope'), os.F_OK))

for name in os.listdir(base):
    os.unlink(os.path.join(base, name))
os.rmdir(base)
print(os.path.exists(base))
