#!/usr/bin/env bash
# make_case_dumps.sh: regenerate tests/cases/DUMPS.ast and DUMPS.code, the reference
# `ast` and code-object dumps of every case program, from ../shared/tools/astdump.py and
# codedump.py under the reference CPython 3.14. The xunit test DumpTests compares
# `sharpy -X dump=ast` / `-X dump=code` of the same files with them.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd -P)
cd "$root"
tools="$root/../shared/tools"
files=$(cd "$root" && ls tests/cases/*/*.py | LC_ALL=C sort)
"$tools/cpython314" "$tools/astdump.py" $files > tests/cases/DUMPS.ast
"$tools/cpython314" "$tools/codedump.py" $files > tests/cases/DUMPS.code
echo "make_case_dumps: $(echo $files | wc -w) files"
