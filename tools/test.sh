#!/usr/bin/env bash
# test.sh: THE test command. Builds sharpy (through ./sharpy), then runs every test of
# the solution (xunit: the C# unit tests and the tests/cases runner) with dotnet test,
# and ends with one line: "N passed, N failed[, N skipped][, N xfail]".
# "xfail" counts cases listed in tests/cases/EXPECTED_FAILURES.txt that fail as expected;
# they are not counted as passed.
# The full run then runs the CPython guard (tools/cpython_tests.py guard): each module of
# tests/cpython/guard.tsv is one more test, passed when its ok count reaches its minimum.
#
#   tools/test.sh                                 everything
#   tools/test.sh --filter "DisplayName~refcount" any further arguments go to dotnet test
#                                                 (and the CPython guard is not run)
#
# Exit status: 0 when nothing failed.
set -uo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd -P)
cd "$root"
results="$root/.build/test-results"
rm -rf "$results"
mkdir -p "$results"

if ! SHARPY_BUILD_ONLY=1 ./sharpy; then
  echo "tools/test.sh: building sharpy failed (see above); the tests will report it too" >&2
fi

dotnet test Sharpy.slnx -nologo -p:NuGetAudit=false \
  --results-directory "$results" --logger "trx;LogFileName=results.trx" "$@"
rc=$?

guard=""
if [ $# -eq 0 ]; then
  guard="$root/.build/cpython-tests/guard"
  rm -f "$guard/guard.tsv"
  python3 tools/cpython_tests.py guard --out "$guard"
fi

python3 - "$results" "$rc" "$guard" <<'PY'
import glob, os, sys
import xml.etree.ElementTree as ET
results, rc, guard = sys.argv[1], int(sys.argv[2]), sys.argv[3]
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = xfail = 0
xfails, failures = [], []
files = glob.glob(os.path.join(results, "**", "*.trx"), recursive=True)
for f in files:
    for r in ET.parse(f).getroot().iterfind(".//t:UnitTestResult", ns):
        outcome = r.get("outcome")
        name = r.get("testName")
        out = r.find("t:Output/t:StdOut", ns)
        text = out.text if out is not None and out.text else ""
        if outcome == "Passed":
            if text.startswith("XFAIL "):
                xfail += 1
                xfails.append(text.splitlines()[0])
            else:
                passed += 1
        elif outcome == "NotExecuted":
            skipped += 1
        else:
            failed += 1
            failures.append(name)
if guard:
    try:
        with open(os.path.join(guard, "guard.tsv")) as fh:
            rows = [l.rstrip("\n").split("\t") for l in fh]
    except OSError:
        rows = [["cpython guard", "0", "0", "failed", "the guard did not run to its end"]]
    for module, ok, minimum, outcome, detail in rows:
        if outcome == "passed":
            passed += 1
        else:
            failed += 1
            failures.append("cpython guard %s: ok %s < %s (%s)" % (module, ok, minimum, detail))
if rc != 0 and failed == 0:
    failed = 1   # dotnet test failed without a failing test: a build error or a crash
    failures.append("dotnet test exited with status %d" % rc)
with open(os.path.join(results, "xfail.txt"), "w") as fh:
    fh.write("".join(x + "\n" for x in sorted(xfails)))
if failures:
    print("\nFailed:")
    for n in failures:
        print("  " + n)
if xfails:
    print("\n%d expected failures (tests/cases/EXPECTED_FAILURES.txt), listed in %s" % (xfail, os.path.relpath(os.path.join(results, "xfail.txt"))))
line = "%d passed, %d failed" % (passed, failed)
if skipped:
    line += ", %d skipped" % skipped
if xfail:
    line += ", %d xfail" % xfail
print(line)
sys.exit(1 if failed else 0)
PY
