# sqlite3.Row: indexing by position, by name ignoring ASCII case, slices, keys(),
# equality and hashing, and row_factory/text_factory on connections and cursors.
import sqlite3

cx = sqlite3.connect(":memory:")
cx.row_factory = sqlite3.Row
r = cx.execute("select 1 as a, 'x' as Bee, null as c").fetchone()
print(type(r).__name__, len(r), tuple(r), r.keys())
print(r[0], r[-1], r["a"], r["A"], r["bee"], r["BEE"], r[1:], r[::-1])
for key in ("d", 3, -4, 1.5, None):
    try:
        r[key]
    except Exception as e:
        print(type(e).__name__ + ":", e)
r2 = cx.execute("select 1 as a, 'x' as Bee, null as c").fetchone()
r3 = cx.execute("select 1 as a, 'y' as Bee, null as c").fetchone()
print(r == r2, r != r2, r == r3, hash(r) == hash(r2), r == (1, "x", None))
try:
    r < r2
except TypeError as e:
    print("TypeError:", e)
print(list(map(dict, cx.execute("select 1 as one, 2 as two union select 3, 4"))))

cu = cx.cursor()
print(cu.row_factory is sqlite3.Row)
cu.row_factory = lambda cursor, row: {d[0]: v for d, v in zip(cursor.description, row)}
print(cu.execute("select 5 as five").fetchone())
cx.row_factory = None
print(cx.execute("select 1, 2").fetchone())

cx.text_factory = bytes
print(cx.execute("select 'text'").fetchone())
cx.text_factory = bytearray
print(cx.execute("select 'text'").fetchone())
cx.text_factory = lambda b: b.decode().upper()
print(cx.execute("select 'text'").fetchone())
cx.text_factory = str
print(cx.execute("select 'text'").fetchone())
try:
    cx.execute("select cast(x'ff' as text)").fetchone()
except sqlite3.OperationalError as e:
    print("OperationalError:", e)

for args in [(1, (1,)), (cx.cursor(), [1])]:
    try:
        sqlite3.Row(*args)
    except TypeError as e:
        print("TypeError:", e)
print(sqlite3.Row(cx.cursor(), (1, 2)).keys())
cx.close()
