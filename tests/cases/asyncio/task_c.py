# _asyncio.Task (the C type behind asyncio.Task) driven by a minimal loop: names, reprs,
# the step machinery's checks and messages, cancellation, eager start, the task registry
# and the "destroyed but it is pending" report.
import asyncio
import asyncio.events
import contextvars
import types
import _asyncio

print(asyncio.Task is _asyncio.Task, issubclass(asyncio.Task, asyncio.Future))


class Loop:
    def __init__(self, name):
        self.name = name
        self.ready = []
        self.running = False

    def __repr__(self):
        return f"<Loop {self.name}>"

    def get_debug(self):
        return False

    def is_running(self):
        return self.running

    def create_future(self):
        return asyncio.Future(loop=self)

    def call_soon(self, cb, *args, context=None):
        self.ready.append((cb, args, context))

    def call_exception_handler(self, context):
        print("handler:", context["message"], "| task:", context.get("task"))

    def run(self):
        asyncio.events._set_running_loop(self)
        self.running = True
        try:
            while self.ready:
                cb, args, ctx = self.ready.pop(0)
                if ctx is None:
                    cb(*args)
                else:
                    ctx.run(cb, *args)
        finally:
            self.running = False
            asyncio.events._set_running_loop(None)


loop = Loop("main")


async def add(a, b):
    return a + b

t = asyncio.Task(add(1, 2), loop=loop)
print(t.get_name().startswith("Task-"), t._state, t.done(), t.cancelling(), t._must_cancel)
print(type(loop.ready[0][0]).__name__, loop.ready[0][0].__self__ is t)
t.set_name("adder")
print(repr(t))
loop.run()
print(repr(t), t.result(), t._coro is not None, t.get_coro() is t._coro)
for meth, arg in ((t.set_result, 1), (t.set_exception, ValueError())):
    try:
        meth(arg)
    except RuntimeError as e:
        print("RuntimeError:", e)

t = asyncio.Task(add(1, 2), loop=loop, name=12345)
print(repr(t.get_name()))
t.set_name(("a", 1))
print(repr(t.get_name()))
loop.run()

try:
    asyncio.Task(1, loop=loop)
except TypeError as e:
    print("TypeError:", e)

# awaiting a future: the task waits on it, is woken by it, and resumes with its result
fut = loop.create_future()
log = []

async def waiter():
    log.append("start")
    v = await fut
    log.append(("got", v))
    return v * 2

t = asyncio.Task(waiter(), loop=loop, name="waiter")
loop.run()
print(log, t._fut_waiter is fut, fut._asyncio_awaited_by == frozenset([t]))
print(repr(t).split(" wait_for=")[0])
fut.set_result(21)
loop.run()
print(log, t.result(), fut._asyncio_awaited_by)

# what a coroutine must not yield


@types.coroutine
def yield_value(v):
    yield v


async def bad_yield():
    await yield_value(42)

t = asyncio.Task(bad_yield(), loop=loop, name="bad")
loop.run()
print(type(t.exception()).__name__, t.exception())


async def yield_self():
    await yield_value(current)

current = t = asyncio.Task(yield_self(), loop=loop, name="self")
loop.run()
print(t.exception())


async def yield_not_blocking():
    f = loop.create_future()
    await yield_value(f)

t = asyncio.Task(yield_not_blocking(), loop=loop, name="nb")
loop.run()
print(t.exception())

other = Loop("other")


async def other_loop():
    f = other.create_future()
    await f

t = asyncio.Task(other_loop(), loop=loop, name="other")
loop.run()
print(t.exception())


def gen():
    yield 1


async def yield_generator():
    await yield_value(gen())

t = asyncio.Task(yield_generator(), loop=loop, name="gen")
loop.run()
print(str(t.exception()).split(" with ")[0])


async def bare_yield():
    await yield_value(None)
    return "after bare yield"

t = asyncio.Task(bare_yield(), loop=loop)
loop.run()
print(t.result())

# exceptions and cancellation


async def fail():
    raise KeyError("boom")

t = asyncio.Task(fail(), loop=loop)
loop.run()
print(repr(t.exception()), t.cancelled())

fut = loop.create_future()

async def sleeper():
    try:
        await fut
    except asyncio.CancelledError as e:
        print("coroutine saw", repr(e))
        raise

