# A group raised while handling another exception, and a plain exception raised while
# handling a group: the chain messages around the boxes.

def handle():
    try:
        raise ExceptionGroup("first", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("in handler")

try:
    handle()
except ExceptionGroup as e:
    try:
        raise e
    except ExceptionGroup:
        raise SystemError("final")
