# Building and reading a list and a dict of a million entries.
def build(n):
    lst = []
    d = {}
    i = 0
    while i < n:
        lst.append(i * 2)
        d[i] = i + 1
        i += 1
    return lst, d
def read(lst, d, n):
    total = 0
    for x in lst:
        total += x
    i = 0
    while i < n:
        total += d[i] - lst[i]
        i += 1
    for k in d:
        total -= k
    return total
n = 1000000
lst, d = build(n)
print(len(lst), len(d), read(lst, d, n))
