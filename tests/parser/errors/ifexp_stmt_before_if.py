x = pass if a else b
