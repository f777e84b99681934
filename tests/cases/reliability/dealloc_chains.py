# Freeing long chains of every kind of container and object: past a depth each link waits
# in the trashcan and is freed by the outermost deallocation, and finalizers and weakref
# callbacks still run once each, outermost first. (Chains deep enough to overflow the stack
# without the trashcan are in tests/Sharpy.Tests/Stress; the reference CPython, a
# WebAssembly build, has a small stack, so the chains here stay under its limit.)
import gc
import _weakref

N = 1500


def chain(kind):
    if kind == 'list':
        x = []
        for i in range(N): x = [x]
    elif kind == 'tuple':
        x = ()
        for i in range(N): x = (x, i)
    elif kind == 'dict':
        x = {}
        for i in range(N): x = {'next': x}
    elif kind == 'set':
        x = frozenset()
        for i in range(N): x = frozenset([x])
    elif kind == 'closure':
        def make(inner):
            def f():
                return inner
            return f
        x = None
        for i in range(N): x = make(x)
    elif kind == 'instance':
        class Node:
            pass
        x = None
        for i in range(N):
            node = Node()
            node.next = x
            x = node
    elif kind == 'slots':
        class SlotNode:
            __slots__ = ('next',)
        x = None
        for i in range(N):
            node = SlotNode()
            node.next = x
            x = node
    elif kind == 'context':
        x = None
        for i in range(N):
            try:
                raise ValueError(i)
            except ValueError as e:
                e.__context__ = x
                x = e
    elif kind == 'cell':
        x = None
        for i in range(N): x = [x, {i: x}]
    return x


for kind in ('list', 'tuple', 'dict', 'set', 'closure', 'instance', 'slots', 'context', 'cell'):
    x = chain(kind)
    del x
    print(kind, 'freed')

# Finalizers of a deep chain run once each, outermost first.
order = []


class Fin:
    def __init__(self, i, inner):
        self.i = i
        self.inner = inner

    def __del__(self):
        order.append(self.i)


x = None
for i in range(N):
    x = Fin(i, x)
del x
print(len(order), order[:3], order[-3:], order == sorted(order, reverse=True))

# Weakref callbacks on deep links run, and see their referent dead.
seen = []


class W:
    pass


refs = []
x = None
for i in range(N):
    w = W()
    w.next = x
    if i % 1000 == 0:
        refs.append(_weakref.ref(w, lambda r, i=i: seen.append((i, r() is None))))
    x = w
del x, w
print(seen)

# A long chain in a garbage cycle: the collector frees it.
x = []
head = x
for i in range(N):
    x.append([])
    x = x[0]
x.append(head)
del x, head
print(gc.collect() > N)
