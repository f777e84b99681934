# subprocess.run(['true']) a hundred times (issue 10's subprocess item), and one run with pipes.
import subprocess
codes = 0
for _ in range(100):
    codes += subprocess.run(["true"]).returncode
r = subprocess.run(["cat"], input=b"x" * 100000, capture_output=True)
print(codes, len(r.stdout), r.returncode)
