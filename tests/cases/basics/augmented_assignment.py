# Augmented assignment on names, attributes and subscripts.
n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 4; print(n)
n //= 5; print(n)
n %= 4; print(n)
n **= 10; print(n)
n <<= 3; print(n)
n >>= 2; print(n)
n |= 7; print(n)
n &= 12; print(n)
n ^= 5; print(n)
f = 1.5
f /= 2; print(f)
f += 1; print(f)
s = "ab"
s += "cd"; print(s)
s *= 2; print(s)
lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2, t is t2)
d = {"k": 1}
d["k"] += 10
print(d)
class Box:
    pass
b = Box()
b.v = 3
b.v *= 7
print(b.v)
counts = [0, 0, 0]
for i in range(10):
    counts[i % 3] += i
print(counts)
