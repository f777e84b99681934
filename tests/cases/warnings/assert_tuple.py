# assert on a non-empty tuple is always true.
x = 0
try:
    assert ()
except AssertionError:
    print("empty tuple is false")
assert (x, "never fails")
assert (x,)
assert [x, 1]
try:
    assert (x == 1), "message"
except AssertionError as e:
    print("AssertionError:", e)
print("done")
