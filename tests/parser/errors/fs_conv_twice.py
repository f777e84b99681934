f'{x!s!r}'
