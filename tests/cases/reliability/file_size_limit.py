# reference: python3
# Writes past RLIMIT_FSIZE fail with EFBIG (SIGXFSZ is ignored, as in CPython): a program
# whose stdout and stderr are files at the limit ends with an error status, and nothing
# (not the traceback, not the interpreter's own report) takes the host down.
import os
import resource
import subprocess
import sys
import tempfile

CHILD = """
import resource, sys
hard = resource.getrlimit(resource.RLIMIT_FSIZE)[1]
resource.setrlimit(resource.RLIMIT_FSIZE, (10, hard))
print("x" * 100)
raise ValueError("after the failed print")
"""
with tempfile.TemporaryDirectory() as d:
    out, err = os.path.join(d, "out"), os.path.join(d, "err")
    with open(out, "wb") as o, open(err, "wb") as e:
        r = subprocess.run([sys.executable, "-c", CHILD], stdout=o, stderr=e)
    print("status:", r.returncode, "killed by a signal:", r.returncode < 0)
    print("file sizes within the limit:", os.path.getsize(out) <= 10, os.path.getsize(err) <= 10)
