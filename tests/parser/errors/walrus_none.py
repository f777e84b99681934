(None := 0)
