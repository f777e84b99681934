# Helper for import_errors and import_traceback: raises while being imported.
print("impmod_raises: running")
VALUE = 1
def fail():
    raise ValueError("failed while importing impmod_raises")
fail()
