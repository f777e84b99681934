# zoneinfo.ZoneInfo (the C _zoneinfo) on TZif files written here: offsets, abbreviations and
# DST across transitions and the TZ-string rule after them, gaps and folds, fromutc, the
# caches, subclasses, from_file, pickling and fixed offsets.
import io
import os
import pickle
import struct
import tempfile
import zoneinfo
from datetime import datetime, time, timedelta, timezone


def tzif(version, transitions, ttinfos, footer=b""):
    """A TZif file: transitions are (utc_seconds, ttinfo_index), ttinfos (utoff, isdst, abbr)."""
    abbrs = b""
    abbr_idx = []
    for _, _, name in ttinfos:
        a = name.encode() + b"\0"
        pos = abbrs.find(a)
        if pos < 0:
            pos = len(abbrs)
            abbrs += a
        abbr_idx.append(pos)

    def block(fmt):
        out = b"TZif" + version + b"\0" * 15
        out += struct.pack(">6l", 0, 0, 0, len(transitions), len(ttinfos), len(abbrs))
        out += b"".join(struct.pack(">" + fmt, t) for t, _ in transitions)
        out += bytes(i for _, i in transitions)
        out += b"".join(struct.pack(">lbb", off, dst, ai) for (off, dst, _), ai in zip(ttinfos, abbr_idx))
        return out + abbrs

    if version == b"\0":
        return block("l")
    return block("l") + block("q") + b"\n" + footer + b"\n"


NY = tzif(b"2", [(0, 1), (1583650800, 2), (1604210400, 1)],
          [(-17762, 0, "LMT"), (-18000, 0, "EST"), (-14400, 1, "EDT")], b"EST5EDT,M3.2.0,M11.1.0")
DUBLIN = tzif(b"3", [], [(0, 0, "GMT")], b"IST-1GMT0,M10.5.0,M3.5.0/1")
FIXED = tzif(b"2", [], [(19800, 0, "IST")], b"IST-5:30")
V1 = tzif(b"\0", [(0, 1), (100000000, 2)], [(3600, 0, "AAA"), (7200, 0, "BBB"), (10800, 1, "CCC")])
HOWE = tzif(b"2", [], [(37800, 0, "+1030")], b"<+1030>-10:30<+11>-11,M10.1.0,M4.1.0")

root = tempfile.mkdtemp()
for key, data in [("Test/NY", NY), ("Test/Dublin", DUBLIN), ("Test/Fixed", FIXED), ("Test/V1", V1), ("Test/Howe", HOWE)]:
    os.makedirs(os.path.join(root, os.path.dirname(key)), exist_ok=True)
    with open(os.path.join(root, key), "wb") as f:
        f.write(data)
zoneinfo.reset_tzpath([root])
print(zoneinfo.TZPATH == (root,))
print(sorted(zoneinfo.available_timezones()))


def show(dt):
    print(dt.isoformat(), dt.fold, dt.tzname(), dt.utcoffset(), dt.dst())


ny = zoneinfo.ZoneInfo("Test/NY")
print(str(ny), repr(ny), ny.key)
print(isinstance(ny, zoneinfo.ZoneInfo), issubclass(zoneinfo.ZoneInfo, __import__("datetime").tzinfo))
print(zoneinfo.ZoneInfo.__name__, zoneinfo.ZoneInfo.__qualname__, zoneinfo.ZoneInfo.__module__)
for args in [(1960, 6, 1, 12), (1970, 1, 1, 0), (2020, 3, 8, 1, 59), (2020, 3, 8, 2, 30), (2020, 3, 8, 3, 0),
             (2020, 7, 1), (2020, 11, 1, 0, 59), (2020, 11, 1, 1, 30), (2020, 11, 1, 2, 0),
             (2021, 3, 14, 2, 30), (2021, 11, 7, 1, 30), (2030, 7, 1), (2030, 12, 25)]:
    dt = datetime(*args, tzinfo=ny)
    show(dt)
    show(dt.replace(fold=1))

print("fromutc")
for args in [(2020, 3, 8, 6, 59), (2020, 3, 8, 7, 0), (2020, 11, 1, 5, 30), (2020, 11, 1, 6, 30), (2020, 11, 1, 7, 0),
             (2021, 11, 7, 5, 30), (2021, 11, 7, 6, 30), (2035, 6, 1, 12), (1969, 12, 31, 12)]:
    u = datetime(*args, tzinfo=timezone.utc)
    show(u.astimezone(ny))
    print(ny.fromutc(u.replace(tzinfo=ny)).isoformat())

