# FLAG_REF and TYPE_REF: shared objects are written once and referred back to, as CPython does.
import marshal

x = (1.5,)
print(marshal.dumps([x, x]))
s = 'a b c'
print(marshal.dumps([s, s, s]))
print(marshal.dumps([s, s], 2))
big = 10**20
print(marshal.dumps({'k': big, 'j': big}))
# Small ints and interned strings are always marked; lone objects never.
print(marshal.dumps([1, 'name', 'name']))
print(marshal.dumps([[], []]))

# Cycles: containers are registered before their items are read.
l = []
l.append(l)
data = marshal.dumps(l)
print(data)
back = marshal.loads(data)
print(back, back[0] is back)
d = {}
d['self'] = d
back = marshal.loads(marshal.dumps(d))
print(back, back['self'] is back)
t = marshal.loads(b'\xa9\x01r\x00\x00\x00\x00')
print(t, t[0] is t)

# Objects shared in the data are shared in the result.
a = [1.25]
back = marshal.loads(marshal.dumps((a, a, [a])))
print(back, back[0] is back[1] is back[2][0])

# Sets are written in the order of their items' marshal data.
print(marshal.dumps({'b', 'a', 'c', 3, 2.5}))
print(marshal.dumps(frozenset({(1, 2), (0,), 'z'})))
