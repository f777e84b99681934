# reference: python3
# The command line's warning options (-W, PYTHONWARNINGS, -X dev, -b/-bb and BytesWarning),
# int_max_str_digits, the start-up errors of bad values, and the exit status of a failed flush.
import os
import subprocess
import sys

# the children see no PYTHON* variable but those a run names (PYTHONUNBUFFERED would change the last)
CLEAN = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}

def run(*args, env=None, code=None, stderr=True):
    e = dict(CLEAN)
    e.update(env or {})
    cmd = [sys.executable, *args] + (["-c", code] if code is not None else [])
    r = subprocess.run(cmd, capture_output=True, text=True, env=e)
    print(r.returncode, r.stdout.strip(), "|", r.stderr.strip() if stderr else "")

# warning options, lowest priority first
run("-W", "error", "-b", "-W", "once::UserWarning", code="import sys; print(sys.warnoptions)")
run("-X", "dev", "-bb", "-W", "error", env={"PYTHONWARNINGS": "ignore::UserWarning,always"},
    code="import sys; print(sys.warnoptions, sys.flags.dev_mode, sys.flags.bytes_warning)")
run("-W", "error::UserWarning", code="import warnings\ntry:\n    warnings.warn('w')\nexcept UserWarning as e:\n    print('raised', e)")
run("-b", code="print(b'a' == 'a', b'a' != 1, bytearray(b'a') == 'a', str(b'x'), str(bytearray(b'y')))")
run("-bb", code="try:\n    b'a' == 'a'\nexcept BytesWarning as e:\n    print('raised', e)")

# int_max_str_digits from -X and the environment; bad values stop the start
run("-X", "int_max_str_digits=5000", code="import sys; print(sys.flags.int_max_str_digits, sys.get_int_max_str_digits())")
run(env={"PYTHONINTMAXSTRDIGITS": "0"}, code="import sys; print(sys.flags.int_max_str_digits, len(str(10**5000)))")
run("-X", "int_max_str_digits=100", code="pass")
run(env={"PYTHONINTMAXSTRDIGITS": "foo"}, code="pass")
run("-X", "utf8=2", code="pass")
run(env={"PYTHONHASHSEED": "x"}, code="pass")
run(env={"PYTHONHASHSEED": "0"}, code="import sys; print(sys.flags.hash_randomization)")

# a failing flush of sys.stdout at exit: reported (3.14 says "while flushing sys.stdout"), status 120
r = subprocess.run([sys.executable, "-c", "import os, sys\nsys.stdout.write('x')\nos.close(sys.stdout.fileno())"],
                   capture_output=True, text=True, env=CLEAN)
print(r.returncode, repr(r.stdout), r.stderr.splitlines()[-1])
