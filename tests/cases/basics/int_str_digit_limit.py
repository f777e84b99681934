# sys.get_int_max_str_digits / set_int_max_str_digits: the limit on non-binary int<->str
# conversions, its errors, sys.flags.int_max_str_digits, and the bases it does not apply to.
import sys

print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits, sys.int_info.default_max_str_digits)
sys.set_int_max_str_digits(1000)
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)

for args in [(5,), (-1,), (639,), ('x',), (), (1, 2), (1.5,), (2**70,)]:
    try:
        sys.set_int_max_str_digits(*args)
    except Exception as e:
        print(type(e).__name__, e)
print(sys.get_int_max_str_digits())

def attempt(label, f):
    try:
        r = f()
        print(label, "ok", len(r) if isinstance(r, str) else r.bit_length())
    except ValueError as e:
        print(label, type(e).__name__, e)

attempt("1000 digits", lambda: int('1' * 1000))
attempt("1001 digits", lambda: int('1' * 1001))
attempt("signed and padded", lambda: int(' -' + '1' * 1000 + ' '))
attempt("underscores not counted", lambda: int('1_11' * 333))
attempt("base 3", lambda: int('2' * 1001, 3))
attempt("base 36", lambda: int('z' * 1001, 36))
attempt("base 16 unlimited", lambda: int('f' * 5000, 16))
attempt("str of 10**999", lambda: str(10 ** 999))
attempt("str of 10**1000", lambda: str(10 ** 1000))
attempt("str of -10**999", lambda: str(-10 ** 999))
attempt("repr of 2**10000", lambda: repr(2 ** 10000))
attempt("hex unlimited", lambda: hex(2 ** 10000))
attempt("format", lambda: format(10 ** 1000, 'd'))
attempt("%d", lambda: '%d' % 10 ** 1000)

class IntSub(int):
    pass
attempt("int subclass", lambda: IntSub('9' * 1001))

sys.set_int_max_str_digits(maxdigits=0)
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
attempt("unlimited parse", lambda: int('7' * 20000))
attempt("unlimited str", lambda: str(10 ** 20000))
sys.set_int_max_str_digits(640)
attempt("640", lambda: int('1' * 641))
