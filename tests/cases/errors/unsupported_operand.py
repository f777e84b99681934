# Uncaught TypeError from an operator, with the operator marker.
def label(n):
    return "item " + n
print(label("one"))
print(label(2))
