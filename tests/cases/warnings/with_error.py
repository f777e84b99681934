# Warnings emitted before a compile error are printed, then the SyntaxError.
x = 1
print(x is 1)
def f():
    try:
        pass
    finally:
        return (1)(2)
return x
print(x is 2)
