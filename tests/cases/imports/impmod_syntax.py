# Helper for import_errors: a module with a syntax error.
x = 1
def broken(:
    pass
