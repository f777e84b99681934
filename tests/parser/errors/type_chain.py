type X = int = str
