if a:
    pass
elif b:
    x = 1
elif c:
    x = 2
else:
    x = 3
while x < 10:
    x += 1
    if x == 5:
        continue
    if x == 8:
        break
else:
    done = True
for i, v in enumerate(items):
    print(i, v)
else:
    pass
