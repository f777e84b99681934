# A database file in a temporary directory: reopening it, uri=, backup(), blobs, serialize,
# iterdump, and a connection dropped without close() releasing the file.
import os
import sqlite3
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "test.db")
    cx = sqlite3.connect(path)
    cx.execute("create table t(id integer primary key, b blob, s text)")
    cx.execute("insert into t(b, s) values (zeroblob(10), 'it''s')")
    cx.commit()
    cx.close()
    print(os.path.exists(path))

    cx = sqlite3.connect(path)
    print(cx.execute("select id, length(b), s from t").fetchall())
    del cx  # closes the database

    ro = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        ro.execute("insert into t(s) values ('x')")
    except sqlite3.OperationalError as e:
        print("OperationalError:", e)
    ro.close()

    cx = sqlite3.connect(path)
    with cx.blobopen("t", "b", 1) as blob:
        print(len(blob), blob.tell())
        blob.write(b"hello")
        print(blob.tell(), blob[0], blob[:5], blob[-1], blob[0:5:2])
        blob.seek(0)
        print(blob.read(3), blob.read(), blob.read())
        blob[9] = 33
        blob[5:9] = b"WXYZ"
        blob.seek(-3, os.SEEK_END)
        print(blob.read())
        for f in (lambda: blob.write(b"x"), lambda: blob.seek(11), lambda: blob[10],
                  lambda: blob.__setitem__(0, 256), lambda: blob.__delitem__(0), lambda: blob["a"]):
            try:
                f()
            except Exception as e:
                print(type(e).__name__ + ":", e)
    try:
        blob.read()
    except sqlite3.ProgrammingError as e:
        print("ProgrammingError:", e)
    print(cx.execute("select b from t").fetchone())
    cx.commit()

    mem = sqlite3.connect(":memory:")
    pages = []
    cx.backup(mem, pages=1, progress=lambda status, remaining, total: pages.append(remaining))
    print(mem.execute("select s from t").fetchall(), pages[-1])
    for line in mem.iterdump():
        print(line)
    data = mem.serialize()
    other = sqlite3.connect(":memory:")
    other.deserialize(data)
    print(other.execute("select count(*) from t").fetchone())
    try:
        cx.backup(cx)
    except ValueError as e:
        print("ValueError:", e)
    for c in (mem, other, cx):
        c.close()
    try:
        cx.blobopen("t", "b", 1)
    except sqlite3.ProgrammingError as e:
        print("ProgrammingError:", e)

try:
    sqlite3.connect(os.path.join(tempfile.gettempdir(), "no", "such", "dir", "x.db"))
except sqlite3.OperationalError as e:
    print("OperationalError:", e, e.sqlite_errorname)
