class A[T()]: pass
