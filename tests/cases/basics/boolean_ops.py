# and / or / not, truthiness and short-circuit.
print(True and False, True or False, not True, not 0)
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "x", "" or 0)
print([] or [1], [0] and "yes", {} or "empty", () and 1)
def t(v):
    print("t", v)
    return v
print(t(0) and t(1))
print(t(1) and t(2))
print(t(0) or t(0) or t(3))
print(not t(""))
for v in [0, 1, -1, 0.0, 2.5, "", "a", [], [0], (), (0,), {}, {0: 0}, None, True, False, range(0), range(1)]:
    print(repr(v), bool(v), not v)
x = 3
print(x > 1 and x < 5, x < 1 or x > 2, not (x == 3))
