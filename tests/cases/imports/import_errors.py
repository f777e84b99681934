# ModuleNotFoundError and ImportError messages and attributes.
import sys
HERE = sys.path[0]

def show(e):
    print(type(e).__name__ + ":", str(e).replace(HERE, "<here>"))

for stmt in ["import no_such_module_xyz",
             "import impmod_plain.sub",
             "import imppkg.no_such_sub",
             "import no_such_pkg.sub",
             "from impmod_plain import missing",
             "from imppkg import no_such_name",
             "from imppkg.sub import nothing_here"]:
    try:
        if stmt == "import no_such_module_xyz":
            import no_such_module_xyz
        elif stmt == "import impmod_plain.sub":
            import impmod_plain.sub
        elif stmt == "import imppkg.no_such_sub":
            import imppkg.no_such_sub
        elif stmt == "import no_such_pkg.sub":
            import no_such_pkg.sub
        elif stmt == "from impmod_plain import missing":
            from impmod_plain import missing
        elif stmt == "from imppkg import no_such_name":
            from imppkg import no_such_name
        else:
            from imppkg.sub import nothing_here
    except ImportError as e:
        print(stmt)
        show(e)
        print("  name:", e.name, "path:", None if e.path is None else e.path.replace(HERE, "<here>"),
              "name_from:", getattr(e, "name_from", None))

# A module whose body raises is removed from sys.modules; importing again runs it again.
for i in range(2):
    try:
        import impmod_raises
    except ValueError as e:
        show(e)
    print("impmod_raises" in sys.modules)

try:
    import impmod_syntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename.replace(HERE, "<here>"), e.lineno)
print("impmod_syntax" in sys.modules)

sys.modules["blocked_module"] = None
try:
    import blocked_module
except ModuleNotFoundError as e:
    show(e)
    print(e.name)
print(issubclass(ModuleNotFoundError, ImportError))
