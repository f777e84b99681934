t'{x}' b'a'
