# repr and str of builtin values.
values = [0, -12, 3.5, 1e100, "text", "it's", 'say "hi"', "both ' and \"", "\n\t\\", "",
          None, True, [], [1, [2, "x"]], (), (1,), (1, "a"), {}, {"a": 1, 2: [3]}, range(3)]
for v in values:
    print(repr(v), str(v))
print(str(), repr(str("x")), str(10 ** 25), str(-0.0))
print(repr("\x00\x7f\u00e9\u20ac"), repr("caf\u00e9"), repr("\U0001f600"))
class Plain:
    pass
print(str(type(Plain())), repr(int), str(type), repr(print))
print(str(1.0), str(1.5e-5), repr(2.0 ** 70), str(123456789012345678.0))
