# math functions in a ten-million-iteration loop (issue 11's math speed item).
import math
total = 0.0
isq = 0
for i in range(1, 10000001):
    x = i * 1e-6
    total += math.sqrt(x) + math.sin(x) * math.cos(x) + math.log(x) + math.floor(x)
    if i % 97 == 0:
        isq += math.isqrt(i) + math.gcd(i, 360)
print("%.6f" % total, isq, math.fsum([0.1] * 10), math.hypot(3, 4, 12))
