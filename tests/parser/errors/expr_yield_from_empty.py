a = (yield from)
