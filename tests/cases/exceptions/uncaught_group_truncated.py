# traceback.py's limits for groups: 15 sub-exceptions shown (the rest counted), and
# nesting deeper than 10 shown as "... (max_group_depth is 10)".

def deep(n):
    if n == 0:
        return ValueError("bottom")
    return ExceptionGroup(f"level {n}", [deep(n - 1)])

wide = ExceptionGroup("wide", [ValueError(i) for i in range(20)])
raise ExceptionGroup("both", [wide, deep(12), ExceptionGroup("sixteen", [KeyError(i) for i in range(16)])])
