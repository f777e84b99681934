# reference: python3
# Directory walks: os.walk (top-down, bottom-up), os.fwalk, scandir and DirEntry, listdir
# with str, bytes and fd arguments, symlinks to files and directories.
import os

base = '/tmp/sharpy_case_walk_%d' % os.getpid()

def touch(path, data=b''):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.write(fd, data)
    os.close(fd)

os.makedirs(os.path.join(base, 'a', 'b', 'c'))
os.makedirs(os.path.join(base, 'd'))
touch(os.path.join(base, 'top.txt'), b'top')
touch(os.path.join(base, 'a', 'one.txt'), b'1')
touch(os.path.join(base, 'a', 'b', 'two.txt'), b'22')
touch(os.path.join(base, 'a', 'b', 'c', 'three.txt'), b'333')
os.symlink('a', os.path.join(base, 'link_to_a'))
os.symlink('top.txt', os.path.join(base, 'link_to_top'))
os.symlink('nowhere', os.path.join(base, 'dangling'))

def rel(p):
    return os.path.relpath(p, base)

print('walk top-down')
for root, dirs, files in os.walk(base):
    dirs.sort()
    print(' ', rel(root), dirs, sorted(files))

print('walk bottom-up')
for root, dirs, files in os.walk(base, topdown=False):
    print(' ', rel(root), sorted(dirs), sorted(files))

print('walk following links')
for root, dirs, files in os.walk(base, followlinks=True):
    dirs.sort()
    print(' ', rel(root), dirs, sorted(files))

print('walk pruned')
for root, dirs, files in os.walk(base):
    dirs[:] = [d for d in sorted(dirs) if d != 'b']
    print(' ', rel(root), dirs, sorted(files))

print('fwalk')
for root, dirs, files, rootfd in os.fwalk(base):
    dirs.sort()
    print(' ', rel(root), dirs, sorted(files), type(rootfd).__name__)

print('scandir')
with os.scandir(base) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    st = e.stat(follow_symlinks=False)
    print(' ', repr(e), e.name, rel(e.path), e.is_dir(), e.is_file(), e.is_symlink(),
          e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False),
          e.inode() == st.st_ino, os.fspath(e) == e.path)
top = [e for e in entries if e.name == 'top.txt'][0]
print(top.stat().st_size, top.stat() is top.stat(), top.stat(follow_symlinks=False) is top.stat())
dangling = [e for e in entries if e.name == 'dangling'][0]
try:
    dangling.stat()
except FileNotFoundError as exc:
    print('dangling', exc.errno, rel(exc.filename))
print(dangling.is_file(), dangling.is_symlink())

print('scandir bytes', sorted(e.name for e in os.scandir(os.fsencode(base))))
print('scandir bytes path', sorted(e.path for e in os.scandir(os.fsencode(base)))[0] == os.fsencode(os.path.join(base, 'a')))
print('listdir', sorted(os.listdir(base)))
print('listdir bytes', sorted(os.listdir(os.fsencode(base))))
fd = os.open(base, os.O_RDONLY)
print('listdir fd', sorted(os.listdir(fd)))
print('scandir fd', sorted((e.name, e.path, e.is_dir()) for e in os.scandir(fd)))
print('stat dir_fd', os.stat('top.txt', dir_fd=fd).st_size, os.stat('link_to_top', dir_fd=fd, follow_symlinks=False).st_size)
os.close(fd)
cwd = os.getcwd()
os.chdir(base)
print('listdir default', sorted(os.listdir()) == sorted(os.listdir('.')))
print('scandir default', sorted(e.path for e in os.scandir())[:2])
os.chdir(cwd)

it = os.scandir(base)
next(it)
it.close()
print(list(it))

for root, dirs, files in os.walk(base, topdown=False):
    for f in files:
        os.unlink(os.path.join(root, f))
    for d in dirs:
        p = os.path.join(root, d)
        if os.path.islink(p):
            os.unlink(p)
        else:
            os.rmdir(p)
os.rmdir(base)
print(os.path.exists(base))
