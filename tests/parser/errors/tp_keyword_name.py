def f[class](): pass
