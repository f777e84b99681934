class A[T U]: pass
