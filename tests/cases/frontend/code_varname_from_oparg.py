# code._varname_from_oparg: what dis uses to name LOAD_FAST/LOAD_DEREF operands.
import dis

def outer(a, b=1, *args, k, **kw):
    c = a + b
    def inner():
        return c + k
    return inner

code = outer.__code__

print([code._varname_from_oparg(i) for i in range(len(code.co_varnames))])
print(code._varname_from_oparg(oparg=0))
for bad in (100, -1):
    try:
        code._varname_from_oparg(bad)
    except IndexError as e:
        print("IndexError", e)
try:
    code._varname_from_oparg("x")
except TypeError as e:
    print("TypeError", e)

for ins in dis.get_instructions(outer):
    if ins.opname in ("LOAD_FAST", "LOAD_FAST_BORROW", "STORE_FAST", "LOAD_DEREF", "STORE_DEREF",
                      "MAKE_CELL", "LOAD_FAST_BORROW_LOAD_FAST_BORROW", "LOAD_FAST_LOAD_FAST"):
        print(ins.opname, ins.argrepr)
