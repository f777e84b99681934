# _locale in the C locale: the conventions, the langinfo strings, collation, errors.
# (What glibc and the reference's libc agree on: not D_T_FMT, CRNCYSTR or refused locale names.)
import _locale

conv = _locale.localeconv()
print(sorted(conv.items()))
print(_locale.setlocale(_locale.LC_NUMERIC), _locale.setlocale(_locale.LC_TIME, 'C'), _locale.setlocale(_locale.LC_COLLATE, None))
for k in ['DAY_1', 'DAY_7', 'ABDAY_1', 'MON_1', 'MON_12', 'ABMON_6', 'AM_STR', 'PM_STR', 'D_FMT',
          'T_FMT', 'T_FMT_AMPM', 'RADIXCHAR', 'THOUSEP', 'YESEXPR', 'NOEXPR']:
    print(k, repr(_locale.nl_langinfo(getattr(_locale, k))))
print(_locale.strcoll('a', 'b') < 0, _locale.strcoll('b', 'a') > 0, _locale.strcoll('abc', 'abc'))
print(_locale.strxfrm('abc'), _locale.strxfrm(''), sorted(['b', 'A', 'a', 'B'], key=_locale.strxfrm))
print(_locale.CHAR_MAX, _locale.LC_ALL != _locale.LC_CTYPE)
print(_locale.Error.__name__, _locale.Error.__module__, _locale.Error.__mro__[1:])
for f in [lambda: _locale.nl_langinfo(-12345),
          lambda: _locale.strcoll('a\0', 'b'),
          lambda: _locale.strcoll(1, 'b'),
          lambda: _locale.setlocale(_locale.LC_ALL, 5)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
