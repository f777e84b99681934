# os.stat_result and os.terminal_size as struct sequences: construction from a sequence
# and a dict, hidden and unnamed fields, repr, pickling support, __replace__, errors.
import os

st = os.stat_result(range(10))
print(st)
print(len(st), st[7], st.st_mtime, st.st_atime_ns, st.st_blksize, st[:3], st[-1])
print(st == tuple(range(10)), hash(st) == hash(tuple(range(10))), isinstance(st, tuple))
print(st.__reduce__())
cls = type(st)
print(cls.__name__, cls.__qualname__, cls.__module__, cls.__bases__)
print(cls.n_fields, cls.n_sequence_fields, cls.n_unnamed_fields, cls.__match_args__)
print(cls.st_mode, cls.st_mode.__doc__, cls.st_mtime_ns.__doc__)

st2 = os.stat_result(range(10), {'st_atime': 1.5, 'st_rdev': 7})
print(st2.st_atime, st2.st_mtime, st2.st_rdev, st2.st_blocks)
st3 = os.stat_result(range(13))
print(st3.st_atime, st3.st_mtime_ns)
st4 = os.stat_result(sequence=range(10), dict={})
print(st4.st_ctime)

for args, kwargs in [(((1, 2),), {}), ((range(30),), {}), ((range(10), 5), {}), ((range(10), {'bogus': 3}), {}),
                     ((range(11), {'st_atime': 3}), {}), ((5,), {}), ((range(10),), {'dict': None}),
                     ((), {}), ((range(10), {}, 1), {})]:
    try:
        os.stat_result(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)

for attempt in (lambda: setattr(st, 'st_mode', 1), lambda: delattr(st, 'st_mode'), lambda: setattr(st, 'spam', 1)):
    try:
        attempt()
    except AttributeError as e:
        print('AttributeError:', e)

try:
    st.__replace__(st_mode=1)
except TypeError as e:
    print('TypeError:', e)

ts = os.terminal_size((80, 24))
print(ts, ts.columns, ts.lines, ts == (80, 24))
print(ts.__replace__(lines=5), ts.__replace__())
print(type(ts).__match_args__, type(ts).n_unnamed_fields, type(ts).__doc__)
for bad in (lambda: ts.__replace__(bad=1, worse=2), lambda: ts.__replace__(1), lambda: os.terminal_size((1, 2, 3)),
            lambda: os.terminal_size((1, 2), {'columns': 1})):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)

match ts:
    case os.terminal_size(c, l):
        print('matched', c, l)

class Sub(tuple):
    pass
try:
    class S(os.stat_result):
        pass
except TypeError as e:
    print('TypeError:', e)
