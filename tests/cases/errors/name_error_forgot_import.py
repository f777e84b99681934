import sys
print("os" in sys.stdlib_module_names, len(sys.stdlib_module_names) > 200)
def f():
    return math.pi
f()
