# compile()'s filename goes through PyUnicode_FSDecoder: str, bytes (undecodable bytes become
# surrogates) or os.PathLike, no null character; it is converted before mode is checked.
import pathlib
for fn in ["a\0b", b"a\0b", b"\xff.py", pathlib.PurePosixPath("p.py"), bytearray(b"x"), 1]:
    try:
        c = compile('x', fn, 'exec'); print(repr(c.co_filename))
    except Exception as e: print(type(e).__name__, e)
try: compile('x', 1, 2)
except Exception as e: print(type(e).__name__, e)
