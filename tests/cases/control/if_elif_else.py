# if / elif / else.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for n in [-5, 0, 3, 10, 99]:
    print(n, classify(n))
x = 7
if x % 2:
    print("odd")
else:
    print("even")
if []:
    print("empty list is true")
elif [0]:
    print("non-empty list is true")
if not None:
    print("not None")
y = "yes" if x > 5 else "no"
print(y)
if x > 1:
    if x > 5:
        print("nested >5")
    else:
        print("nested <=5")
