# zoneinfo.ZoneInfo's errors: bad arguments, bad keys, bad TZif data and TZ strings,
# fromutc's checks, the read-only key, and zones from files that cannot be pickled.
import io
import os
import pickle
import struct
import tempfile
import zoneinfo
from datetime import datetime, timezone

ZI = zoneinfo.ZoneInfo


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "ok", r if isinstance(r, (str, int, type(None))) else type(r).__name__)


def tzstr_file(tzstr, version=b"3"):
    """A TZif file with no transitions, only the TZ string footer."""
    head = (b"TZif" + version + b" " * 15 + struct.pack(">6l", 0, 0, 0, 0, 0, 0)) * 2
    return io.BytesIO(head + b"\n" + tzstr + b"\n")


root = tempfile.mkdtemp()
os.makedirs(os.path.join(root, "Bad"))
with open(os.path.join(root, "Bad", "Magic"), "wb") as f:
    f.write(b"TZjf" + b"\0" * 60)
with open(os.path.join(root, "Bad", "Empty"), "wb") as f:
    pass
zoneinfo.reset_tzpath([root])

attempt("no args", lambda: ZI())
attempt("two args", lambda: ZI(1, 2))
attempt("two keywords", lambda: ZI(key=1, x=2))
attempt("bad keyword", lambda: ZI(name="UTC"))
attempt("int key", lambda: ZI(1))
attempt("escaping key", lambda: ZI("../etc/passwd"))
attempt("absolute key", lambda: ZI("/etc/localtime"))
attempt("empty key", lambda: ZI(""))
attempt("unnormalized key", lambda: ZI("Bad/../Bad/Magic"))
attempt("bad magic", lambda: ZI("Bad/Magic"))
attempt("empty file", lambda: ZI("Bad/Empty"))
attempt("missing key", lambda: isinstance(ZI.no_cache("Nowhere/Zone"), ZI))
try:
    ZI("Nowhere/Zone")
except zoneinfo.ZoneInfoNotFoundError as e:
    print("not found", isinstance(e, KeyError))

attempt("from_file no args", lambda: ZI.from_file())
attempt("from_file three args", lambda: ZI.from_file(io.BytesIO(), 1, 2))
attempt("from_file by keyword", lambda: ZI.from_file(fobj=io.BytesIO()))
attempt("from_file int", lambda: ZI.from_file(1))
attempt("from_file short", lambda: ZI.from_file(io.BytesIO(b"TZif2")))
attempt("no_cache no args", lambda: ZI.no_cache())
attempt("clear_cache positional", lambda: ZI.clear_cache(["a"]))
attempt("clear_cache int", lambda: ZI.clear_cache(only_keys=5))
attempt("clear_cache none", lambda: ZI.clear_cache(only_keys=None))
attempt("_unpickle no args", lambda: ZI._unpickle())
attempt("_unpickle three args", lambda: ZI._unpickle(1, 2, 3))
attempt("_unpickle keywords", lambda: ZI._unpickle(key="UTC", from_cache=1))
attempt("_unpickle str flag", lambda: ZI._unpickle("UTC", "x"))

for tzstr in [b"UTC0", b"<+0330>-3:30", b"AAA4BBB,J60/2,J300/2", b"AAA-24:59:59BBB5,J60/2,J300/2",
              b"AAA4BBB,J60/-167:59:59,J300/2", b"PST8PDT", b"+11", b"GMT,M3.2.0/2,M11.1.0/3",
              b"GMT0+11,M3.2.0/2,M11.1.0/3", b"PST8PDT,M3.2.0/2", b"AAA168", b"AAA4:0BBB,J60/2,J300/2",
              b"AAA4BBB5:00:0,J60/2,J300/2", b"AAA4BBB,M13.1.1/2,M1.1.1/2", b"AAA4BBB,M1.6.1/2,M1.1.1/2",
              b"AAA4BBB,M1.1.7/2,M2.1.1/2", b"AAA4BBB,J0/2,J20/2", b"AAA4BBB,1/2,367/2", b"AAA4BBB,J60/168,J300/2",
              b"AAA4BBB,J60/2,J300/2/3", b"AAA4BBB,J60/2,J300/2:100", b"<AA", b"<A*A>5", b"AAA4BBB,,J300/2"]:
    attempt(tzstr.decode(), lambda: ZI.from_file(tzstr_file(tzstr), key=tzstr.decode()).key)
attempt("no ttinfos", lambda: ZI.from_file(tzstr_file(b"", b"2")))
attempt("v1 no ttinfos", lambda: ZI.from_file(tzstr_file(b"", b"\0")))

z = ZI.from_file(tzstr_file(b"EST5EDT,M3.2.0,M11.1.0"), key="Test/Key")
attempt("fromutc int", lambda: z.fromutc(1))
attempt("fromutc naive", lambda: z.fromutc(datetime(2020, 1, 1)))
attempt("fromutc other tz", lambda: z.fromutc(datetime(2020, 1, 1, tzinfo=timezone.utc)))
attempt("fromutc no args", lambda: z.fromutc())
attempt("utcoffset no args", lambda: z.utcoffset())
attempt("utcoffset two args", lambda: z.utcoffset(1, 2))
attempt("utcoffset keyword", lambda: z.utcoffset(dt=None))
attempt("dst int", lambda: z.dst(1))
attempt("tzname str", lambda: z.tzname("x"))
attempt("reduce args", lambda: z.__reduce__(1))
attempt("set key", lambda: setattr(z, "key", "x"))
attempt("del key", lambda: delattr(z, "key"))
attempt("set attr", lambda: setattr(z, "foo", 1))
attempt("class attr", lambda: setattr(ZI, "foo", 1))
attempt("pickle file zone", lambda: pickle.dumps(z))
attempt("reduce file zone", lambda: z.__reduce__())
