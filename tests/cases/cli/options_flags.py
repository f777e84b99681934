# reference: python3
# The command line's flags and PYTHON* variables as sys.flags and behaviour: -O/-OO (asserts,
# __debug__, docstrings), -E, -I, -s, -S (site), -d, -q, -B, -v.
import os
import subprocess
import sys

FIELDS = ("debug inspect interactive optimize dont_write_bytecode no_user_site no_site "
          "ignore_environment verbose bytes_warning quiet isolated dev_mode safe_path").split()
SHOW = "import sys; print(*(getattr(sys.flags, f) for f in %r))" % (FIELDS,)

# the children see no PYTHON* variable but those a run names (PYTHONUNBUFFERED would change the last)
CLEAN = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}

def run(*args, env=None, code=None, stderr=True):
    e = dict(CLEAN)
    e.update(env or {})
    cmd = [sys.executable, *args] + (["-c", code] if code is not None else [])
    r = subprocess.run(cmd, capture_output=True, text=True, env=e)
    print(r.returncode, r.stdout.strip(), "|", r.stderr.strip() if stderr else "")

run(code=SHOW)
run("-OO", "-bb", "-B", "-d", "-q", "-s", code=SHOW)
run("-vv", "-S", code=SHOW, stderr=False)
run("-I", code=SHOW)
run("-E", env={"PYTHONOPTIMIZE": "1", "PYTHONDEBUG": "1"}, code=SHOW)
# a number raises the flag to it; other text counts as 1. (With 2, sys.flags.debug is 1 in 3.14,
# where the setting is a bool, and 2 in this case's python3 reference: test_cmd_line's
# test_sys_flags_set checks it.)
for value in ("1", "text"):
    run(env=dict(PYTHONDEBUG=value, PYTHONOPTIMIZE=value, PYTHONDONTWRITEBYTECODE=value),
        code="import sys; print(sys.flags.optimize, sys.flags.debug, sys.flags.dont_write_bytecode)")
run("-S", code="import sys; print(sys.flags.no_site, 'site' in sys.modules)")
run(code="import sys; print('site' in sys.modules, type(exit).__name__, exit)")

# -O drops asserts and `if __debug__` blocks; -OO docstrings too
prog = "def f():\n    'doc'\ntry:\n    assert False, 'kept'\nexcept AssertionError as e:\n    print('assert', e)\nprint(__debug__, f.__doc__)"
run(code=prog)
run("-O", code=prog)
run("-OO", code=prog)
