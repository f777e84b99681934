# None, True and False as values.
print(None, True, False)
print(repr(None), str(True), repr(False))
print(type(None), type(True), type(False))
print(isinstance(True, int), isinstance(None, object), True + 1)
def nothing():
    pass
print(nothing())
r = nothing()
print(r is None, r == None)
print(int(True), float(False), str(None))
print(True * 3, False * 3, -True)
print(bool(None), bool(0), bool(1), bool("False"))
