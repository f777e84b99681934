# gzip, zipfile (each method), tarfile (plain, gz, bz2, xz) and shutil.make_archive /
# unpack_archive end to end on the compression modules.
import gzip, io, os, shutil, tarfile, tempfile, zipfile

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, "src")
os.makedirs(os.path.join(src, "sub"))
files = {"a.txt": b"alpha\n" * 100, "sub/b.bin": bytes(range(256)) * 40, "empty": b""}
for name, content in files.items():
    with open(os.path.join(src, name), "wb") as f:
        f.write(content)

print(gzip.compress(b"abc", mtime=0).hex())
print(gzip.decompress(gzip.compress(b"one", mtime=0) + gzip.compress(b"two", mtime=0)))
p = os.path.join(tmp, "x.gz")
with gzip.open(p, "wt", encoding="utf-8") as f:
    f.write("line\n" * 1000)
with gzip.open(p, "rt", encoding="utf-8") as f:
    lines = f.readlines()
with gzip.open(p) as f:
    f.seek(4000)
    print(len(lines), f.read(10))
try:
    gzip.decompress(b"not gzip data at all")
except gzip.BadGzipFile as e:
    print(e)

for method in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=method) as z:
        z.write(os.path.join(src, "a.txt"), "a.txt")
        z.writestr("sub/b.bin", files["sub/b.bin"])
        with z.open("streamed.txt", "w") as w:
            w.write(b"written in pieces " * 50)
    with zipfile.ZipFile(buf) as z:
        print(method, z.namelist(), z.testzip(), [i.compress_type for i in z.infolist()],
              z.read("a.txt") == files["a.txt"], z.read("sub/b.bin") == files["sub/b.bin"], len(z.read("streamed.txt")))

for mode in ("w", "w:gz", "w:bz2", "w:xz"):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=mode) as t:
        t.add(src, arcname="src")
    buf.seek(0)
    with tarfile.open(fileobj=buf, mode="r:*") as t:
        print(mode, sorted(t.getnames()), t.extractfile("src/sub/b.bin").read() == files["sub/b.bin"])

for fmt in ("zip", "tar", "gztar", "bztar", "xztar"):
    arc = shutil.make_archive(os.path.join(tmp, "arch_" + fmt), fmt, root_dir=src)
    out = os.path.join(tmp, "out_" + fmt)
    shutil.unpack_archive(arc, out)
    got = {name: open(os.path.join(out, name), "rb").read() for name in files}
    print(fmt, os.path.basename(arc), sorted(os.listdir(out)), got == files)
shutil.rmtree(tmp)
