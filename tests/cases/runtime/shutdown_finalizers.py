# reference: python3
# At shutdown: atexit callbacks run last-registered first, before weakref.finalize
# callbacks (atexit-registered by weakref) in reverse creation order, then __del__ of
# objects still referenced from the module.
import atexit
import sys
import weakref


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name, "finalizing:", sys.is_finalizing())


a = Resource("a")
b = Resource("b")
weakref.finalize(a, print, "finalize a")
weakref.finalize(b, print, "finalize b")
keep = weakref.finalize(Resource("temp"), print, "finalize temp (never printed twice)")
atexit.register(print, "atexit first registered")
atexit.register(print, "atexit second registered")
dead = weakref.finalize(a, print, "detached")
dead.detach()
print("end of main")
