# A generator's frame holds its globals: a generator kept in those globals is a cycle the
# collector finds. A suspended one is closed by its finalizer, which may resurrect it.
import gc, textwrap, types

class Sentinel:
    def __del__(self):
        print("sentinel freed")

def run(src, sentinel):
    ns = {"resurrected": resurrected}
    if sentinel: ns["s"] = Sentinel()
    exec(textwrap.dedent(src), ns)

resurrected = []
gc.collect()
print("unstarted")
run("""
    def gen():
        yield
    g = gen()
""", True)
print("collected:", gc.collect() > 0)

print("suspended, resurrecting")
run("""
    def gen():
        try:
            yield
        except BaseException as e:
            print("closing with", type(e).__name__)
            resurrected.append(g)
    g = gen()
    next(g)
""", False)
gc.collect()
print(len(resurrected), isinstance(resurrected[0].gi_code, types.CodeType), resurrected[0].gi_frame)
del resurrected[:]
gc.collect()
print("end")
