#!/usr/bin/env python3
"""collect_stdlib_regexes.py: the corpus of the standard library's own regular expressions.

    ../shared/tools/cpython314 tools/collect_stdlib_regexes.py "$PWD/.stdlib/lib/python3.14" \
        > tests/cases/re/stdlib_patterns.txt

(run it under a 3.14: the Lib uses syntax an older ast cannot parse.)

Walks the installed pure-Python Lib (default .stdlib/lib/python3.14, tests and idlelib's
tests aside), parses each module with ast and collects every call of re's pattern functions
(`re.compile`, `re.match`, `re.sub`, ...; also through `import re as X` and `from re import
compile`) whose pattern is a str or bytes literal. Flags are kept when they are built from
re's flag names (`re.X | re.I`, `re.ASCII`, ...), since a VERBOSE pattern means something
else without its flag; a call with other flags is skipped. Writes one `repr((pattern,
flags))` per line, in file and line order, without duplicates: the input of
tests/cases/re/stdlib_patterns.py.
"""
import ast
import os
import sys

FLAGS = {
    "A": 256, "ASCII": 256, "I": 2, "IGNORECASE": 2, "L": 4, "LOCALE": 4, "M": 8,
    "MULTILINE": 8, "S": 16, "DOTALL": 16, "U": 32, "UNICODE": 32, "X": 64, "VERBOSE": 64,
}


def flag_value(node, re_names):
    """The int a flags expression stands for, or None when it is not made of re's flags."""
    if isinstance(node, ast.Constant) and type(node.value) is int:
        return node.value
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
            and node.value.id in re_names and node.attr in FLAGS:
        return FLAGS[node.attr]
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute) \
            and node.value.attr == "RegexFlag" and node.attr in FLAGS:
        return FLAGS[node.attr]
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.BitOr, ast.Add)):
        a, b = flag_value(node.left, re_names), flag_value(node.right, re_names)
        if a is not None and b is not None:
            return a | b
    return None


# re's functions taking a pattern first, and the position of their flags argument
FUNCTIONS = {"compile": 1, "match": 2, "fullmatch": 2, "search": 2, "findall": 2, "finditer": 2,
             "split": 3, "sub": 4, "subn": 4}


def calls(tree):
    """(line, pattern, flags) of each call of re's functions with a literal pattern in a module."""
    re_names, compile_names = {"re"}, {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.name == "re":
                    re_names.add(a.asname or "re")
        elif isinstance(node, ast.ImportFrom) and node.module == "re":
            for a in node.names:
                if a.name in FUNCTIONS:
                    compile_names[a.asname or a.name] = a.name
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        f = node.func
        if isinstance(f, ast.Attribute) and f.attr in FUNCTIONS and isinstance(f.value, ast.Name) \
                and f.value.id in re_names:
            flags_at = FUNCTIONS[f.attr]
        elif isinstance(f, ast.Name) and f.id in compile_names:
            flags_at = FUNCTIONS[compile_names[f.id]]
        else:
            continue
        pat = node.args[0]
        if not (isinstance(pat, ast.Constant) and isinstance(pat.value, (str, bytes))):
            continue
        flags_node = node.args[flags_at] if len(node.args) > flags_at else next(
            (k.value for k in node.keywords if k.arg == "flags"), None)
        flags = 0 if flags_node is None else flag_value(flags_node, re_names)
        if flags is None:
            continue
        yield node.lineno, pat.value, flags


def main():
    lib = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", ".stdlib", "lib", "python3.14")
    seen = set()
    for dirpath, dirnames, filenames in os.walk(lib):
        dirnames[:] = sorted(d for d in dirnames if d not in ("test", "tests", "idle_test", "__pycache__"))
        for name in sorted(filenames):
            if not name.endswith(".py"):
                continue
            with open(os.path.join(dirpath, name), "rb") as f:
                try:
                    tree = ast.parse(f.read())
                except SyntaxError:
                    continue
            for _, pat, flags in sorted(calls(tree), key=lambda c: c[0]):
                if (type(pat), pat, flags) not in seen:
                    seen.add((type(pat), pat, flags))
                    print(repr((pat, flags)))


if __name__ == "__main__":
    main()
