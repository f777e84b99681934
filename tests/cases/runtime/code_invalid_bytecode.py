# Executing an opcode that does not exist raises SystemError "FILE:LINE: unknown opcode N"
# (bytecodes.c's unknown-opcode handler); dis shows it as <N>.
import dis, io

def foo():
    pass

for op in (121, 127, 213, 233):
    foo.__code__ = foo.__code__.replace(co_code=bytes([op]) + foo.__code__.co_code[1:])
    try:
        foo()
    except SystemError as e:
        print(type(e).__name__, e)
    out = io.StringIO()
    dis.dis(foo, file=out)
    print(out.getvalue().splitlines()[0].split())

def bar(x):
    return x + 1

code = bar.__code__
body = bytearray(code.co_code)
body[-2] = 127   # the RETURN_VALUE
bar.__code__ = code.replace(co_code=bytes(body))
try:
    bar(1)
except SystemError as e:
    print(e)
