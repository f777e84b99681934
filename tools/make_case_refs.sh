#!/usr/bin/env bash
# make_case_refs.sh: (re)generate the reference outputs of tests/cases with the
# reference CPython 3.14 (../shared/tools/cpython314).
#
#   tools/make_case_refs.sh                      every case
#   tools/make_case_refs.sh tests/cases/refcount tests/cases/basics/floats.py
#                                                the cases under those folders / those files
#
# For each tests/cases/AREA/NAME.py it writes NAME.stdout, NAME.stderr and NAME.exit
# beside it. Each case runs in a fresh interpreter (`cpython314 --batch` with a single
# script), so a case cannot see garbage or finalizers left over by another, with the
# repository root as working directory and the path relative to it
# (tests/cases/AREA/NAME.py): tracebacks then name the file as
# `File "tests/cases/AREA/NAME.py"`. The case runner runs Sharpy the same way and
# strips "<repo root>/" from its output, since a native CPython prints absolute paths.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd -P)
cd "$root"
# ../shared beside the repository (as in CI), or beside a parent (a git worktree).
cpy="${CPYTHON314:-}"
if [ -z "$cpy" ]; then
  d="$root"
  while [ "$d" != / ]; do
    d=$(dirname "$d")
    if [ -x "$d/shared/tools/cpython314" ]; then cpy="$d/shared/tools/cpython314"; break; fi
  done
fi
[ -n "$cpy" ] && [ -x "$cpy" ] || { echo "make_case_refs: no reference interpreter (../shared/tools/cpython314; or set CPYTHON314)" >&2; exit 2; }

if [ $# -eq 0 ]; then set -- tests/cases; fi
cases=()
for arg in "$@"; do
  arg=${arg#"$root/"}
  if [ -d "$arg" ]; then
    while IFS= read -r f; do cases+=("$f"); done < <(find "$arg" -name '*.py' -type f | LC_ALL=C sort)
  elif [ -f "$arg" ]; then
    cases+=("$arg")
  else
    echo "make_case_refs: no such case or folder: $arg" >&2; exit 2
  fi
done
[ ${#cases[@]} -gt 0 ] || { echo "make_case_refs: no cases" >&2; exit 2; }

# First use of cpython314 installs pyodide; do it once, before the parallel runs.
"$cpy" -c pass

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}
export cpy tmp
# A case whose first line is "# reference: python3" needs native Linux CPython (threads,
# signals, processes: the WebAssembly reference has none); the machine's python3 makes it.
printf '%s\n' "${cases[@]}" | xargs -P "$jobs" -I{} bash -c '
  f="$1"; out="$tmp/$(printf %s "$f" | tr / _)"; name=$(basename "$f" .py)
  if head -1 "$f" | grep -qx "# reference: python3"; then
    mkdir -p "$out"
    # As the case runner runs Sharpy: no PYTHON* variable but the hash seed (a PYTHONUNBUFFERED
    # in the calling shell would change what the children of a case do).
    env $(env | sed -n "s/^\(PYTHON[A-Za-z0-9_]*\)=.*/-u \1/p") PYTHONHASHSEED=0 python3 "$f" >"$out/$name.stdout" 2>"$out/$name.stderr" </dev/null; echo $? >"$out/$name.exit"
  else
    printf "%s\n" "$f" | "$cpy" --batch "$out" || { echo "make_case_refs: cpython314 failed on $f" >&2; exit 255; }
  fi
' _ {}

for f in "${cases[@]}"; do
  out="$tmp/$(printf %s "$f" | tr / _)"
  name=$(basename "$f" .py)
  for ext in stdout stderr exit; do
    [ -f "$out/$name.$ext" ] || { echo "make_case_refs: no $ext for $f" >&2; exit 1; }
    # A traceback through an imported module names it by absolute path; the case runner
    # strips the repository root from sharpy's output, so the reference is stripped alike.
    sed "s|$root/||g" "$out/$name.$ext" > "${f%.py}.$ext"
  done
  printf '%-60s exit %s\n' "$f" "$(cat "${f%.py}.exit")"
done
echo "make_case_refs: ${#cases[@]} cases"
