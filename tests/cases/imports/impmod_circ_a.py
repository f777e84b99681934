# Helper for import_circular: a and b import each other; b only uses what a
# defined before `import impmod_circ_b`.
if __name__ == "__main__":
    raise SystemExit("impmod_circ_a is a helper module: run import_circular.py")
EARLY = "early from a"
print("a: start, importing b")
import impmod_circ_b
print("a: b imported, b.B =", impmod_circ_b.B)
LATE = "late from a"
def use_b():
    return impmod_circ_b.from_a()
