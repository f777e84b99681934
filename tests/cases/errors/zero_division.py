# Uncaught ZeroDivisionError: traceback on stderr, exit status 1.
def average(values):
    return sum(values) / len(values)
print(average([1, 2, 3]))
print(average([]))
print("not reached")
