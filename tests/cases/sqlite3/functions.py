# User-defined functions, aggregates, window functions and collations, with the errors
# CPython turns callback failures into.
import sqlite3

cx = sqlite3.connect(":memory:")
cx.execute("create table t(x)")
cx.executemany("insert into t values (?)", [(i,) for i in (4, 1, 3, 2, 5)])

cx.create_function("plus", 2, lambda a, b: a + b)
cx.create_function("types", -1, lambda *args: " ".join(type(a).__name__ for a in args))
cx.create_function("ret", 1, lambda v: v, deterministic=True)
print(cx.execute("select plus(1, 2), plus('a', 'b'), plus(1.5, 1)").fetchone())
print(cx.execute("select types(1, 1.0, 'x', x'00', null)").fetchone())
print(cx.execute("select ret(?), ret(?), ret(?), ret(?)", (None, b"b", "s", 2**40)).fetchone())

def boom():
    raise ValueError("boom")
cx.create_function("boom", 0, boom)
cx.create_function("huge", 0, lambda: 2**70)
cx.create_function("weird", 0, lambda: object())
for sql in ("select boom()", "select huge()", "select weird()", "select plus(1)"):
    try:
        cx.execute(sql).fetchone()
    except sqlite3.Error as e:
        print(type(e).__name__ + ":", e)

class Sum:
    def __init__(self):
        self.total = 0
    def step(self, v):
        self.total += v
    def finalize(self):
        return self.total

class BadStep(Sum):
    def step(self, v):
        1 / 0

class BadInit:
    def __init__(self):
        raise KeyError

class NoFinalize:
    def step(self, v):
        pass

cx.create_aggregate("mysum", 1, Sum)
cx.create_aggregate("badstep", 1, BadStep)
cx.create_aggregate("badinit", 1, BadInit)
cx.create_aggregate("nofinal", 1, NoFinalize)
print(cx.execute("select mysum(x) from t").fetchone())
print(cx.execute("select mysum(x) from t where x > 100").fetchone())
for sql in ("select badstep(x) from t", "select badinit(x) from t"):
    try:
        cx.execute(sql).fetchone()
    except sqlite3.OperationalError as e:
        print("OperationalError:", e)
try:
    cx.execute("select nofinal(x) from t").fetchone()
except sqlite3.OperationalError as e:
    print("OperationalError:", e)

class Window:
    def __init__(self):
        self.value = 0
    def step(self, v):
        self.value += v
    def inverse(self, v):
        self.value -= v
    def value(self):
        return self.value
    def finalize(self):
        return self.value

class WindowSum:
    def __init__(self):
        self.n = 0
    def step(self, v):
        self.n += v
    def inverse(self, v):
        self.n -= v
    def value(self):
        return self.n
    def finalize(self):
        return self.n

cx.create_window_function("winsum", 1, WindowSum)
print(cx.execute("""select x, winsum(x) over (order by x rows between 1 preceding and 1 following)
                    from t order by x""").fetchall())
cx.create_window_function("winsum", 1, None)
try:
    cx.execute("select winsum(x) over () from t")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)

cx.create_collation("reverse", lambda a, b: (a < b) - (a > b))
cx.execute("create table s(v text)")
cx.executemany("insert into s values (?)", [("a",), ("c",), ("b",)])
print(cx.execute("select v from s order by v collate reverse").fetchall())
cx.create_collation("reverse", None)
try:
    cx.execute("select v from s order by v collate reverse")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
try:
    cx.create_collation("x", 42)
except TypeError as e:
    print("TypeError:", e)
for bad in (-2, 10000):
    try:
        cx.create_function("f", bad, lambda: 1)
    except sqlite3.ProgrammingError as e:
        print("ProgrammingError:", str(e).split(" and ")[0])

traced = []
cx.set_trace_callback(traced.append)
cx.execute("select ?", (7,))
cx.set_trace_callback(None)
cx.execute("select 8")
print(traced)

calls = []
def progress():
    calls.append(1)
    return 1
cx.set_progress_handler(progress, 1)
try:
    cx.execute("select count(*) from t a, t b")
except sqlite3.OperationalError as e:
    print("OperationalError:", e, bool(calls))
cx.set_progress_handler(None, 1)

def authorizer(action, arg1, arg2, dbname, source):
    if action == sqlite3.SQLITE_READ and arg2 == "x":
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK
cx.set_authorizer(authorizer)
try:
    cx.execute("select x from t")
except sqlite3.DatabaseError as e:
    print(type(e).__name__ + ":", e)
cx.set_authorizer(None)
print(cx.execute("select count(x) from t").fetchone())
cx.close()
