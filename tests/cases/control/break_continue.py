# break and continue in for and while, nested loops.
for i in range(10):
    if i == 2:
        continue
    if i == 6:
        break
    print("for", i)
i = 0
while True:
    i += 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("while", i)
for a in range(3):
    for b in range(3):
        if b == a:
            break
        print("pair", a, b)
found = None
for n in range(2, 50):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        if n > 40:
            found = n
            break
print("first prime > 40:", found)
k = 0
while k < 3:
    k += 1
else:
    print("while else ran, k =", k)
while True:
    break
else:
    print("not printed")
def search(items, target):
    for idx in range(len(items)):
        if items[idx] == target:
            return idx
    return -1
print(search([5, 6, 7], 7), search([5, 6, 7], 8))
