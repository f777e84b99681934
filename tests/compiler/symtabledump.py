"""Print the symbol table of each file named on the command line, as `_symtable` gives it.

    INTERPRETER symtabledump.py FILE...

For each FILE: a line `== FILE`, then one line per block, depth-first in `children` order:
its type, name, first line, whether it is nested and its parameters (`varnames`), followed
by one line per symbol in the table's order (see ordered_symbols): the name, its scope and
its flags below SCOPE_OFF. Where the file has no symbol table, one line `ErrorType: message @ position`.
Run under cpython314 it prints the reference; run_stdlib_symtable.sh compares the two.
"""
import sys
import _symtable

SCOPES = {_symtable.LOCAL: "LOCAL", _symtable.GLOBAL_EXPLICIT: "GLOBAL_EXPLICIT",
          _symtable.GLOBAL_IMPLICIT: "GLOBAL_IMPLICIT", _symtable.FREE: "FREE", _symtable.CELL: "CELL"}
TYPES = {getattr(_symtable, n): n[5:] for n in dir(_symtable) if n.startswith("TYPE_")}
FLAGS = sorted((getattr(_symtable, n), n) for n in dir(_symtable) if n.startswith("DEF_") and n != "DEF_BOUND")
FLAGS.insert(0, (_symtable.USE, "USE"))


def flag_names(flags):
    names = [name for bit, name in FLAGS if flags & bit]
    rest = flags & ~sum(bit for bit, _ in FLAGS)
    if rest:
        names.append(hex(rest))
    return "|".join(names) or "0"


def ordered_symbols(ste):
    """The table's symbols in order, except the free names a block only passes to its children:
    update_symbols appends those last, iterating a set of str, so CPython's order there
    depends on the hash seed (and the hash width); they are listed sorted."""
    items = list(ste.symbols.items())
    only_free = _symtable.FREE << _symtable.SCOPE_OFF
    n = len(items)
    while n and items[n - 1][1] == only_free:
        n -= 1
    return items[:n] + sorted(items[n:])


def dump_block(ste, depth, out):
    indent = "  " * depth
    out.append(f"{indent}{TYPES.get(ste.type, ste.type)} {ste.name!r} line={ste.lineno} "
               f"nested={ste.nested} varnames={ste.varnames}")
    for name, value in ordered_symbols(ste):
        scope = (value >> _symtable.SCOPE_OFF) & _symtable.SCOPE_MASK
        flags = value & ((1 << _symtable.SCOPE_OFF) - 1)
        out.append(f"{indent}  {name} {SCOPES.get(scope, scope)} {flag_names(flags)}")
    for child in ste.children:
        dump_block(child, depth + 1, out)


def dump(path):
    with open(path, "rb") as f:
        source = f.read()
    try:
        top = _symtable.symtable(source, path, "exec")
    except SyntaxError as e:
        return f"{type(e).__name__}: {e.msg} @ {e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset}"
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    out = []
    dump_block(top, 0, out)
    return "\n".join(out)


if __name__ == "__main__":
    import warnings
    warnings.simplefilter("ignore")  # the parser's SyntaxWarnings are not the subject here
    for path in sys.argv[1:]:
        print("==", path)
        print(dump(path))
