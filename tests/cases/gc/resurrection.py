# PEP 442: a finalizer that stores its object resurrects it; the finalizer never runs twice.
import gc
saved = []
class R:
    def __init__(self, name): self.name = name
    def __del__(self):
        print("finalizing", self.name)
        saved.append(self)
r = R("cyclic"); r.me = r
del r
gc.collect()
print("saved:", [x.name for x in saved])
saved.clear()
gc.collect()
print("cleared, collected again without a second __del__")
s = R("plain")
del s
print("saved:", [x.name for x in saved])
saved.clear()
print("end")
