# pass in every block kind, and literal forms.
if True:
    pass
while False:
    pass
for _ in range(2):
    pass
def f():
    pass
class K:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
print(f(), type(K()).__name__)
print(1, -1, 1.0, "s", 's', """triple""", '''t2''')
print(0, 00, 0x10, 0o10, 0b10, 1e3, 1.5e-3, 10_000)
print("a" "b" 'c', "tab\tnew\\n", 'quote\'s', "uni\u00e9")
print([], (), {}, [1], (1,), {1: 2})
