# Helper for import_circular (see impmod_circ_a).
print("b: start, importing a")
import impmod_circ_a
from impmod_circ_a import EARLY
print("b: a is partially initialized; has LATE:", hasattr(impmod_circ_a, "LATE"))
B = "B:" + EARLY
def from_a():
    return impmod_circ_a.LATE
