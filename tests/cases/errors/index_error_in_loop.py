# Uncaught IndexError inside a loop in a function.
def first_three(items):
    out = []
    for i in range(3):
        out.append(items[i])
    return out
print(first_three([1, 2, 3, 4]))
print(first_three([1, 2]))
