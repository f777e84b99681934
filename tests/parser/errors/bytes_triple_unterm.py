s = b'''abc
