#!/usr/bin/env bash
# Compares `_symtable` with CPython 3.14's on every .py file of the stdlib zip (559 files).
#   tests/compiler/run_stdlib_symtable.sh [STDLIB_DIR]
# symtabledump.py prints each file's symbol table; the reference, made once under cpython314,
# is kept in tests/compiler/.cache (git-ignored). Prints "N/M identical" and the names of
# the files that differ.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
stdlib=${1:-/tmp/stdlib}
tools=${SHARPY_TOOLS:-$root/../../shared/tools}
[ -d "$tools" ] || tools=/work/shared/tools
cache="$here/.cache"
mkdir -p "$cache"
if [ ! -d "$stdlib" ]; then
  mkdir -p "$stdlib"
  (cd "$stdlib" && unzip -qo "$HOME/.cache/cpython314/package/python_stdlib.zip")
fi
(cd "$stdlib" && find . -name '*.py' | sort) > "$cache/files.txt"
ref="$cache/symtable-reference.txt"
if [ ! -s "$ref" ]; then
  (cd "$stdlib" && "$tools/cpython314" "$here/symtabledump.py" $(cat "$cache/files.txt")) > "$ref" 2>/dev/null
fi
(cd "$stdlib" && "$root/sharpy" "$here/symtabledump.py" $(cat "$cache/files.txt")) > "$cache/symtable-actual.txt"
python3 - "$ref" "$cache/symtable-actual.txt" <<'PY'
import sys
def load(p):
    out, name = {}, None
    for line in open(p, encoding="utf-8", errors="replace"):
        if line.startswith("== "): name = line[3:].rstrip("\n"); out[name] = ""
        elif name is not None: out[name] += line
    return out
ref, act = load(sys.argv[1]), load(sys.argv[2])
bad = [n for n in ref if ref[n] != act.get(n)]
print(f"{len(ref) - len(bad)}/{len(ref)} identical")
for n in bad: print("DIFF", n)
PY
