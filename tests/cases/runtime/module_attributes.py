import sys
m = sys.modules[__name__]
print(type(m.__dict__), m.__dict__ is globals())
def __getattr__(name):
    return f"dynamic {name}"
print(m.anything)
try:
    sys.nosuch
except AttributeError as e:
    print(e)
