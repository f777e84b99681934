# csv dialects: the Dialect type's attributes and validation messages, the registry
# (register_dialect, get_dialect, list_dialects, unregister_dialect) and csv.py's classes.
import csv, _csv

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

def show(d):
    return (d.delimiter, d.quotechar, d.escapechar, d.lineterminator, d.quoting,
            d.doublequote, d.skipinitialspace, d.strict)

t(lambda: show(_csv.Dialect()))
t(lambda: show(csv.get_dialect('excel')))
t(lambda: show(csv.get_dialect('excel-tab')))
t(lambda: show(csv.get_dialect('unix')))
t(lambda: sorted(csv.list_dialects()))

for kw in [dict(delimiter=''), dict(delimiter=None), dict(delimiter=1), dict(delimiter='ab'),
           dict(delimiter='\n'), dict(delimiter=' '), dict(quotechar=None), dict(quotechar=''),
           dict(quotechar=None, quoting=csv.QUOTE_ALL), dict(quotechar=1), dict(escapechar=1),
           dict(escapechar=''), dict(escapechar=' ', skipinitialspace=True),
           dict(quotechar=' ', skipinitialspace=True), dict(quoting=10), dict(quoting=-1),
           dict(quoting=1.0), dict(quoting=True), dict(quoting=2**40), dict(quoting=None),
           dict(lineterminator=None), dict(lineterminator=1), dict(lineterminator=''),
           dict(lineterminator='x', delimiter='x'), dict(lineterminator='ab', quotechar='b'),
           dict(delimiter=';', quotechar=';'), dict(delimiter=';', escapechar=';'),
           dict(escapechar='"'), dict(doublequote=0, skipinitialspace=[1], strict=''),
           dict(dialect='nope'), dict(dialect=3), dict(foo=1), dict(delimiter='\U0001F600')]:
    t(lambda: show(_csv.Dialect(**kw)))

t(lambda: _csv.Dialect(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
t(lambda: _csv.Dialect('excel', dialect='excel'))

class D:
    delimiter = ';'
    quoting = csv.QUOTE_ALL
t(lambda: show(_csv.Dialect(D)))
t(lambda: show(_csv.Dialect(D, delimiter='|')))

class E:
    @property
    def delimiter(self):
        raise ZeroDivisionError
t(lambda: show(_csv.Dialect(E())))

d = _csv.Dialect(delimiter=':')
t(lambda: _csv.Dialect(d) is d)
t(lambda: _csv.Dialect(d, strict=True) is d)
t(lambda: setattr(d, 'delimiter', ','))
t(lambda: setattr(d, 'strict', True))
t(lambda: setattr(d, 'foo', 1))
t(lambda: d.__reduce__())
t(lambda: d.__reduce_ex__(2))

class Sub(_csv.Dialect):
    pass
s = Sub(delimiter='#')
t(lambda: (type(s).__name__, s.delimiter))
t(lambda: _csv.Dialect(s) is s)
t(lambda: s.__reduce__())

class MyDialect(csv.Dialect):
    delimiter = '|'
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL

csv.register_dialect('my', MyDialect)
t(lambda: show(csv.get_dialect('my')))
t(lambda: list(csv.reader(["a|'b|c'"], 'my')))
csv.register_dialect('my2', 'my', delimiter=';')
t(lambda: show(csv.get_dialect('my2')))
csv.register_dialect('kw', delimiter='-')
t(lambda: show(csv.get_dialect('kw')))
t(lambda: sorted(csv.list_dialects()))
t(lambda: csv.unregister_dialect('my2'))
t(lambda: csv.unregister_dialect('my2'))
t(lambda: csv.get_dialect('my2'))
t(lambda: csv.get_dialect([]))
t(lambda: csv.register_dialect(1))
t(lambda: csv.register_dialect())
t(lambda: csv.register_dialect('bad', delimiter='xx'))
t(lambda: 'bad' in csv.list_dialects())
csv.unregister_dialect('my')
csv.unregister_dialect('kw')
t(lambda: sorted(csv.list_dialects()))

class Incomplete(csv.Dialect):
    delimiter = ','
t(lambda: Incomplete())

t(lambda: (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE,
           csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL))
t(lambda: csv.field_size_limit())
t(lambda: csv.field_size_limit(1.0))
t(lambda: csv.field_size_limit(2**70))
t(lambda: csv.field_size_limit(1, 2))
t(lambda: csv.field_size_limit(new_limit=131072))
