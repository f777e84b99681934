class A[T=]: pass
