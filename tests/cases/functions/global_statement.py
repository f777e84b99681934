# global declarations and name resolution.
count = 0
def inc():
    global count
    count += 1
def read():
    return count
inc(); inc(); inc()
print(count, read())
def make():
    global created
    created = "made"
make()
print(created)
x = "global x"
def shadow():
    x = "local x"
    return x
print(shadow(), x)
def uses_builtin():
    return len([1, 2, 3])
print(uses_builtin())
def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = 1
y = "global y"
unbound()
