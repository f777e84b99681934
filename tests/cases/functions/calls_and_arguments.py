# Argument evaluation order and binding.
def show(tag, value):
    print("eval", tag)
    return value
def three(a, b, c):
    return a * 100 + b * 10 + c
print(three(show("a", 1), show("b", 2), show("c", 3)))
print(three(c=show("c", 3), a=show("a", 1), b=show("b", 2)))
def mutate(lst, n):
    lst.append(n)
    n = n + 1
    return n
data = []
k = 5
print(mutate(data, k), data, k)
def outer(x):
    return inner(x) + 1
def inner(x):
    return x * 2
print(outer(10))
print(len("abc"), len([1, 2]), len({}), len(range(10)))
