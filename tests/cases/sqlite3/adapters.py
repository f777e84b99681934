# Adapters and converters: register_adapter/register_converter, __conform__, adapt(),
# and PARSE_DECLTYPES / PARSE_COLNAMES.
import sqlite3

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

def adapt_point(p):
    return f"{p.x};{p.y}"

def convert_point(b):
    x, y = map(float, b.split(b";"))
    return Point(x, y)

sqlite3.register_adapter(Point, adapt_point)
sqlite3.register_converter("point", convert_point)
print("POINT" in sqlite3.converters, (Point, sqlite3.PrepareProtocol) in sqlite3.adapters)

cx = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES)
cx.execute("create table t(p point, n integer not null, q POINT(10))")
cx.execute("insert into t values (?, ?, ?)", (Point(1, 2), 3, Point(4, 5)))
print(cx.execute("select p, n, q from t").fetchone())
print(cx.execute("select p as \"p [integer]\" from t").fetchone())
cx.close()

cx = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_COLNAMES)
cx.execute("create table t(p)")
cx.execute("insert into t values (?)", (Point(1, 2),))
cu = cx.execute('select p as "p [point]", p as "raw" from t')
print(cu.fetchone(), [d[0] for d in cu.description])
print(cx.execute('select null as "n [point]"').fetchone())
cx.close()

class Conform:
    def __conform__(self, protocol):
        if protocol is sqlite3.PrepareProtocol:
            return "conformed"

cx = sqlite3.connect(":memory:")
print(cx.execute("select ?", (Conform(),)).fetchone())
print(sqlite3.adapt(Point(7, 8)))
print(sqlite3.adapt(42, sqlite3.PrepareProtocol, "alt"))
try:
    sqlite3.adapt(object())
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)

sqlite3.register_adapter(int, lambda i: i * 10)
print(cx.execute("select ?", (4,)).fetchone())
del sqlite3.adapters[(int, sqlite3.PrepareProtocol)]
print(cx.execute("select ?", (4,)).fetchone())

def bad_converter(b):
    raise ValueError("bad")
sqlite3.register_converter("bad", bad_converter)
cx.close()
cx = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_COLNAMES)
try:
    cx.execute('select 1 as "x [bad]"').fetchone()
except ValueError as e:
    print("ValueError:", e)
cx.close()
print(issubclass(sqlite3.IntegrityError, sqlite3.DatabaseError), sqlite3.Error.__mro__[1:])
print([c.__name__ for c in (sqlite3.Warning, sqlite3.InterfaceError, sqlite3.DataError, sqlite3.OperationalError,
                             sqlite3.InternalError, sqlite3.ProgrammingError, sqlite3.NotSupportedError)])
print(sqlite3.Error.__module__, sqlite3.Connection.__module__, sqlite3.Connection.__name__)

# The registries are the module's: leave them as they were.
del sqlite3.adapters[(Point, sqlite3.PrepareProtocol)]
del sqlite3.converters["POINT"], sqlite3.converters["BAD"]
print(len([k for k in sqlite3.converters if k in ("POINT", "BAD")]))
