# _csv as a module: its names, types, docs and signatures, the argument errors of its
# functions, and that reader and writer types cannot be made directly.
import _csv

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print([n for n in dir(_csv) if not n.startswith('__')])
print(_csv.__doc__)
print(_csv.Error.__mro__, _csv.Error.__module__)
print(_csv.Reader, _csv.Writer, _csv.Dialect)
print(_csv.Reader.__doc__)
print(_csv.Writer.__doc__)
print(_csv.Dialect.__doc__)
print(_csv.reader.__doc__)
print(_csv.writer.__text_signature__, _csv.reader.__text_signature__)
print(_csv.register_dialect.__text_signature__)
print(_csv.field_size_limit.__text_signature__)
print(_csv.get_dialect.__text_signature__, _csv.list_dialects.__text_signature__)
print(_csv.Writer.writerow.__text_signature__, _csv.Writer.writerow.__doc__)
print(type(_csv.Dialect.strict).__name__, type(_csv.Dialect.delimiter).__name__)
print(type(_csv.Reader.line_num).__name__, type(_csv.Writer.dialect).__name__)
print([n for n in dir(_csv.Dialect) if not n.startswith('__')])
print([n for n in dir(_csv.Reader) if not n.startswith('__')])
print([n for n in dir(_csv.Writer) if not n.startswith('__')])
t(lambda: _csv.Reader())
t(lambda: _csv.Writer())
t(lambda: _csv.reader())
t(lambda: _csv.reader([], 'excel', 3))
t(lambda: _csv.reader(iterable=[]))
t(lambda: _csv.reader([], foo=1))
t(lambda: _csv.writer())
t(lambda: _csv.get_dialect())
t(lambda: _csv.unregister_dialect())
t(lambda: _csv.list_dialects(1))
r = _csv.reader([])
t(lambda: setattr(r, 'line_num', 3))
t(lambda: setattr(r, 'dialect', None))
class R(_csv.Reader):
    pass
t(lambda: R())
