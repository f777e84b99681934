# Instructions the compiler never emits in plain code, run from code objects built by hand
# with code.replace(): END_FOR (CPython reaches it when a loop's generator returns into it),
# EXIT_INIT_CHECK (the check after __init__ in CPython's shim frame for cls(...)), and
# INSTRUMENTED_END_FOR (END_FOR's STOP_ITERATION event under sys.monitoring).
import opcode
import sys

def template():
    return 1

def function(*instructions, consts):
    code = bytes(b for name, arg in instructions for b in (opcode.opmap[name], arg))
    co = template.__code__.replace(co_code=code, co_consts=consts, co_stacksize=4,
                                   co_linetable=b'', co_exceptiontable=b'', co_name='handmade',
                                   co_qualname='handmade')
    return type(template)(co, {})

# END_FOR pops the value on top: 'kept' is returned.
end_for = function(('RESUME', 0), ('LOAD_CONST', 0), ('LOAD_CONST', 1), ('END_FOR', 0),
                   ('RETURN_VALUE', 0), consts=('kept', 'popped'))
print(end_for())

# EXIT_INIT_CHECK passes None, and refuses anything else as __init__'s result.
for result in (None, 5, 'text', []):
    check = function(('RESUME', 0), ('LOAD_CONST', 0), ('EXIT_INIT_CHECK', 0), ('LOAD_CONST', 1),
                     ('RETURN_VALUE', 0), consts=(result, 'passed'))
    try:
        print(check())
    except TypeError as e:
        print(type(e).__name__, e)

# Under STOP_ITERATION monitoring, END_FOR with a generator below the value reports the value.
def gen():
    yield 1

receiver = gen()
stop = function(('RESUME', 0), ('LOAD_CONST', 0), ('LOAD_CONST', 1), ('END_FOR', 0),
                ('RETURN_VALUE', 0), consts=(receiver, 'loop result'))
plain = function(('RESUME', 0), ('LOAD_CONST', 0), ('LOAD_CONST', 1), ('END_FOR', 0),
                 ('RETURN_VALUE', 0), consts=('not a generator', 'value'))
mon = sys.monitoring
mon.use_tool_id(3, 'handmade')
events = []
def on_stop(code, offset, exc):
    events.append((code.co_name, offset, type(exc).__name__, exc.value))
mon.register_callback(3, mon.events.STOP_ITERATION, on_stop)
mon.set_events(3, mon.events.STOP_ITERATION)
print(stop() is receiver, plain())
mon.set_events(3, 0)
mon.free_tool_id(3)
print(events)
receiver.close()
