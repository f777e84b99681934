# reference: python3
# OSError subclasses, errno, strerror, filename(s) and messages from failing os calls;
# TypeError/ValueError for bad arguments.
import os, errno

base = '/tmp/sharpy_case_errors_%d' % os.getpid()
os.mkdir(base)
cwd = os.getcwd()
os.chdir(base)

def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except OSError as e:
        print(label, type(e).__name__, e.errno, errno.errorcode.get(e.errno), repr(e.strerror), repr(e.filename), repr(e.filename2))
        print('   ', e)
        print('   ', e.args)
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)
    else:
        print(label, 'ok', r)

attempt('stat missing', os.stat, 'missing')
attempt('stat bytes', os.stat, b'missing')
attempt('lstat missing', os.lstat, 'missing/x')
attempt('open missing', os.open, 'missing', os.O_RDONLY)
attempt('listdir missing', os.listdir, 'missing')
attempt('scandir missing', os.scandir, 'missing')
attempt('rmdir missing', os.rmdir, 'missing')
attempt('unlink missing', os.unlink, 'missing')
attempt('remove missing', os.remove, 'missing')
attempt('chdir missing', os.chdir, 'missing')
attempt('readlink missing', os.readlink, 'missing')
attempt('rename missing', os.rename, 'missing', 'other')
attempt('replace missing', os.replace, 'missing', 'other')
attempt('link missing', os.link, 'missing', 'other')
attempt('chmod missing', os.chmod, 'missing', 0o644)

os.mkdir('adir')
fd = os.open('afile', os.O_WRONLY | os.O_CREAT)
os.close(fd)
os.mkdir('full')
os.close(os.open('full/inside', os.O_WRONLY | os.O_CREAT))

attempt('open dir for writing', os.open, 'adir', os.O_WRONLY)
attempt('mkdir existing', os.mkdir, 'adir')
attempt('mkdir over file', os.mkdir, 'afile')
attempt('rmdir file', os.rmdir, 'afile')
attempt('rmdir not empty', os.rmdir, 'full')
attempt('unlink dir', os.unlink, 'adir')
attempt('listdir file', os.listdir, 'afile')
attempt('file as dir', os.stat, 'afile/x')
attempt('rename dir over file', os.rename, 'adir', 'afile')
attempt('symlink existing', os.symlink, 'afile', 'adir')
attempt('readlink not link', os.readlink, 'afile')
attempt('O_EXCL', os.open, 'afile', os.O_WRONLY | os.O_CREAT | os.O_EXCL)

attempt('read bad fd', os.read, 9999, 1)
attempt('write bad fd', os.write, 9999, b'x')
attempt('close bad fd', os.close, 9999)
attempt('fstat bad fd', os.fstat, 9999)
attempt('lseek bad fd', os.lseek, 9999, 0, 0)
attempt('dup bad fd', os.dup, 9999)
attempt('read negative', os.read, 0, -1)
attempt('fsync negative', os.fsync, -1)

attempt('bad path type', os.stat, 3.5)
attempt('bad path type listdir', os.listdir, [])
attempt('bad fd type', os.read, 'x', 1)
attempt('fspath', os.fspath, 42)
attempt('mixed rename', os.rename, 'missing', b'other')
attempt('strerror', os.strerror, errno.ENOENT)
attempt('strerror EACCES', os.strerror, errno.EACCES)

e = OSError(errno.ENOENT, 'No such file or directory', 'x')
print(type(e).__name__, e)
e = OSError(errno.EEXIST, os.strerror(errno.EEXIST), 'a', None, 'b')
print(type(e).__name__, e, e.args)

for name in ('full/inside', 'afile'):
    os.unlink(name)
for name in ('full', 'adir'):
    os.rmdir(name)
os.chdir(cwd)
os.rmdir(base)
