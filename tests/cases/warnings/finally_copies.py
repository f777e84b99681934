# A finally body is compiled once more for each return/break/continue that leaves its try
# block, so its warnings repeat; the copy for the exception path stays silent.
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): return False

def f(items):
    for i in items:
        try:
            if i == 1: return "ret"
            if i == 2: break
            if i == 3: continue
        finally:
            print(i is 1000)
    try:
        pass
    except Exception:
        pass
    else:
        print(i is 1001)
    finally:
        print(i is 1002)
    with CM():
        try:
            return i is 1003
        finally:
            print(i is 1004)

class C:
    a: int = 1
    def m(self, y=f([3]) is 1005):
        return y

print(f([0, 3]), f([2]), f([1]))
