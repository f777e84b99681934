# _opcode: the instruction tables opcode and dis read, with CPython's answers and errors.
import _opcode, opcode
print(_opcode.__doc__)
for f in ['stack_effect','is_valid','has_free','get_special_method_names','get_executor','get_nb_ops']:
    print(f, repr(getattr(_opcode,f).__doc__), getattr(_opcode,f).__text_signature__)
print(_opcode.stack_effect(opcode.opmap['LOAD_CONST'], 0), _opcode.stack_effect(opcode.opmap['FOR_ITER'], 3), _opcode.stack_effect(opcode.opmap['FOR_ITER'], 3, jump=True), _opcode.stack_effect(opcode.opmap['FOR_ITER'], 3, jump=False))
print(_opcode.stack_effect(opcode.opmap['BUILD_LIST'], 5), _opcode.stack_effect(opcode.opmap['NOP']))
for bad in [(300,), (opcode.opmap['LOAD_CONST'], 0, 'x')]:
    try:
        if len(bad) == 3: _opcode.stack_effect(bad[0], bad[1], jump=bad[2])
        else: _opcode.stack_effect(*bad)
    except Exception as e: print(type(e).__name__, e)
try: _opcode.get_executor(1, 0)
except Exception as e: print(type(e).__name__, e)
try: _opcode.get_executor(code=(lambda:0).__code__, offset=0)
except Exception as e: print(type(e).__name__, e)
print(_opcode.is_valid(opcode=1), [op for op in range(300) if _opcode.is_valid(op)] == [op for op in range(300) if op in opcode.opmap.values()])
print(opcode.hasarg[:10], opcode.hasconst, opcode.hasname[:5], opcode.hasjrel[:5], opcode.hasfree, opcode.haslocal[:4], opcode.hasexc)
print(_opcode.get_nb_ops()[-3:], _opcode.get_intrinsic1_descs()[-2:], _opcode.get_intrinsic2_descs(), _opcode.get_special_method_names())
print(_opcode.get_specialization_stats(), _opcode.ENABLE_SPECIALIZATION, _opcode.ENABLE_SPECIALIZATION_FT)
