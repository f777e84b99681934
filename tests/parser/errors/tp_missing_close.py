def f[T(): pass
