# An uncaught exception raised while handling another: both tracebacks on stderr.
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError("could not parse " + repr(s))
print("start")
parse("12")
parse("twelve")
print("not reached")
