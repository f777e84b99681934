, a
