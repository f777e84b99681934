lambda[T]: 1
