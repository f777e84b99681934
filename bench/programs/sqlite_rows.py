# sqlite3: insert a million rows into an in-memory database and select them back (issue 11's sqlite speed item).
import sqlite3
con = sqlite3.connect(":memory:")
con.execute("create table t (id integer primary key, name text, value real)")
con.executemany("insert into t values (?, ?, ?)", ((i, "name%d" % i, i * 0.5) for i in range(1000000)))
con.commit()
n = 0
total = 0.0
for row in con.execute("select id, name, value from t where id % 2 = 0"):
    n += 1
    total += row[2]
count, = con.execute("select count(*) from t where name like 'name9%'").fetchone()
rows = con.execute("select * from t order by value desc limit 3").fetchall()
print(n, total, count, rows)
