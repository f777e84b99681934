try:
    x = 1 / 0
except ZeroDivisionError as e:
    print(e)
except (TypeError, ValueError):
    raise
except Exception:
    raise RuntimeError("bad") from None
else:
    pass
finally:
    cleanup()

try:
    pass
finally:
    del a, b[0], c.d
