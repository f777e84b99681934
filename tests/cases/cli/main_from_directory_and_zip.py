# reference: python3
# The command line runs a directory or a zip file by its __main__ module (sys.path[0] is the
# path itself), says so when there is none, and sets __main__.__loader__ as CPython does.
import os
import subprocess
import sys
import tempfile
import zipfile

MAIN = "import sys, os\nprint(__name__, os.path.basename(sys.path[0]), sys.argv[1:], type(__loader__).__name__)\n"


def run(*args, cwd):
    r = subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=cwd)
    print(r.returncode, r.stdout.strip(), r.stderr.strip().replace(sys.executable, "PYTHON").replace(cwd, "DIR"))


with tempfile.TemporaryDirectory() as d:
    os.mkdir(os.path.join(d, "app"))
    with open(os.path.join(d, "app", "__main__.py"), "w") as f:
        f.write(MAIN)
    with zipfile.ZipFile(os.path.join(d, "app.zip"), "w") as z:
        z.writestr("__main__.py", MAIN)
    os.mkdir(os.path.join(d, "empty"))
    with open(os.path.join(d, "script.py"), "w") as f:
        f.write("print(type(__loader__).__name__, __loader__.name, __spec__)\n")
    run("app", "x", "y", cwd=d)
    run("app.zip", "z", cwd=d)
    run("empty", cwd=d)
    run("script.py", cwd=d)
    run("-c", "print(__loader__.__name__, __spec__)", cwd=d)
