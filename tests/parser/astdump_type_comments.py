"""astdump.py with ast.parse(..., type_comments=True): the reference of
run_stdlib_corpus.sh --type-comments.

    cpython314 astdump_type_comments.py FILE...
"""
import ast
import sys


def dump(path):
    with open(path, "rb") as f:
        source = f.read()
    try:
        tree = ast.parse(source, path, type_comments=True)
    except SyntaxError as e:
        return f"{type(e).__name__}: {e.msg} @ {e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset}"
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    return ast.dump(tree, include_attributes=True)


if __name__ == "__main__":
    for path in sys.argv[1:]:
        print("==", path)
        print(dump(path))
