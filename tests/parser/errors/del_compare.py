del a == b
