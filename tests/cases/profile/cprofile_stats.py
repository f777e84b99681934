# cProfile's Profile: call counts, recursion, callers and callees, and how builtins are labelled.
import cProfile
import pstats
import io


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def gen(n):
    for i in range(n):
        yield i


def work():
    items = []
    for i in range(4):
        items.append(len(str(fib(6))))
    total = sum(gen(5))
    d = {}
    d.setdefault("k", []).append(total)
    sorted(items, key=abs)
    return items, total


def name(code):
    return code if isinstance(code, str) else f"{code.co_name}:{code.co_firstlineno}"


p = cProfile.Profile()
result = p.runcall(work)
print(result)
stats = p.getstats()
print(type(stats).__name__, type(stats[0]).__name__)
for e in sorted(stats, key=lambda e: name(e.code)):
    calls = None if e.calls is None else sorted((name(s.code), s.callcount, s.reccallcount) for s in e.calls)
    print(name(e.code), e.callcount, e.reccallcount, calls)
    assert e.totaltime >= 0 and e.inlinetime >= 0 and e.inlinetime <= e.totaltime + 1e-6

# pstats reads the same data.
p.create_stats()
for func, (cc, nc, tt, ct, callers) in sorted(p.stats.items(), key=lambda kv: (kv[0][0] != __file__, kv[0][2], kv[0][1])):
    where = "~" if func[0] == "~" else func[0] == __file__
    print(where, func[2], cc, nc, sorted((c[2], v[0], v[1]) for c, v in callers.items()))

s = io.StringIO()
st = pstats.Stats(p, stream=s).strip_dirs().sort_stats("stdname")
st.print_stats()
out = s.getvalue()
print("function calls" in out, "primitive calls" in out)
for line in out.splitlines():
    parts = line.split(None, 5)
    if len(parts) == 6 and parts[0][0].isdigit() and parts[1] != "function":
        print(parts[0], parts[5])

# entry structseqs
import _lsprof
print(_lsprof.profiler_entry.n_fields, _lsprof.profiler_entry.n_sequence_fields, _lsprof.profiler_subentry.n_fields)
e = _lsprof.profiler_entry(("c", 1, 0, 0.5, 0.25, None))
print(e, e.inlinetime, e.calls)
print(_lsprof.Profiler.__module__, cProfile.Profile.__mro__[1])
