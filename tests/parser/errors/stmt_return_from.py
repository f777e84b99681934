return from x
