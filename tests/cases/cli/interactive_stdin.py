# reference: python3
# -i with stdin not a terminal: stdin is read statement by statement as at the prompt
# (continuation lines, blocks ended by a blank line, expression values echoed), with the
# prompts on stderr; -q leaves the banner out.
import subprocess
import sys

session = "print('foo')\nx = (1,\n2)\nx\nif x:\n    print('in')\n\ndef f():\n    return 5\n\nf()\nx = = 1\n# a comment\n\n[i for i in\n range(3)]\n"
r = subprocess.run([sys.executable, '-q', '-i'], input=session, capture_output=True, text=True)
print(r.returncode)
print(r.stdout, end='')
print(r.stderr, end='')

# After the program, -i prompts even when the program raised SystemExit (reported as any
# exception); at the prompt, SystemExit ends the session with its status.
for program in ("import sys; sys.exit(3)", "raise SystemExit", "import sys; print(sys.flags.inspect)"):
    r = subprocess.run([sys.executable, '-i', '-c', program], input="print('at the prompt')\nexit(5)\n",
                       capture_output=True, text=True)
    print(r.returncode, r.stdout.splitlines(), r.stderr.splitlines()[-2:])
