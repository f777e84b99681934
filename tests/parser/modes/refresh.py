"""Fill in the expected values of the parse-mode cases from CPython 3.14.

    ../../../../shared/tools/cpython314 refresh.py *.json

Each JSON file is a list of cases {"mode", "type_comments", "source", "expected"}; this
rewrites every "expected" with what `ast.parse(source, mode=mode, type_comments=...)` gives:
`ast.dump(tree, include_attributes=True)`, or for a SyntaxError the line astdump.py prints.
tests/Sharpy.Tests/Parser/ModeTests.cs checks the parser against them.
"""
import ast
import json
import sys


def expected(case):
    try:
        tree = ast.parse(case["source"], mode=case["mode"], type_comments=case["type_comments"])
    except SyntaxError as e:
        return f"{type(e).__name__}: {e.msg} @ {e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset}"
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    return ast.dump(tree, include_attributes=True)


for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        cases = json.load(f)
    for case in cases:
        case["expected"] = expected(case)
    with open(path, "w", encoding="utf-8") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(c, ensure_ascii=False) for c in cases))
        f.write("\n]\n")
