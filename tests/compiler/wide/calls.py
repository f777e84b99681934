f(*args)
f(a, *args, b=1, **kw)
f(**kw)
obj.meth(1, 2, key=3)
def kw(a, /, b, *args, c, d=4, **rest):
    return a, b, args, c, d, rest
@dec
@dec2(1)
def decorated():
    pass
@cls_dec
class D:
    pass
a, *b, c = range(5)
[x, y] = p
x = y = z = 0
print(s[1:2], s[::2], s[a:b], s[a:b:c])
s[1:2] = t
s[a:b] += t
del s[a:b]
