def divide(a, b):
    return a / b
def index(seq, i):
    return seq[i]
def call_it(f):
    return f(1,
             0)
try:
    call_it(divide)
except ZeroDivisionError:
    pass
data = {"key": [1, 2, 3]}
def lookup():
    value = data["key"][1] + data["missing"]
    return value
lookup()
