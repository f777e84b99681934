def f() -> return: pass
