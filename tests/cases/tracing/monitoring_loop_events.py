# sys.monitoring's events from loops and super(): a `for` loop reports BRANCH_LEFT each time
# it goes on into its body and BRANCH_RIGHT (from the FOR_ITER, past the POP_ITER) when it
# ends; `async for` reports BRANCH_RIGHT from its END_SEND when it ends, normally or not;
# super().name reports CALL, then C_RETURN or C_RAISE, for the call of super; `is None` tests
# report their branches. DISABLE stops one event at one place only.
import sys
mon = sys.monitoring
E = mon.events
TOOL = 2
mon.use_tool_id(TOOL, "loops")
log = []
WATCHED = ('f', 'm', 'broken', 'agen', 'main', 'failing_main', 'g', 'disabling')
def rec(name):
    def cb(code, *args):
        if code.co_name in WATCHED:
            log.append((name, code.co_name) + tuple(a if isinstance(a, int) else type(a).__name__ for a in args))
    return cb
for name in ('BRANCH_LEFT', 'BRANCH_RIGHT', 'CALL', 'C_RETURN', 'C_RAISE', 'JUMP'):
    mon.register_callback(TOOL, getattr(E, name), rec(name))

def gen():
    yield 1
    return 5

def f(x):
    for i in range(2):
        pass
    for j in gen():
        pass
    if x is None:
        x = 1
    if x is not None:
        x = 2
    return x

class Base:
    def m(self):
        return 1
class A(Base):
    def m(self):
        return super().m() + super(A, self).m()
    def broken(self):
        return super(int, self).m()

async def agen():
    yield 1
    yield 2

async def failing_agen():
    yield 1
    raise KeyError('in the loop')

async def main():
    async for v in agen():
        pass
    return 3

async def failing_main():
    async for v in failing_agen():
        pass

def g(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    except KeyError as e:
        return repr(e)

mon.set_events(TOOL, E.BRANCH_LEFT | E.BRANCH_RIGHT | E.CALL | E.C_RETURN | E.C_RAISE | E.JUMP)
print(f(None))
print(A().m())
try:
    A().broken()
except TypeError as e:
    print(type(e).__name__, e)
print(g(main()))
print(g(failing_main()))
mon.set_events(TOOL, 0)
for entry in log:
    print(entry)

# DISABLE from the BRANCH_LEFT callback: the loop's other iterations report nothing there,
# and its end still reports BRANCH_RIGHT.
log.clear()
def disabling():
    total = 0
    for i in range(4):
        total += i
    return total
def left(code, src, dest):
    if code.co_name == 'disabling':
        log.append(('BRANCH_LEFT', src, dest))
        return mon.DISABLE
def right(code, src, dest):
    if code.co_name == 'disabling':
        log.append(('BRANCH_RIGHT', src, dest))
mon.register_callback(TOOL, E.BRANCH_LEFT, left)
mon.register_callback(TOOL, E.BRANCH_RIGHT, right)
mon.set_events(TOOL, E.BRANCH_LEFT | E.BRANCH_RIGHT)
print(disabling(), disabling())
mon.set_events(TOOL, 0)
mon.restart_events()
mon.free_tool_id(TOOL)
print(log)
