def f(x) -> : pass
