# Transaction control: legacy mode (implicit BEGIN before DML, isolation_level), 3.12's
# autocommit attribute, commit/rollback, the context manager and executescript.
import sqlite3

cx = sqlite3.connect(":memory:")
print(repr(cx.isolation_level), cx.autocommit == sqlite3.LEGACY_TRANSACTION_CONTROL, cx.in_transaction)
cx.execute("create table t(x)")
print(cx.in_transaction)
cx.execute("insert into t values (1)")
print(cx.in_transaction)
cx.rollback()
print(cx.in_transaction, cx.execute("select count(*) from t").fetchone())
cx.execute("insert into t values (2)")
cx.commit()
print(cx.in_transaction, cx.execute("select count(*) from t").fetchone())
cx.execute("select * from t")
print(cx.in_transaction)

for level in ("deferred", "Immediate", "EXCLUSIVE", ""):
    cx.isolation_level = level
    print(repr(cx.isolation_level))
for bad in ("serializable", 1, "a\0"):
    try:
        cx.isolation_level = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    del cx.isolation_level
except AttributeError as e:
    print("AttributeError:", e)

cx.isolation_level = None
cx.execute("insert into t values (3)")
print(cx.in_transaction)
cx.execute("begin")
cx.execute("insert into t values (4)")
print(cx.in_transaction)
cx.isolation_level = ""
print(cx.in_transaction)

with cx:
    cx.execute("insert into t values (5)")
print(cx.in_transaction)
try:
    with cx:
        cx.execute("insert into t values (6)")
        raise RuntimeError("undo")
except RuntimeError:
    pass
print(cx.execute("select x from t order by x").fetchall())

cx.execute("insert into t values (7)")
cx.executescript("insert into t values (8); insert into t values (9);")
print(cx.in_transaction)
cx.rollback()
print(cx.execute("select count(*) from t").fetchone())
cx.close()

cx = sqlite3.connect(":memory:", autocommit=False)
print(cx.autocommit, cx.in_transaction)
cx.execute("create table t(x)")
cx.commit()
print(cx.in_transaction)
cx.execute("insert into t values (1)")
cx.rollback()
print(cx.execute("select count(*) from t").fetchone(), cx.in_transaction)
cx.autocommit = True
print(cx.autocommit, cx.in_transaction)
cx.execute("insert into t values (2)")
print(cx.in_transaction)
cx.autocommit = False
print(cx.in_transaction)
for bad in (1, None, "yes"):
    try:
        cx.autocommit = bad
    except ValueError as e:
        print("ValueError:", e)
try:
    sqlite3.connect(":memory:", autocommit=2)
except ValueError as e:
    print("ValueError:", e)
cx.close()

cx = sqlite3.connect(":memory:", isolation_level=None)
print(cx.isolation_level)
cx.execute("create table t(x)")
cx.execute("insert into t values (1)")
print(cx.in_transaction)
cx.close()
