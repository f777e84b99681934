"""Reference for the compiler's SyntaxWarnings (run with cpython314 from this folder).

    cpython314 gen_warnings.py NAME.py...

For each NAME.py writes NAME.ast (`ast.dump(tree, include_attributes=True)`) and
NAME.warnings: one line `LINENO: MESSAGE` per SyntaxWarning that compiling the tree
emits, in order, then `ErrorType: message @ lineno:offset-end_lineno:end_offset` if the
compilation fails. Compiling the tree (not the source) leaves out the parser's warnings.
"""
import ast
import sys
import warnings


def run(path):
    with open(path, "rb") as f:
        tree = ast.parse(f.read(), path)
    lines = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            compile(tree, path, "exec")
            error = None
        except SyntaxError as e:
            error = f"{type(e).__name__}: {e.msg} @ {e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset}"
    for w in caught:
        lines.append(f"{w.lineno}: {w.message}")
    if error:
        lines.append(error)
    stem = path[:-3]
    with open(stem + ".ast", "w") as f:
        f.write(ast.dump(tree, include_attributes=True) + "\n")
    with open(stem + ".warnings", "w") as f:
        f.write("".join(line + "\n" for line in lines))


if __name__ == "__main__":
    for p in sys.argv[1:]:
        run(p)
