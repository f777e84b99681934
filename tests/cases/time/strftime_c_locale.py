# time.strftime and time.asctime with fixed time tuples in the C locale.
import time

t = (1971, 2, 5, 1, 2, 3, 4, 36, 0)
for d in 'aAbBcdHIjmMpSUwWxXyY%':
    print(d, repr(time.strftime('%' + d, t)))
print(time.strftime('%Y-%m-%d %H:%M:%S', t))
print(time.strftime('', t), repr(time.strftime('no directives', t)))
print(time.strftime('%Y-%m-%dT%H:%M:%S', time.gmtime(1234567890)))
print(time.strftime('%j %U %W', (2024, 12, 31, 23, 59, 59, 1, 366, 0)))
print(time.strftime('%I %p', (2024, 1, 1, 13, 0, 0, 0, 1, 0)), time.strftime('%I %p', (2024, 1, 1, 0, 0, 0, 0, 1, 0)))
# A zero month, day of month or day of year is taken as the first.
print(time.strftime('%Y-%m-%d %j', (2024, 0, 0, 0, 0, 0, 0, 0, 0)))

print(time.asctime(t))
print(time.asctime((2024, 1, 1, 0, 0, 0, 0, 1, 0)), time.asctime((12345, 12, 31, 23, 59, 59, 6, 365, 0)))
print(time.asctime(time.gmtime(0)))

bad = [
    (2024, 13, 1, 0, 0, 0, 0, 1, 0),
    (2024, 1, 32, 0, 0, 0, 0, 1, 0),
    (2024, 1, 1, 24, 0, 0, 0, 1, 0),
    (2024, 1, 1, 0, 60, 0, 0, 1, 0),
    (2024, 1, 1, 0, 0, 62, 0, 1, 0),
    (2024, 1, 1, 0, 0, 0, -2, 1, 0),
    (2024, 1, 1, 0, 0, 0, 0, 367, 0),
    (2024, 1, 1),
    (2024, 1, 1, 0, 0, 0, 0, 1, 'x'),
    5,
]
for b in bad:
    for f in (time.asctime, lambda x: time.strftime('%Y', x)):
        try:
            print(f(b))
        except (TypeError, ValueError) as e:
            print(type(e).__name__ + ':', e)
