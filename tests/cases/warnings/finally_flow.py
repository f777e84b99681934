# PEP 765: return/break/continue leaving a finally block (ast_preprocess warnings come
# before all codegen warnings).
def f():
    try:
        return 1
    finally:
        return 2

def g(items):
    out = []
    for i in items:
        try:
            out.append(i)
        finally:
            if i == 1:
                continue
            if i == 3:
                break
    return out

x = 0
def h(items):
    try:
        pass
    finally:
        for i in items:
            if i:
                break   # inside a loop inside the finally: no warning
        def inner():
            return 1    # a function body hides the finally
        while items:
            try:
                break
            finally:
                continue
    try:
        x is 1
    finally:
        pass

print(f(), g([0, 1, 2, 3, 4]), h([]))
