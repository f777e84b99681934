# Connecting, executing with qmark and named parameters, fetching, and the cursor's
# description, rowcount and lastrowid, with CPython's errors for bad parameters.
import sqlite3

cx = sqlite3.connect(":memory:")
cu = cx.cursor()
print(cu.description, cu.rowcount, cu.lastrowid, cu.arraysize)
cu.execute("create table t(id integer primary key, name text, score real, data blob)")
print(cu.description, cu.rowcount)
cu.execute("insert into t(name, score, data) values (?, ?, ?)", ("ann", 1.5, b"\x00\x01"))
print(cu.rowcount, cu.lastrowid)
cu.executemany("insert into t(name, score) values (:n, :s)", [{"n": "bob", "s": 2}, {"n": "cy", "s": None}])
print(cu.rowcount, cu.lastrowid)
cu.executemany("insert into t(name) values (?)", iter([("dee",), ("ed",)]))
print(cu.rowcount)

cu.execute("select id, name, score, data from t order by id")
print([d[0] for d in cu.description])
print(cu.fetchone())
print(cu.fetchmany(2))
print(cu.fetchall())
print(cu.fetchone(), cu.fetchall(), cu.fetchmany())

cu.arraysize = 3
print(len(cu.execute("select * from t").fetchmany()))
print(list(cx.execute("select name from t where id > ? and name like ?", [2, "%"])))
print(cx.execute("select :a + :b", {"a": 1, "b": 2}).fetchone())
print(cx.execute("select ?, ?, ?, ?, ?", (None, 2**63 - 1, -1.25, "é€😀", bytearray(b"ba"))).fetchone())
print(cx.execute("select ?", (memoryview(b"mv"),)).fetchone())
print(cx.execute("update t set score = 0 where id < 3").rowcount)
print(cx.execute("delete from t where id = 99").rowcount)
print(cx.execute("select 1").rowcount)
print(cx.execute("").description, cx.execute("-- just a comment").fetchall())
print(cx.execute("select 1; -- trailing").fetchall())

def error(f, *args):
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__ + ":", e)

error(cx.execute, "select ?", (1, 2))
error(cx.execute, "select ?")
error(cx.execute, "select :a", {"b": 1})
error(cx.execute, "select :a", (1,))
error(cx.execute, "select ?", {"a": 1})
error(cx.execute, "select ?", 1)
error(cx.execute, "select ?", (object(),))
error(cx.execute, "select ?", (2**63,))
error(cx.execute, "select 1; select 2")
error(cx.execute, "select 1\0")
error(cx.execute, b"select 1")
error(cx.execute, "select \udc80")
error(cx.executemany, "select ?", [(1,)])
error(cx.executemany, "insert into t(name) values (?)", 42)
error(cx.execute, "select * from nosuchtable")
error(cx.execute, "insert into t(id) values (1)")
error(cx.execute, "selec 1")
try:
    cx.execute("insert into t(id) values (1)")
except sqlite3.IntegrityError as e:
    print(e.sqlite_errorcode, e.sqlite_errorname)
try:
    cx.execute("bogus")
except sqlite3.OperationalError as e:
    print(e.sqlite_errorcode, e.sqlite_errorname)

for v in (-1, 2**32, 1.5):
    error(setattr, cu, "arraysize", v)
error(cu.fetchmany, -1)

class Dict(dict):
    def __missing__(self, key):
        return key.upper()
print(cx.execute("select :x, :y", Dict(x=1)).fetchone())

print(sqlite3.complete_statement("select 1;"), sqlite3.complete_statement("select 1"))
print(cx.execute("select count(*) from t").fetchone()[0])
cu.close()
error(cu.execute, "select 1")
error(cu.fetchone)
cx.close()
cx.close()
error(cx.execute, "select 1")
error(cx.cursor)
error(cx.commit)
error(lambda: cx.in_transaction)
error(lambda: cx.total_changes)
print(sqlite3.paramstyle, sqlite3.apilevel, sqlite3.PARSE_DECLTYPES, sqlite3.PARSE_COLNAMES)
