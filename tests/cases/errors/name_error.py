# Uncaught NameError for a name that exists nowhere.
print("before")
def f():
    return undefined_thing + 1
f()
