# The hooks of _pickle's Pickler and Unpickler and how subclasses override them:
# persistent_id / persistent_load (methods, or assigned to an instance), find_class,
# reducer_override, dispatch_table (class attribute, instance attribute), the memo and its
# proxy, clear_memo, fast mode, and Python 2 compatibility (fix_imports, encoding, errors).
import pickle, io, copyreg, math, collections

def show(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Ref:
    def __init__(self, key):
        self.key = key

class PersistPickler(pickle.Pickler):
    def persistent_id(self, obj):
        return ('ref', obj.key) if isinstance(obj, Ref) else None

class PersistUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return f'<loaded {pid!r}>'

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    f = io.BytesIO()
    PersistPickler(f, proto).dump([Ref('a'), 1, Ref('b')])
    print(proto, f.getvalue() if proto < 2 else len(f.getvalue()))
    f.seek(0)
    show(lambda: PersistUnpickler(f).load())
    f.seek(0)
    show(lambda: pickle.Unpickler(f).load())

# Protocol 0 writes persistent ids as text: they must be ASCII.
class TextIds(pickle.Pickler):
    def persistent_id(self, obj):
        return 'idé' if obj == 'x' else None
show(lambda: TextIds(io.BytesIO(), 0).dump(['x']))

# persistent_id / persistent_load assigned to instances of the exact types.
f = io.BytesIO()
p = pickle.Pickler(f, 2)
p.persistent_id = lambda obj: 42 if obj == 'secret' else None
p.dump(['secret', 'plain'])
u = pickle.Unpickler(io.BytesIO(f.getvalue()))
u.persistent_load = lambda pid: ('loaded', pid)
print(u.load())
print(pickle.Pickler(io.BytesIO()).persistent_id('anything'))
show(lambda: pickle.Unpickler(io.BytesIO()).persistent_load(1))

# find_class restricts what may be loaded.
class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module == 'builtins' and name in ('set', 'frozenset'):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f'global {module}.{name} is forbidden')

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    show(lambda: Restricted(io.BytesIO(pickle.dumps([{1, 2}, frozenset([3])], proto))).load())
    show(lambda: Restricted(io.BytesIO(pickle.dumps(math.sqrt, proto))).load())
u = pickle.Unpickler(io.BytesIO())
print(u.find_class('math', 'pi'), u.find_class('collections', 'OrderedDict'))
show(lambda: u.find_class('math', 'nope'))
show(lambda: u.find_class('no_such_module_here', 'x'))

# reducer_override runs before everything but the builtin containers and atoms.
class Overriding(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is math.sqrt:
            return (str, ('sqrt replaced',))
        if isinstance(obj, Ref):
            return (int, (len(obj.key),))
        return NotImplemented

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    f = io.BytesIO()
    Overriding(f, proto).dump([math.sqrt, Ref('abc'), math.floor, 5])
    print(proto, pickle.loads(f.getvalue()))

# dispatch_table: a class attribute, or set on the instance; it replaces copyreg's table.
def reduce_ref(r):
    return (Ref, ('via table ' + r.key,))

class TablePickler(pickle.Pickler):
    dispatch_table = {Ref: reduce_ref}

f = io.BytesIO()
TablePickler(f, 2).dump(Ref('x'))
print(pickle.loads(f.getvalue()).key)
f = io.BytesIO()
p = pickle.Pickler(f, 2)
show(lambda: p.dispatch_table)
p.dispatch_table = copyreg.dispatch_table.copy()
p.dispatch_table[Ref] = reduce_ref
p.dump([Ref('y'), 1j])
print([getattr(x, 'key', x) for x in pickle.loads(f.getvalue())])

# The memo: shared across dumps of one pickler until clear_memo().
f = io.BytesIO()
p = pickle.Pickler(f, 2)
obj = ['shared']
p.dump(obj)
p.dump(obj)
print(f.getvalue())
memo = p.memo.copy()
print(len(memo), sorted(v[0] for v in memo.values()), type(p.memo).__name__)
p.clear_memo()
p.dump(obj)
print(f.getvalue()[-20:])
p.memo = memo
print(len(p.memo.copy()))
p.memo.clear()
print(len(p.memo.copy()))
show(lambda: setattr(p, 'memo', 5))
show(lambda: hash(p.memo))

u = pickle.Unpickler(io.BytesIO(pickle.dumps([('a', 'b'), 'c'], 2)))
u.load()
print(sorted(u.memo.copy().items()))
u.memo = {0: 'zero', 5: 'five'}
print(sorted(u.memo.copy().items()))
u.memo.clear()
print(u.memo.copy())

# Fast mode: no memo (shared objects are written twice), and cycles are refused.
f = io.BytesIO()
p = pickle.Pickler(f, 2)
p.fast = 1
shared = [1]
p.dump([shared, shared])
print(p.fast, p.bin, f.getvalue())
deep = []
cur = deep
for i in range(60):
    cur.append([])
    cur = cur[0]
cur.append(deep)
p = pickle.Pickler(io.BytesIO(), 2)
p.fast = True
try:
    p.dump(deep)
except ValueError as e:
    print('ValueError', str(e).split(' at ')[0])

# Python 2 compatibility.
print(pickle.loads(b'c__builtin__\nxrange\np0\n(I1\nI5\nI1\ntp1\nRp2\n.'))
print(pickle.loads(b'cUserDict\nUserDict\n.'), pickle.loads(b'cexceptions\nStandardError\n.'))
show(lambda: pickle.loads(b'c__builtin__\nxrange\n.', fix_imports=False))
py2str = b"\x80\x02U\x05h\xc3\xa9llq\x00."
show(lambda: pickle.loads(py2str))
print(pickle.loads(py2str, encoding='utf-8'), pickle.loads(py2str, encoding='latin-1'), pickle.loads(py2str, encoding='bytes'))
print(pickle.loads(py2str, encoding='ascii', errors='replace'))
print(pickle.loads(b"S'abc\\n\\x41'\np0\n."), pickle.loads(b"S'h\\xc3\\xa9'\n.", encoding='utf-8'))
print(pickle.loads(b"T\x03\x00\x00\x00abc."), pickle.loads(b"U\x02\xff\xfe.", encoding='bytes'))
print(pickle.loads(b'(i__main__\nRef\n(dS\'key\'\nS\'old\'\nsb.').key)
print(pickle.loads(b'(c__main__\nRef\nS\'v\'\no.').key)
print(pickle.loads(b'I12\nI-3\nL99999999999999999999L\nF1.5\n\x86\x86.'))
print(pickle.loads(b'(I01\nI00\nI00012\nt.'))
print(pickle.loads(b'Vcaf\\u00e9 \\U0001f600\np0\n.'))
