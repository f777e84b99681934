# "never awaited" RuntimeWarnings go through the warnings module, as CPython's do: its
# filters and catch_warnings see them, an "error" filter makes an unraisable exception, and
# warnings._warn_unawaited_coroutine formats the coroutine's (with its origin when tracked).
import re, sys, warnings

async def job():
    pass

async def agen():
    yield 1

class Holder:
    async def method(self):
        pass

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    job()
    c = Holder().method()
    del c
    g = agen()
    g.asend(None)
    g.athrow(ValueError)
    g.aclose()
    for m in w:
        print(m.category.__name__, m.message, m.source is not None)

def hook(u):
    print("unraisable:", re.sub(" at 0x[0-9a-f]+", "", u.err_msg), "|", type(u.exc_value).__name__, u.exc_value)
sys.unraisablehook = hook

with warnings.catch_warnings():
    warnings.filterwarnings("error")
    job()
    g = agen()
    g.asend(None)

orig = warnings._warn_unawaited_coroutine
warnings._warn_unawaited_coroutine = lambda coro: 1 / 0
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    job()
    print([str(m.message) for m in w])
warnings._warn_unawaited_coroutine = orig

sys.set_coroutine_origin_tracking_depth(2)
def make():
    return job()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    make()
    print(str(w[0].message).replace(__file__, "FILE"))
sys.set_coroutine_origin_tracking_depth(0)

job()   # printed by the default filters, with the tracemalloc hint
print("end")
