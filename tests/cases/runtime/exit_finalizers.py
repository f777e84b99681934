# reference: python3
# At exit the modules leave sys.modules and the import system is off before the
# collection that finalizes what __main__ held: the finalizer still sees the
# module's globals (its function's __globals__ keeps them), but not sys's
# special names, and an import fails.
import sys
import os


class Report:
    def __del__(self):
        print("del: os is", type(os).__name__, "and Report is", type(Report).__name__)
        print("sys.modules:", sys.modules, "meta_path:", sys.meta_path,
              "path:", sys.path, "argv:", sys.argv)
        print("stdout restored:", sys.stdout is sys.__stdout__)
        try:
            import json
        except ImportError as e:
            print("import at exit:", type(e).__name__, e)


class Swapped:
    def write(self, s):
        return len(s)

    def flush(self):
        pass


obj = Report()
_hidden = 1
sys.stdout = Swapped()
