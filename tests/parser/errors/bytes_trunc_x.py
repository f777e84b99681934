s = b'\x1'
