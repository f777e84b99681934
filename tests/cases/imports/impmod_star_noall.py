# Helper for import_star: without __all__, every name not starting with '_'.
one = 1
two = 2
_three = 3
def four():
    return 4
print("impmod_star_noall loaded:", sorted(n for n in globals() if not n.startswith("__")))
