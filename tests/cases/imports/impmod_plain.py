# Helper module for the imports cases (also run as a case by itself).
print("loading impmod_plain as", __name__)
X = 10
def double(n):
    return 2 * n
class Thing:
    def __repr__(self):
        return "Thing()"
_private = "p"
