# finally blocks run while an uncaught exception propagates.
def inner():
    try:
        raise ValueError("from inner")
    finally:
        print("inner finally")
def outer():
    try:
        inner()
    finally:
        print("outer finally")
try:
    outer()
finally:
    print("module finally")
