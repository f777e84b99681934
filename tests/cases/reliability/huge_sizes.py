# sharpy-case: heap-limit=1G
# Sizes that cannot be held are refused at once (MemoryError, OverflowError or ValueError,
# by the platform's size limits) before anything is allocated: never silently truncated to
# 32 bits, never a hang, never a dead process.


def attempt(label, f):
    try:
        r = f()
    except (MemoryError, OverflowError, ValueError):
        print(label, 'refused')
    else:
        print(label, 'gave', len(r) if hasattr(r, '__len__') else r)
        del r


attempt("'7'.zfill(2**32 + 5)", lambda: '7'.zfill(2**32 + 5))
attempt("'1'.zfill(10**12)", lambda: '1'.zfill(10**12))
attempt("'1'.zfill(2**63)", lambda: '1'.zfill(2**63))
attempt("'x'.center(2**32 + 1)", lambda: 'x'.center(2**32 + 1))
attempt("'x'.ljust(2**40)", lambda: 'x'.ljust(2**40))
attempt("'x'.rjust(2**40, '*')", lambda: 'x'.rjust(2**40, '*'))
attempt("'{:{}}'.format(1, 10**10)", lambda: '{:{}}'.format(1, 10**10))
attempt("format(1, '>10000000000')", lambda: format(1, '>10000000000'))
attempt("format(1, '010000000000')", lambda: format(1, '010000000000'))
attempt("format(1, ',>10000000000')", lambda: format(1, ',>10000000000'))
attempt("format('s', '>10000000000')", lambda: format('s', '>10000000000'))
attempt("format('s', '^4294967297')", lambda: format('s', '^4294967297'))
attempt("format(1.5, '>10000000000')", lambda: format(1.5, '>10000000000'))
attempt("format(1.5, '.10000000000f')", lambda: format(1.5, '.10000000000f'))
attempt("'%10000000000d' % 1", lambda: '%10000000000d' % 1)
attempt("'%*d' % (10**10, 1)", lambda: '%*d' % (10**10, 1))
attempt("'%-4294967297s' % 'x'", lambda: '%-4294967297s' % 'x')
attempt("'%.10000000000d' % 1", lambda: '%.10000000000d' % 1)
attempt("f'{1:4294967297}'", lambda: f'{1:4294967297}')
attempt("f'{\"s\":>{2**33}}'", lambda: f'{"s":>{2**33}}')
attempt("'a' * 2**40", lambda: 'a' * 2**40)
attempt("'a' * 2**31", lambda: 'a' * 2**31)
attempt("'ab' * 2**30", lambda: 'ab' * 2**30)
attempt("'ab' * 2**62", lambda: 'ab' * 2**62)
attempt("'\\t'.expandtabs(2**40)", lambda: '\t'.expandtabs(2**40))
attempt("''.join(range(10**20))", lambda: ''.join(range(10**20)))
attempt("''.join(iter(range(10**20)))", lambda: ''.join(iter(range(10**20))))
attempt("tuple(range(10**20))", lambda: tuple(range(10**20)))
attempt("list(range(10**20))", lambda: list(range(10**20)))
attempt("sorted(range(10**20))", lambda: sorted(range(10**20)))
attempt("tuple(range(10**18))", lambda: tuple(range(10**18)))
attempt("list(range(10**18))", lambda: list(range(10**18)))
attempt("sorted(range(10**18))", lambda: sorted(range(10**18)))
attempt("''.join(range(10**18))", lambda: ''.join(range(10**18)))
attempt("[0] * 10**18", lambda: [0] * 10**18)
attempt("(0,) * 10**18", lambda: (0,) * 10**18)
attempt("b'x' * 10**18", lambda: b'x' * 10**18)
# Within the limits, the same operations give their results.
print('7'.zfill(5), format(1, '>5'), '%5d' % 1, f'{"s":^5}|', len('ab' * 1000), sorted(range(5, 0, -1)))
