a: int: str
