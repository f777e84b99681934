# sys.monitoring's registry (tool ids, callbacks, global and per-code event sets, CPython's errors),
# sys.float_info / int_info / float_repr_style, sys._jit, and assigning a function's __code__.
import sys
m=sys.monitoring; E=m.events
print(type(m).__name__, m.__name__, sorted(k for k in dir(m) if not k.startswith('__')))
print(type(E).__name__, sorted((k, getattr(E, k)) for k in dir(E) if not k.startswith('_')))
m.use_tool_id(2,'p')
for events in (E.BRANCH, E.CALL|E.C_RETURN|E.C_RAISE, E.RERAISE|E.RAISE|E.EXCEPTION_HANDLED):
    m.set_events(2, events); print(m.get_events(2), m._all_events())
c=(lambda:0).__code__
m.set_local_events(2, c, E.BRANCH|E.LINE); print(m.get_local_events(2, c))
for call in ['m.use_tool_id(6,"x")','m.use_tool_id(2,"y")','m.use_tool_id(0, 5)','m.get_tool(2)','m.get_tool(1)',
             'm.set_events(3, 1)','m.set_events(2, 1<<30)','m.set_events(2, -1)','m.set_events(2, E.C_RETURN)',
             'm.set_local_events(2, c, E.RAISE)','m.register_callback(2, 1<<19, None)','m.register_callback(2, 3, None)',
             'm.register_callback(2, E.PY_START, print)','m.register_callback(2, E.PY_START, None)','m.get_local_events(2, 1)',
             'm.clear_tool_id(2)','m.get_events(2)','m.get_local_events(2, c)','m.get_tool(2)','m.free_tool_id(2)','m.get_tool(2)',
             'm.restart_events()','m.DISABLE is m.MISSING', 'm.PROFILER_ID, m.DEBUGGER_ID, m.COVERAGE_ID, m.OPTIMIZER_ID']:
    try: print(call, '->', repr(eval(call)))
    except Exception as e: print(call, '!!', type(e).__name__, e)
print(sys.float_repr_style, sys.float_info, sys.int_info)
print(sys.thread_info.n_fields, sys._jit.is_available(), sys._jit.is_enabled(), sys._jit.is_active())
def f(): return 1
def g(): return 2
f.__code__ = g.__code__
print(f(), f.__name__)
