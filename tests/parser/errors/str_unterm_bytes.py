s = b'abc