print("negative DST")
dub = zoneinfo.ZoneInfo("Test/Dublin")
for args in [(2020, 1, 15), (2020, 7, 15), (2020, 3, 29, 1, 30), (2020, 10, 25, 1, 30)]:
    show(datetime(*args, tzinfo=dub))
    show(datetime(*args, fold=1, tzinfo=dub))
show(datetime(2020, 10, 25, 0, 30, tzinfo=timezone.utc).astimezone(dub))
show(datetime(2020, 10, 25, 1, 30, tzinfo=timezone.utc).astimezone(dub))

print("half hours")
howe = zoneinfo.ZoneInfo("Test/Howe")
for args in [(2020, 1, 1), (2020, 7, 1), (2020, 4, 5, 1, 45), (2020, 10, 4, 2, 15)]:
    show(datetime(*args, tzinfo=howe))
    show(datetime(*args, fold=1, tzinfo=howe))

print("fixed and v1")
fixed = zoneinfo.ZoneInfo("Test/Fixed")
show(datetime(2000, 1, 1, tzinfo=fixed))
t = time(12, tzinfo=fixed)
print(t.utcoffset(), t.tzname(), t.dst())
t = time(12, tzinfo=ny)
print(t.utcoffset(), t.tzname(), t.dst())
print(fixed.utcoffset(None), ny.utcoffset(None), ny.tzname(None))
v1 = zoneinfo.ZoneInfo("Test/V1")
for args in [(1960, 1, 1), (1971, 1, 1), (1975, 1, 1), (2100, 1, 1)]:
    show(datetime(*args, tzinfo=v1))

print("caches")
print(zoneinfo.ZoneInfo("Test/NY") is ny)
nc = zoneinfo.ZoneInfo.no_cache("Test/NY")
print(nc is ny, nc == ny, str(nc), repr(nc))
zoneinfo.ZoneInfo.clear_cache(only_keys=["Test/Fixed"])
print(zoneinfo.ZoneInfo("Test/NY") is ny, zoneinfo.ZoneInfo("Test/Fixed") is fixed)
zoneinfo.ZoneInfo.clear_cache()
print(zoneinfo.ZoneInfo("Test/NY") is ny)
ny = zoneinfo.ZoneInfo("Test/NY")
print(zoneinfo.ZoneInfo(key="Test/NY") is ny)


class MyZone(zoneinfo.ZoneInfo):
    pass


sub = MyZone("Test/NY")
print(repr(sub), str(sub), type(sub).__name__, sub is MyZone("Test/NY"), sub is ny)
print(type(MyZone._weak_cache).__name__, "_weak_cache" in vars(zoneinfo.ZoneInfo))
show(datetime(2020, 7, 1, tzinfo=sub))
sub.extra = 1
print(sub.extra)
MyZone.clear_cache()
print(MyZone("Test/NY") is sub)

print("from_file")


class NamedBytes(io.BytesIO):
    def __repr__(self):
        return "<NY bytes>"


ff = zoneinfo.ZoneInfo.from_file(NamedBytes(NY))
print(str(ff), repr(ff), ff.key)
show(datetime(2020, 7, 1, tzinfo=ff))
ffk = zoneinfo.ZoneInfo.from_file(NamedBytes(NY), key="Some/Key")
print(str(ffk), repr(ffk), ffk.key, ffk is zoneinfo.ZoneInfo.from_file(NamedBytes(NY), key="Some/Key"))
ffs = MyZone.from_file(NamedBytes(DUBLIN), key="Sub/Key")
print(repr(ffs), type(ffs).__name__)

print("pickle")
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(proto, pickle.loads(pickle.dumps(ny, proto)) is ny, pickle.loads(pickle.dumps(nc, proto)) is nc,
          repr(pickle.loads(pickle.dumps(nc, proto))))
red = ny.__reduce__()
print(red[0].__name__, red[1])
print(nc.__reduce__()[1])
print(zoneinfo.ZoneInfo._unpickle("Test/NY", 1) is ny, zoneinfo.ZoneInfo._unpickle("Test/NY", 0) is ny)
print(zoneinfo.ZoneInfo._unpickle("Test/NY", 256) is ny)
