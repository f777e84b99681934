# User-defined exception classes.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__("not found: " + key)
        self.key = key
class Invalid(AppError):
    def __str__(self):
        return "invalid!"
def lookup(d, key):
    if key not in d:
        raise NotFound(key)
    if d[key] is None:
        raise Invalid(key)
    return d[key]
data = {"a": 1, "b": None}
for k in ["a", "b", "c"]:
    try:
        print(k, lookup(data, k))
    except NotFound as e:
        print("NotFound", e, e.key, e.args)
    except AppError as e:
        print("AppError", type(e).__name__, e, repr(e))
print(issubclass(NotFound, Exception), isinstance(NotFound("x"), AppError))
