type X[T, *] = int
