# _pickle's errors, with CPython 3.14's exception types, messages and notes: what cannot be
# pickled (local objects, lambdas, bad __reduce__ values, unpicklable types), bad protocols,
# and corrupt or truncated data (bad opcodes, stack and mark errors, memo misses).
import pickle, io, re

def show(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        msg = re.sub(r' at 0x[0-9a-f]+', ' at ADDR', str(e))
        print(type(e).__module__, type(e).__name__, msg, getattr(e, '__notes__', None))

def make_local():
    class Local:
        pass
    return Local

show(lambda: pickle.dumps(lambda: 0))
show(lambda: pickle.dumps(make_local()))
show(lambda: pickle.dumps(make_local()()))
show(lambda: pickle.dumps([0, {'k': (1, lambda: 0)}]))
show(lambda: pickle.dumps({make_local()()}, 4))
show(lambda: pickle.dumps(iter(io.BytesIO)))

class BadReduce:
    def __init__(self, value):
        self.value = value
    def __reduce__(self):
        return self.value

show(lambda: pickle.dumps(BadReduce(5)))
show(lambda: pickle.dumps(BadReduce(())))
show(lambda: pickle.dumps(BadReduce((1, 2, 3, 4, 5, 6, 7))))
show(lambda: pickle.dumps(BadReduce((1, ()))))
show(lambda: pickle.dumps(BadReduce((list, 'x'))))
show(lambda: pickle.dumps(BadReduce((list, (), None, 5))))
show(lambda: pickle.dumps(BadReduce((dict, (), None, None, 5))))
show(lambda: pickle.dumps(BadReduce((list, (), {}, None, None, 5))))
show(lambda: pickle.dumps(BadReduce('no_such_global')))
show(lambda: pickle.dumps([BadReduce(5)], 0))
show(lambda: pickle.dumps((BadReduce(5),)))

def __newobj__(cls, *args):
    return cls.__new__(cls, *args)
show(lambda: pickle.dumps(BadReduce((__newobj__, ())), 2))
show(lambda: pickle.dumps(BadReduce((__newobj__, (5,))), 2))
show(lambda: pickle.dumps(BadReduce((__newobj__, (int,))), 2))

show(lambda: pickle.dumps(1, 6))
show(lambda: pickle.dumps(1, 'x'))
show(lambda: pickle.Pickler(None))
show(lambda: pickle.Unpickler(None))
show(lambda: pickle.loads('text'))

class NoInit(pickle.Pickler):
    def __init__(self):
        pass
show(lambda: NoInit().dump(1))
class NoInitU(pickle.Unpickler):
    def __init__(self):
        pass
show(lambda: NoInitU().load())

# Corrupt and truncated data.
for data in [b'', b'N', b'\x80', b'\x80\x05K', b'\x80\x05X\x05\x00\x00\x00ab.', b'\x95\x05\x00\x00\x00\x00\x00\x00\x00N.',
             b'\xff', b'z.', b'\x00', b'\'', b'0.', b'(.', b'1.', b'K\x01K\x02u.', b'(K\x01K\x02d.', b'h\x05.', b'j\x05\x00\x00\x00.',
             b'g7\n.', b'\x80\x09.', b'S"abc\n.', b'Sabc\n.', b'P1\n.', b'N\x97.', b'Iabc\n.', b'Fabc\n.', b'}K\x01s.', b'N\x93.',
             b'K\x01K\x02\x93.', b'cbuiltins\nnope\n.', b'cno_such_mod\nx\n.', b'\x8a\xff.', b'\x82\x00.',
             b'\x82\xf0.', b']K\x01e.', b'N\x81.', b')N\x81.', b'\x8c\x03intN\x81.', b'K\x05]\x81.',
             b'\x80\x04\x8c\x08builtins\x8c\x07str.nop\x93.', b'Q.', b'N\x88\x89R.']:
    show(lambda: pickle.loads(data))
show(lambda: pickle.load(io.BytesIO(b'')))
show(lambda: pickle.load(io.BytesIO(b'\x80\x04\x95\x20\x00\x00\x00\x00\x00\x00\x00K')))
