# time.struct_time: a struct sequence of nine items with tm_zone and tm_gmtoff past them.
import time

st = time.struct_time((2024, 3, 5, 10, 11, 12, 1, 65, 0))
print(st)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_sec, st.tm_wday, st.tm_yday, st.tm_isdst)
print(st.tm_zone, st.tm_gmtoff)
print(len(st), st[0], st[-1], st[2:5], tuple(st), list(st) == [2024, 3, 5, 10, 11, 12, 1, 65, 0])
print(isinstance(st, tuple), type(st).__name__, type(st).__module__)
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)

full = time.struct_time((2024, 3, 5, 10, 11, 12, 1, 65, 0, 'XYZ', 3600))
print(full, full.tm_zone, full.tm_gmtoff, len(full))
print(full.__reduce__())
print(full == st, full == tuple(st), hash(full) == hash(tuple(st)))

d = time.struct_time([1, 2, 3, 4, 5, 6, 0, 7, 0], {'tm_zone': 'ABC'})
print(d.tm_zone, d.tm_gmtoff)

for args in [((1, 2, 3),), ((1,) * 12,), (5,), ((1,) * 9, 5)]:
    try:
        time.struct_time(*args)
    except TypeError as e:
        print('TypeError:', e)

try:
    st.tm_year = 5
except AttributeError as e:
    print('AttributeError:', e)

print(time.gmtime(0)[:9])
print(time.gmtime(0).tm_gmtoff)
