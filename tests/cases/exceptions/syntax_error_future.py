# SyntaxErrors of future statements (Python/future.c and the compiler): unknown features,
# braces, and a future import that does not open the module.

def show(src):
    try:
        compile(src, "<fragment>", "exec")
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, e.text)
    else:
        print("compiled", repr(src))

show("from __future__ import doesnt_exist")
show("from __future__ import braces")
show("from __future__ import division, braces")
show("from __future__ import (annotations,\n    nope)")
show("x=1\nfrom __future__ import division")
show('"""doc"""\nfrom __future__ import annotations\nfrom __future__ import division\nx = 1')
show('"""doc"""\nfrom __future__ import annotations\nx = 1\nfrom __future__ import division')
show("def f():\n    from __future__ import division")
show("import os\nfrom __future__ import generator_stop")
show("from __future__ import nested_scopes, generators, with_statement, print_function, unicode_literals, absolute_import")
show("from .__future__ import x")
show("from __future__ import annotations\nx: undefined = 1\nprint(__annotations__)")

ns = {}
exec("from __future__ import annotations\nx: undefined_name = 1", ns)
print(ns["__annotations__"])
