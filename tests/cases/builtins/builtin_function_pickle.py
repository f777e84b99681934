# Builtin functions and method descriptors pickle by name (meth_reduce, descr_reduce).
import pickle, codecs, warnings
print(pickle.loads(pickle.dumps(codecs.encode)) is codecs.encode)
print(len.__reduce__(), [].append.__reduce__()[0] is getattr, list.append.__reduce__())
for proto in range(6):
    f = pickle.loads(pickle.dumps([1].append, proto)); print(f.__self__ if hasattr(f, '__self__') else f, end=' ')
print()
