# _asyncio.Future (the C type behind asyncio.Future) driven by a minimal loop: states,
# reprs, error messages, callback order and contexts, the await protocol, and the
# "exception was never retrieved" report of its finalizer.
import asyncio
import contextvars
import _asyncio

print(asyncio.Future is _asyncio.Future, asyncio.futures._CFuture is _asyncio.Future)

var = contextvars.ContextVar("var", default="unset")


class Loop:
    def __init__(self):
        self.ready = []

    def get_debug(self):
        return False

    def call_soon(self, cb, *args, context=None):
        self.ready.append((cb, args, context))

    def call_exception_handler(self, context):
        exc = context.get("exception")
        print("handler:", context["message"], "|", type(exc).__name__, exc,
              "| future:", type(context["future"]).__name__)

    def run(self):
        while self.ready:
            cb, args, ctx = self.ready.pop(0)
            if ctx is None:
                cb(*args)
            else:
                ctx.run(cb, *args)


loop = Loop()

# states and reprs
f = asyncio.Future(loop=loop)
print(repr(f), f._state, f.done(), f.cancelled(), f.get_loop() is loop, f._loop is loop)
print(f._result, f._exception, f._callbacks, f._source_traceback, f._cancel_message)
print(f._log_traceback, f._asyncio_future_blocking, f._asyncio_awaited_by)
for meth in (f.result, f.exception):
    try:
        meth()
    except asyncio.InvalidStateError as e:
        print(meth.__name__, "->", type(e).__name__, e)
f.set_result([1, 2])
print(repr(f), f._state, f.result(), f.exception(), f._result)
try:
    f.set_result(3)
except asyncio.InvalidStateError as e:
    print("set_result again ->", e)
try:
    f.set_exception(ValueError())
except asyncio.InvalidStateError as e:
    print("set_exception after result ->", e)
print(f.cancel(), f.cancelled())

# exceptions
f = asyncio.Future(loop=loop)
f.set_exception(ValueError)          # a class is instantiated
print(repr(f), f._log_traceback)
print(type(f.exception()).__name__, f._log_traceback)
try:
    f.result()
except ValueError as e:
    print("result raised", repr(e))

f = asyncio.Future(loop=loop)
f.set_exception(StopIteration(5))
e = f.exception()
print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__))

f = asyncio.Future(loop=loop)
try:
    f.set_exception("not an exception")
except TypeError as e:
    print("TypeError:", e)
try:
    f._log_traceback = True
except ValueError as e:
    print("ValueError:", e)
f._log_traceback = False
try:
    del f._asyncio_future_blocking
except AttributeError as e:
    print("AttributeError:", e)

# cancellation
f = asyncio.Future(loop=loop)
print(f.cancel("stop"), f.cancel(), repr(f), f._cancel_message)
for meth in (f.result, f.exception):
    try:
        meth()
    except asyncio.CancelledError as e:
        print(meth.__name__, "->", type(e).__name__, e.args)
f = asyncio.Future(loop=loop)
f._cancel_message = "changed"
f.cancel()
try:
    f.result()
except asyncio.CancelledError as e:
    print("message set by attribute:", e.args)
print(type(f._make_cancelled_error()).__name__)

# callbacks: the first is kept apart, the rest in a list; all go to call_soon in order
order = []
def cb(name):
    def callback(fut):
        order.append((name, var.get(), fut.result()))
    callback.__qualname__ = name
    return callback

def callbacks_in_order():
    f = asyncio.Future(loop=loop)
    a, b, c = cb("a"), cb("b"), cb("c")
    f.add_done_callback(a)
    var.set("ctx-b")
    f.add_done_callback(b)
    var.set("later")
    ctx = contextvars.Context()
    ctx.run(var.set, "explicit")
    f.add_done_callback(c, context=ctx)
    f.add_done_callback(a)
    print(len(f._callbacks), [cb.__qualname__ for cb, _ in f._callbacks])
    print("removed", f.remove_done_callback(a), [cb.__qualname__ for cb, _ in f._callbacks])
    print("removed", f.remove_done_callback(a))
    f.set_result("r")
    print("after set_result:", f._callbacks, len(loop.ready))
    loop.run()
    print(order)
    f.add_done_callback(cb("late"))   # done already: scheduled at once
    loop.run()
    print(order[-1])


# run in a context of its own, so that the thread's context is left as it was
contextvars.Context().run(callbacks_in_order)

# the await protocol
f = asyncio.Future(loop=loop)
it = f.__await__()
print(type(it).__name__, iter(it) is it)
print(next(it) is f, f._asyncio_future_blocking)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
f.set_result(42)
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.value)
f = asyncio.Future(loop=loop)
it = iter(f)
try:
    it.throw(KeyError("k"))
except KeyError as e:
    print("thrown", repr(e))
f = asyncio.Future(loop=loop)
f.set_exception(OSError("gone"))
try:
    f.__await__().send(None)
except OSError as e:
    print("await raised", repr(e))

# awaited-by bookkeeping
f1 = asyncio.Future(loop=loop)
f2 = asyncio.Future(loop=loop)
asyncio.future_add_to_awaited_by(f1, f2)
print(f1._asyncio_awaited_by == frozenset([f2]))
asyncio.future_discard_from_awaited_by(f1, f2)
print(f1._asyncio_awaited_by)

# an uninitialized future
u = asyncio.Future.__new__(asyncio.Future)
print(u.done(), u.cancelled(), u._loop, u._source_traceback)
for name in ("__repr__", "get_loop", "cancel", "set_result", "__iter__"):
    try:
        getattr(u, name)(*([1] if name == "set_result" else []))
    except RuntimeError as e:
        print(name, "-> RuntimeError:", e)
try:
    u.result()
except asyncio.InvalidStateError as e:
    print("result -> InvalidStateError:", e)
try:
    u.add_done_callback(print)
except RuntimeError as e:
    print("add_done_callback -> RuntimeError:", e)

# instances take attributes; the class supports generics
f = asyncio.Future(loop=loop)
f.tag = "t"
print(f.tag, hasattr(f, "__dict__"), asyncio.Future[int])
f.set_result(3)
original = f.result
f.result = lambda: ("shadowed", original())   # an instance attribute wins over the method
print(f.result(), f.result(), f.done())

# argument errors: some methods name themselves without the class (clinic's defining_class form)
f = asyncio.Future(loop=loop)
for call in (lambda: f.result(1), lambda: f.exception(1), lambda: f.get_loop(x=1),
             lambda: f.set_result(), lambda: f.set_result(1, 2), lambda: f.set_exception(exception=1),
             lambda: f.remove_done_callback(), lambda: f.add_done_callback(), lambda: f.cancel(1, 2),
             lambda: asyncio.Future(1), lambda: asyncio.Future(loop=loop, x=1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(asyncio.Future.set_result.__text_signature__, asyncio.Future.add_done_callback.__text_signature__)

# never retrieved: the finalizer reports to the loop's exception handler
class MyFuture(asyncio.Future):
    pass
f = asyncio.Future(loop=loop)
f.set_exception(ZeroDivisionError("lost"))
del f
f = MyFuture(loop=loop)
f.set_exception(KeyError("sub"))
del f
f = asyncio.Future(loop=loop)
f.set_exception(ValueError("seen"))
f.exception()
del f
print("done")
