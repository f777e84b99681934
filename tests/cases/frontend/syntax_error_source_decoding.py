# SyntaxErrors raised while decoding the source keep CPython's argument shapes: a
# source that does not decode has no end position, null bytes have no location at all,
# and a BOM that disagrees with the coding cookie names no file.
import ast


def show(src, parse=False):
    try:
        if parse:
            ast.parse(src)
        else:
            compile(src, "case.py", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.args)
        print("  ", e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))


show(b"# coding: uft-8\nx = 1\n")
show(b"# coding: uft-8\nx = 1\n", parse=True)
show(b"# -*- coding: ascii -*-\nx = '\xe9'\n")
show(b"x = 1\0\n")
show("x = 1\0\n")
show(b"\xef\xbb\xbf#coding: latin-1\nx = 1\n")
show(b"\xef\xbb\xbf\n# coding: latin-1\nx = 1\n")
show(b"x = '\xff'\n")
show(b"\xef\xbb\xbf# coding: latin-1\r\nx = 1\r\n")
show(b"\xef\xbb\xbf#abc\r\n# coding: latin-1   \r\n")
show(b"x = 1\ny = '\xc3\xff\xfe'\r\n")
