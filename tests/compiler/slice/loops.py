i = 0
while i < 10:
    i += 1
    if i == 5:
        continue
    if i == 8:
        break
else:
    print("done")
for j in range(3):
    print(j)
for k, v in d.items():
    if k:
        break
    print(k, v)
