# reference: python3
# What the command line gives the program as bytes: undecodable bytes of an argument are lone
# surrogates (surrogateescape) that os.fsencode turns back; a -c command with such a byte
# cannot run. The hash key from PYTHONHASHSEED and -R; -u and PYTHONUNBUFFERED (ignored
# under -E); PYTHONIOENCODING; a stdout that cannot be flushed at exit gives status 120.
import os
import subprocess
import sys

CLEAN = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}

def run(*args, env=None, show_err=True):
    e = dict(CLEAN)
    e.update(env or {})
    r = subprocess.run([os.fsencode(sys.executable), *args], capture_output=True, env=e)
    err = r.stderr.decode("ascii", "backslashreplace").strip().splitlines()
    print(r.returncode, r.stdout.decode("ascii", "backslashreplace").strip(), "|", err[:1] if show_err else "")

raw = b"\xff\xc3\xff\xc3\xa9\xed\xa0\x80\xe2\x82A"
run(b"-c", b"import os, sys; print(ascii(sys.argv[1]), os.fsencode(sys.argv[1]))", raw)
run(b"-c", b"print(ascii('\xff'))")

show = "import sys; print(sys.flags.hash_randomization, hash('spam') == hash('spam'))"
for seed in ("random", "0", "5"):
    run("-c", show, env={"PYTHONHASHSEED": seed})
run("-R", "-c", show, env={"PYTHONHASHSEED": "0"})
hashes = set()
for _ in range(2):
    r = subprocess.run([sys.executable, "-c", "print(hash('spam'))"], capture_output=True, text=True,
                       env={**CLEAN, "PYTHONHASHSEED": "5"})
    hashes.add(r.stdout)
print("same hash from the same seed:", len(hashes) == 1)

buffering = "import sys; print(sys.stdout.write_through, type(sys.stdout.buffer).__name__)"
run("-c", buffering)
run("-u", "-c", buffering)
run("-c", buffering, env={"PYTHONUNBUFFERED": "1"})
run("-E", "-c", buffering, env={"PYTHONUNBUFFERED": "1"})
encoding = "import sys; print(sys.stdout.errors, sys.stderr.errors, '\\xe9'.encode(sys.stdout.encoding))"
run("-c", encoding, env={"PYTHONIOENCODING": "latin-1:replace"})
run("-I", "-c", encoding, env={"PYTHONIOENCODING": "latin-1:replace"})
# PYTHONIOENCODING's codec by its own name; an encoding alone means strict; an unknown one is fatal.
names = "import sys; print([(f.encoding, f.errors) for f in (sys.stdin, sys.stdout, sys.stderr)])"
for value in ("latin-1", "UTF8", ":replace", "ascii:", "utf-8:surrogateescape"):
    run("-c", names, env={"PYTHONIOENCODING": value})
r = subprocess.run([sys.executable, "-c", "print('never')"], capture_output=True, env={**CLEAN, "PYTHONIOENCODING": "nosuchcodec"})
print(r.returncode, r.stdout, r.stderr.decode().splitlines()[:3])

run("-c", "import os, sys; sys.stdout.write('x'); os.close(sys.stdout.fileno())", show_err=False)
