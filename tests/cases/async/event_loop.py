# A tiny event loop written in Python: tasks are coroutines stepped with send(None);
# futures are awaitables whose __await__ yields themselves to the loop.

class Future:
    def __init__(self, name):
        self.name = name
        self.done = False
        self.result = None
        self.callbacks = []
    def set_result(self, value):
        self.done = True
        self.result = value
        for cb in self.callbacks:
            cb(self)
    def __await__(self):
        if not self.done:
            yield self
        if isinstance(self.result, BaseException):
            raise self.result
        return self.result


class Loop:
    def __init__(self):
        self.ready = []
        self.time = 0
        self.timers = []
        self.log = []

    def spawn(self, coro, name):
        task = Task(coro, name, self)
        self.ready.append(task)
        return task

    def sleep(self, delay, value=None):
        fut = Future("sleep")
        self.timers.append((self.time + delay, len(self.timers), fut, value))
        return fut

    def run(self):
        while self.ready or self.timers:
            while self.ready:
                self.ready.pop(0).step()
            if self.timers:
                self.timers.sort(key=lambda t: (t[0], t[1]))
                when, _, fut, value = self.timers.pop(0)
                self.time = when
                fut.set_result(value)


class Task(Future):
    def __init__(self, coro, name, loop):
        super().__init__(name)
        self.coro = coro
        self.loop = loop
    def step(self, value=None):
        try:
            awaited = self.coro.send(value)
        except StopIteration as e:
            self.loop.log.append((self.loop.time, self.name, "done", e.value))
            self.set_result(e.value)
        except Exception as e:
            self.loop.log.append((self.loop.time, self.name, "failed", repr(e)))
            self.set_result(e)
        else:
            awaited.callbacks.append(lambda fut: self.loop.ready.append(self))


loop = Loop()

async def worker(name, delays):
    total = 0
    for d in delays:
        v = await loop.sleep(d, d * 10)
        loop.log.append((loop.time, name, "woke", v))
        total += v
    return total

async def failing():
    await loop.sleep(2)
    raise ValueError("worker failed")

async def gather(*tasks):
    results = []
    for t in tasks:
        try:
            results.append(await t)
        except Exception as e:
            results.append(e)
    return results

async def main():
    a = loop.spawn(worker("a", [3, 1]), "a")
    b = loop.spawn(worker("b", [1, 1, 1]), "b")
    c = loop.spawn(failing(), "c")
    results = await gather(a, b, c)
    print("gathered", results)
    return "main result"

m = loop.spawn(main(), "main")
loop.run()
for entry in loop.log:
    print(entry)
print(m.result)

# A task awaiting a coroutine that awaits a coroutine: the future reaches the loop through
# every level, and the result comes back down.
loop = Loop()
async def level3():
    return await loop.sleep(5, "deep")
async def level2():
    return (await level3()) + "er"
async def level1():
    r = await level2()
    return r + "est"
t = loop.spawn(level1(), "nested")
loop.run()
print(t.result, loop.time)

# Cancellation by throw(): the exception lands at the innermost await.
class Cancelled(Exception):
    pass

async def cancellable(log):
    try:
        await Future("never")
    except Cancelled:
        log.append("inner cancelled")
        raise
    finally:
        log.append("inner finally")

async def outer(log):
    try:
        await cancellable(log)
    finally:
        log.append("outer finally")

log = []
c = outer(log)
fut = c.send(None)
print(type(fut).__name__, fut.name)
try:
    c.throw(Cancelled("stop"))
except Cancelled as e:
    print("cancelled:", e)
print(log)
