# An uncaught SyntaxError goes through traceback's printer (sys.excepthook as PyErr_Display):
# a misspelt keyword gets "Did you mean ...?", found from the SyntaxError's _metadata source.
import builtins

try:
    compile("import sys\ndefn x(): pass\n", "<string>", "exec")
except SyntaxError as e:
    print(e._metadata, e.msg)
print(issubclass(builtins._IncompleteInputError, SyntaxError))

exec("import sys\nimpor math\n")
