try:
    x = 1
except ValueError:
    x = 2
except (TypeError, KeyError) as e:
    print(e)
except:
    raise
else:
    x = 3
finally:
    print("f")

def f():
    try:
        return 1
    finally:
        print("x")

try:
    pass
except Exception as e:
    raise RuntimeError("a") from e
