# sys.monitoring: a tool counting the events of a small program, DISABLE, local events,
# restart_events, and the checks on tool ids and event sets.
import sys
mon = sys.monitoring
E = mon.events
TOOL = mon.COVERAGE_ID

def program():
    total = 0
    for i in range(4):
        if i % 2 == 0:
            total += abs(-i)
    try:
        {}["missing"]
    except KeyError:
        total += 1
    return total

def gen():
    yield 1
    yield 2

counts = {}
lines = []
def make(name):
    def cb(*args):
        counts[name] = counts.get(name, 0) + 1
        if name == "LINE":
            code, line = args
            if code is program.__code__:
                lines.append(line - program.__code__.co_firstlineno)
    return cb

mon.use_tool_id(TOOL, "counter")
print(mon.get_tool(TOOL))
wanted = ["PY_START", "PY_RESUME", "PY_RETURN", "PY_YIELD", "LINE", "RAISE", "EXCEPTION_HANDLED",
          "PY_UNWIND", "CALL", "C_RETURN", "C_RAISE", "JUMP", "BRANCH_LEFT", "BRANCH_RIGHT"]
mask = 0
for name in wanted:
    mon.register_callback(TOOL, getattr(E, name), make(name))
    mask |= getattr(E, name)
mon.set_events(TOOL, mask)
program()
list(gen())
mon.set_events(TOOL, 0)
for name in wanted:
    print(name, counts.get(name, 0) > 0)
print("lines", lines)

# DISABLE: a LINE callback that disables itself is called once per line.
seen = []
def once(code, line):
    seen.append(line - program.__code__.co_firstlineno)
    return mon.DISABLE
mon.register_callback(TOOL, E.LINE, once)
mon.set_local_events(TOOL, program.__code__, E.LINE)
print(mon.get_local_events(TOOL, program.__code__) == E.LINE)
program(); program()
print("once", seen)
mon.restart_events()
program()
print("after restart", seen)
mon.set_local_events(TOOL, program.__code__, 0)

# PY_START offsets and arguments.
starts = []
mon.register_callback(TOOL, E.PY_START, lambda code, offset: starts.append((code.co_name, offset)))
mon.register_callback(TOOL, E.PY_RETURN, lambda code, offset, value: starts.append((code.co_name, "ret", value)))
mon.set_events(TOOL, E.PY_START | E.PY_RETURN)
program()
mon.set_events(TOOL, 0)
print(starts)

# DISABLE from a non-local event is an error, and removes the callback.
def raise_cb(code, offset, exc):
    return mon.DISABLE
mon.register_callback(TOOL, E.RAISE, raise_cb)
mon.set_events(TOOL, E.RAISE)
try:
    program()
except ValueError as e:
    print("ValueError", e)
mon.set_events(TOOL, 0)
print(mon.register_callback(TOOL, E.RAISE, None))

for bad in [lambda: mon.set_events(TOOL, E.C_RETURN), lambda: mon.use_tool_id(TOOL, "again"),
            lambda: mon.set_events(7, 0), lambda: mon.set_local_events(TOOL, program.__code__, E.RAISE)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
mon.free_tool_id(TOOL)
print(mon.get_tool(TOOL), mon._all_events())
