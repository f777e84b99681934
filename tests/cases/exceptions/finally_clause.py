# finally runs on every exit path.
def normal():
    try:
        print("normal body")
    finally:
        print("normal finally")
def raising():
    try:
        raise ValueError("boom")
    finally:
        print("raising finally")
def returning():
    try:
        return "returned"
    finally:
        print("returning finally")
def override():
    try:
        return "try value"
    finally:
        print("override finally")
normal()
try:
    raising()
except ValueError as e:
    print("caught", e)
print(returning())
print(override())
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested()
def swallow():
    for i in range(3):
        try:
            raise RuntimeError(i)
        except RuntimeError as e:
            print("handled", e)
            continue
        finally:
            print("finally", i)
swallow()
