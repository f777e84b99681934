# A while loop of int arithmetic, 10 million iterations.
def loop(n):
    i = 0
    total = 0
    while i < n:
        total = (total + i * 7) % 1000003
        i += 1
    return total
print(loop(10000000))
