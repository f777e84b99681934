def f(x=lambda: ): pass
