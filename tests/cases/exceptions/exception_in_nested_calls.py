# An exception propagates through frames until handled.
def level3(x):
    print("level3 start")
    return 10 // x
def level2(x):
    print("level2 start")
    r = level3(x)
    print("level2 end")
    return r
def level1(x):
    try:
        return level2(x)
    except ZeroDivisionError as e:
        print("level1 handled:", e)
        return "fallback"
    finally:
        print("level1 finally")
print(level1(5))
print(level1(0))
