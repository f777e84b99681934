def f() -> *int: pass
