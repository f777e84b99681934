# find/rfind/index/count with long needles (str of each width, bytes, bytearray): the
# results, and no quadratic time on inputs that defeat a naive search (fastsearch.h).
import random

N = 200_000
A, B = 'a' * N, 'b' * N
haystack = A + A + B + A + A
needle = A + B + B + A
for h, n in [(haystack, needle), (haystack.encode(), needle.encode()), (bytearray(haystack.encode()), needle.encode())]:
    print(type(h).__name__, h.find(n), h.count(n), (h + n).find(n), (h + n).rfind(n), (h + n).count(n),
          (n + h).rfind(n), (h + n).index(n))

def naive(h, nd, s, e):
    sub = h[s:e]
    m = len(nd)
    first = next((i + s for i in range(len(sub) - m + 1) if sub[i:i + m] == nd), -1)
    last = next((i + s for i in range(len(sub) - m, -1, -1) if sub[i:i + m] == nd), -1)
    count, i = 0, 0
    while i <= len(sub) - m:
        if sub[i:i + m] == nd:
            count += 1
            i += m
        else:
            i += 1
    return first, last, count

random.seed(7)
mismatches = 0
found = 0
for trial in range(400):
    alpha = ['ab', 'abc\xe9', 'ab\u20ac', 'ab\U0001f600'][trial % 4]
    n = random.randint(0, 300)
    m = random.randint(60, 100)
    if trial % 3 == 0:
        unit = ''.join(random.choice(alpha) for _ in range(3))
        h, nd = (unit * 200)[:n], (unit * 50)[:m]
    elif n >= m and trial % 3 == 1:
        h = ''.join(random.choice(alpha) for _ in range(n))
        k = random.randint(0, n - m)
        nd = h[k:k + m]
    else:
        h = ''.join(random.choice(alpha) for _ in range(n))
        nd = ''.join(random.choice(alpha) for _ in range(m))
    s, e = random.randint(0, 10), random.randint(max(0, n - 10), n + 5)
    want = naive(h, nd, s, e)
    got = (h.find(nd, s, e), h.rfind(nd, s, e), h.count(nd, s, e))
    if alpha == 'ab':
        hb, nb = h.encode(), nd.encode()
        got_b = (hb.find(nb, s, e), bytearray(hb).rfind(nb, s, e), hb.count(nb, s, e))
        mismatches += got_b != want
    mismatches += got != want
    found += want[0] >= 0
print("found in", found, "trials; mismatches:", mismatches)
