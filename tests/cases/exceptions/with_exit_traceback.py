# __exit__ gets its own reference to the traceback (as PyException_GetTraceback gives
# WITH_EXCEPT_START): it stays whole when __exit__ drops the exception's reference to it,
# as unittest's assertRaises does with with_traceback(None).
import traceback

class DropTraceback:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        exc.with_traceback(None)
        print(exc_type.__name__, exc.__traceback__, tb.tb_frame.f_code.co_name,
              tb.tb_next and tb.tb_next.tb_frame.f_code.co_name, sorted(tb.tb_frame.f_locals))
        return True

def inner(token):
    raise ValueError(token)

def body(n):
    token = 'x' * n
    with DropTraceback():
        inner(token)
    return token

for n in range(1, 4):
    print(body(n))

class Replace:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        exc.with_traceback(None)
        traceback.clear_frames(tb)
        raise AssertionError('replaced')

def raiser():
    with Replace():
        inner('no')

for i in range(3):
    try:
        raiser()
    except AssertionError as e:
        print(i, e, [f.name for f in traceback.extract_tb(e.__traceback__)], raiser.__code__.co_consts)
