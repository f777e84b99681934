# reference: python3
# `python -m unittest` runs a test file: discovery by module name, verbose results,
# a failure, an error, a skip and an expected failure, and the exit status.
import os
import re
import subprocess
import sys
import tempfile

TESTS = '''
import unittest


class Sample(unittest.TestCase):
    def test_passes(self):
        self.assertEqual(sum([1, 2, 3]), 6)

    def test_fails(self):
        self.assertEqual([1, 2], [1, 3])

    def test_errors(self):
        {}["missing"]

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)

    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)
'''

CLEAN = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "test_sample.py"), "w") as f:
        f.write(TESTS)
    for args in (["-v", "test_sample"], ["test_sample.Sample.test_passes"]):
        r = subprocess.run([sys.executable, "-m", "unittest", *args], cwd=d, env=CLEAN,
                           capture_output=True, text=True)
        err = re.sub(r"in \d+\.\d+s", "in Ts", r.stderr)
        err = re.sub(r'File "[^"]*test_sample.py"', 'File "test_sample.py"', err)
        # caret lines differ between the python3 reference (3.11) and 3.14
        err = re.sub(r"^ *[~^]+\n", "", err, flags=re.M)
        print("exit:", r.returncode)
        print(err)
