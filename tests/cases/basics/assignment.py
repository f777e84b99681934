# Plain, chained and tuple-unpacking assignment.
a = 1
b = c = 2
print(a, b, c)
x, y = 3, 4
print(x, y)
x, y = y, x
print(x, y)
(p, q), r = (5, 6), 7
print(p, q, r)
[s, t] = [8, 9]
print(s, t)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
u, v, w = range(3)
print(u, v, w)
t = 1, 2, 3
print(t)
single = 10,
print(single)
lst = [0, 0, 0]
lst[1], lst[2] = "a", "b"
print(lst)
