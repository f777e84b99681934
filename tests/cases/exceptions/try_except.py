# try / except with types, tuples, bare except and else.
def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        print("cannot divide", a, "by zero")
        return None
    else:
        print("divided fine")
        return result
print(divide(6, 3))
print(divide(1, 0))
for bad in ["x", None, [1]]:
    try:
        n = int(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, "-", e)
try:
    [1, 2][5]
except KeyError:
    print("wrong handler")
except IndexError as e:
    print("IndexError:", e)
try:
    {}["missing"]
except LookupError as e:
    print("LookupError caught", type(e).__name__, repr(e))
try:
    undefined_name_here
except:
    print("bare except caught something")
try:
    x = 1
except Exception:
    print("not reached")
else:
    print("else runs when no exception")
