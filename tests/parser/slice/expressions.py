x = 1 + 2 * 3 - 4 / 5 // 6 % 7 ** -8
y = a < b <= c > d >= e == f != g
z = a in b and c not in d or e is f and g is not None
w = not x
v = -x + (+y) - ~z
u = a | b & c ^ d << 1 >> 2
s = obj.attr.method(1)[2][1:2][::3]["k"]
t = [1, 2, 3], (4, 5), {6: 7, "k": [8]}, ()
e = []
d = {}
c = f(x)(y)
n = None, True, False, ...
q = 0x1F, 0o17, 0b101, 1_000_000, 3.14, 1e10, 2j, 1.5e-5
strs = 'single', "double", '''triple''', b'bytes', r'\raw', 'a' 'b', "it's", 'say "hi"'