t = asyncio.Task(sleeper(), loop=loop, name="sleeper")
loop.run()
print(t.cancel("go away"), t.cancelling(), fut.cancelled(), t.cancel(), t.cancelling())
loop.run()
print(t.cancelled(), t.done(), t.cancel())
try:
    t.result()
except asyncio.CancelledError as e:
    print("result ->", repr(e))

async def stubborn():
    try:
        await loop.create_future()
    except asyncio.CancelledError:
        return "refused"

t = asyncio.Task(stubborn(), loop=loop)
loop.run()
t.cancel()
loop.run()
print(t.result(), t.cancelled(), t.cancelling())


async def stubborn2():
    n = 0
    for i in range(2):
        try:
            await loop.create_future()
        except asyncio.CancelledError:
            n += 1
            print("uncancel ->", asyncio.current_task().uncancel())
    return n

t = asyncio.Task(stubborn2(), loop=loop)
loop.run()
t.cancel()
t.cancel()
print(t.cancelling(), t._must_cancel)
loop.run()
print(t.cancelling(), t._must_cancel)
t.cancel()
loop.run()
print(t.result(), t.cancelling(), t._must_cancel)

t = asyncio.Task(add(1, 1), loop=loop)
t.cancel("before start")
loop.run()
print(t.cancelled())
try:
    t.exception()
except asyncio.CancelledError as e:
    print("exception ->", repr(e))

# current_task and all_tasks see the running task
async def introspect():
    me = asyncio.current_task()
    print("current is me:", me is it, asyncio.current_task(loop) is me)
    print("all_tasks:", sorted(t.get_name() for t in asyncio.all_tasks()))

it = asyncio.Task(introspect(), loop=loop, name="intro")
pending_fut = loop.create_future()
async def pending():
    await pending_fut
pt = asyncio.Task(pending(), loop=loop, name="pending")
loop.run()
print(asyncio.current_task(loop), sorted(t.get_name() for t in asyncio.all_tasks(loop)))
pending_fut.set_result(None)
loop.run()
print(asyncio.all_tasks(loop))

# _enter_task / _leave_task / _swap_current_task check the running loop
for call in (lambda: asyncio.tasks._enter_task(loop, pt), lambda: asyncio.tasks._leave_task(loop, pt)):
    try:
        call()
    except RuntimeError as e:
        print("RuntimeError:", e)
asyncio.events._set_running_loop(loop)
asyncio.tasks._enter_task(loop, pt)
try:
    asyncio.tasks._enter_task(loop, pt)
except RuntimeError as e:
    print("RuntimeError:", e.args[0][:22])
print(asyncio.tasks._swap_current_task(loop, None) is pt, asyncio.current_task())
try:
    asyncio.tasks._leave_task(loop, pt)
except RuntimeError as e:
    print("RuntimeError:", e.args[0][:30])
asyncio.events._set_running_loop(None)

# eager start runs the first step at once when the loop is running
order = []
async def eager(v):
    order.append(("eager ran", asyncio.current_task().get_name()))
    return v

async def starter():
    t = asyncio.Task(eager(7), loop=loop, name="eager", eager_start=True)
    order.append(("created", t.done(), t.result(), t._coro))
    t2 = asyncio.Task(pending(), loop=loop, name="eager-pending", eager_start=True)
    order.append(("pending", t2.done(), asyncio.current_task().get_name()))
    pending_fut2.set_result(None)

pending_fut = loop.create_future()
pending_fut2 = pending_fut
asyncio.Task(starter(), loop=loop, name="starter")
loop.run()
for o in order:
    print(o)

# the context a task runs in
var = contextvars.ContextVar("var", default="default")
async def read_var():
    return var.get()
ctx = contextvars.Context()
ctx.run(var.set, "in ctx")
t = asyncio.Task(read_var(), loop=loop, context=ctx)
print(t.get_context() is ctx)
loop.run()
print(t.result())

# destroyed while pending: the finalizer reports it
async def forever():
    await loop.create_future()
t = asyncio.Task(forever(), loop=loop, name="forgotten")
loop.run()
t._fut_waiter.remove_done_callback  # the future holds the task through its callback
del t
import gc
gc.collect()
t = asyncio.Task(forever(), loop=loop, name="quiet")
loop.run()
t._log_destroy_pending = False
del t
gc.collect()
print("done")
