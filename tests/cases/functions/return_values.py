# return with and without values, multiple return values.
def nothing():
    return
def implicit():
    x = 1
def pair():
    return 1, "two"
def early(n):
    if n > 0:
        return "positive"
    return "not positive"
print(nothing(), implicit())
a, b = pair()
print(a, b, pair())
print(early(1), early(-1))
def nested_return(n):
    for i in range(n):
        while True:
            if i == 2:
                return i * 100
            break
    return -1
print(nested_return(5), nested_return(2))
def make_list(n):
    out = []
    i = 0
    while i < n:
        out.append(i * i)
        i += 1
    return out
print(make_list(4))
