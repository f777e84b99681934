def f[***P](): pass
