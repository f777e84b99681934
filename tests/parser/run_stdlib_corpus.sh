#!/usr/bin/env bash
# Compares the parser with CPython 3.14 on every .py file of the installed stdlib.
#   tests/parser/run_stdlib_corpus.sh [--type-comments] [STDLIB_DIR]
# (--type-comments: parse as ast.parse(..., type_comments=True) on both sides)
# The reference dumps are made once by astdump.py under cpython314 into tests/parser/.cache
# (git-ignored). Prints "N/M identical" and the names of the files that differ.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
mode=""
if [ "${1:-}" = "--type-comments" ]; then mode=--type-comments; shift; fi
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
ref="$cache/reference.txt"
if [ -n "$mode" ]; then
  ref="$cache/reference-type-comments.txt"
  if [ ! -s "$ref" ]; then
    (cd "$stdlib" && "$tools/cpython314" "$here/astdump_type_comments.py" $(cat "$cache/files.txt")) > "$ref" 2>/dev/null
  fi
elif [ ! -s "$ref" ]; then
  (cd "$stdlib" && "$tools/cpython314" "$tools/astdump.py" $(cat "$cache/files.txt")) > "$ref" 2>/dev/null
fi
dotnet build -c Release "$here/StdlibCorpus/StdlibCorpus.csproj" -v q -nologo > /dev/null
(cd "$stdlib" && dotnet "$here/StdlibCorpus/bin/Release/net10.0/StdlibCorpus.dll" $mode $(cat "$cache/files.txt")) > "$cache/actual.txt"
python3 - "$ref" "$cache/actual.txt" <<'PY'
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
