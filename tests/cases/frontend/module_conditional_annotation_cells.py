# A module whose conditional annotations share the cell variables with an inlined
# comprehension's cell: the annotation's index is registered through the names table.
import dis
import textwrap

SOURCES = [
    """
    class Generic:
        pass
    try:
        [0 for name_2 in unique_name_0 if (0 for unique_name_1 in unique_name_2 for unique_name_3 in name_2)]
    except:
        pass
    annotated_name: 0
    """,
    """
    class Generic:
        pass
    annotated_name: 0
    try:
        [0 for name_2 in [[0]] for unique_name_1 in unique_name_2 if (lambda: name_2)]
    except:
        pass
    """,
    """
    class G: pass
    x: int
    try:
        fs = [lambda: y for y in [1, 2]]
    except NameError:
        pass
    if fs:
        z: str
    """,
]

for src in SOURCES:
    code = compile(textwrap.dedent(src), "<case>", "exec")
    print(code.co_cellvars, code.co_names)
    print([(i.opname, i.argval) for i in dis.get_instructions(code)
           if i.argval == "__conditional_annotations__"])
    ns = {}
    exec(code, ns)
    print(ns["__annotate__"](1))
