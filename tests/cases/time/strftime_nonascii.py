# time.strftime gives the C library only the ASCII runs of the format; NUL, non-ASCII
# characters and lone surrogates are copied as they are (CPython 3.13+).
import time

t = (2024, 3, 5, 14, 7, 9, 1, 65, 0)
for fmt in ['\ud83d', '\ud800\udc00', 'a\x00b%Y', '\xe9%Y\ud800%m', '\udcff%d',
            '%Y\x00%m', '\u20ac%H\u20ac', '', 'plain', '%%\ud83d%%']:
    print(ascii(fmt), ascii(time.strftime(fmt, t)))
try:
    time.strftime(b'%Y', t)
except TypeError as e:
    print('TypeError:', e)
