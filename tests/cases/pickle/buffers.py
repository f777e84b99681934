# Protocol 5's PickleBuffer: in-band as bytes or bytearray (by the buffer's writability),
# out-of-band through buffer_callback (NEXT_BUFFER, READONLY_BUFFER) and loaded back from
# the buffers argument; the errors for missing buffers, old protocols and released views.
import pickle, io

def show(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

ro = pickle.PickleBuffer(b'readonly')
rw = pickle.PickleBuffer(bytearray(b'writable'))
print(type(ro).__module__, type(ro).__name__, pickle.PickleBuffer is __import__('_pickle').PickleBuffer)
print(bytes(ro.raw()), ro.raw().readonly, rw.raw().readonly, memoryview(rw).tobytes())
print(pickle.dumps(ro, 5), pickle.dumps(rw, 5))
print(pickle.loads(pickle.dumps(ro, 5)), pickle.loads(pickle.dumps(rw, 5)))
print(pickle.dumps([ro, ro, rw, rw], 5))
for proto in range(5):
    show(lambda: pickle.dumps(ro, proto))

# Out-of-band: the callback says which buffers stay outside the pickle.
buffers = []
data = pickle.dumps([ro, rw, b'inline'], 5, buffer_callback=buffers.append)
print(data, len(buffers), [bytes(b) for b in buffers])
out = pickle.loads(data, buffers=buffers)
print(type(out[0]).__name__, bytes(out[0]), out[0].readonly if isinstance(out[0], memoryview) else None)
print(type(out[1]).__name__, bytes(out[1]), out[2])
print(pickle.loads(data, buffers=[b'x', bytearray(b'y')]))
show(lambda: pickle.loads(data))
show(lambda: pickle.loads(data, buffers=[b'only one']))
show(lambda: pickle.loads(data, buffers=5))

# A callback returning true keeps that buffer in-band.
kept = []
data = pickle.dumps([ro, rw], 5, buffer_callback=lambda b: kept.append(b) or len(kept) == 1)
print(data, len(kept))

f = io.BytesIO()
p = pickle.Pickler(f, 5, buffer_callback=buffers.append)
p.dump(rw)
print(f.getvalue())
show(lambda: pickle.Pickler(io.BytesIO(), 4, buffer_callback=print))
show(lambda: pickle.dumps(1, 3, buffer_callback=print))
print(pickle.dumps(1, 3, buffer_callback=None))

# A released PickleBuffer refuses everything.
b = pickle.PickleBuffer(bytearray(b'gone'))
b.release()
show(lambda: pickle.dumps(b, 5))
show(lambda: b.raw())
show(lambda: memoryview(b))
b.release()
show(lambda: pickle.PickleBuffer('text'))
show(lambda: pickle.PickleBuffer())
m = memoryview(bytearray(b'abcdefgh'))[::2]
show(lambda: pickle.dumps(pickle.PickleBuffer(m), 5))
show(lambda: pickle.PickleBuffer(m).raw())
