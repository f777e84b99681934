# Template and Interpolation pickle (and copy) through __reduce__.
import copy
import pickle
from string.templatelib import Template, Interpolation

name = 'Nikita'
x = 1 / 3
for t in (t'', t'No values', t'With inter {name}', t'With ! {name!r}', t'{x:.2f} and {name!s:>10}'):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        u = pickle.loads(pickle.dumps(t, protocol=proto))
        assert type(u) is Template and u.strings == t.strings, (t, u)
        assert [(i.value, i.expression, i.conversion, i.format_spec) for i in u.interpolations] == \
            [(i.value, i.expression, i.conversion, i.format_spec) for i in t.interpolations]
    print(repr(pickle.loads(pickle.dumps(t))))
i = Interpolation(x, 'x', None, '.2f')
print(i.__reduce__()[1], repr(pickle.loads(pickle.dumps(i, 0))), repr(copy.copy(i)))
print(t'a{name}b'.__reduce__()[0].__name__)
