# An exception raised inside an imported module: the traceback shows the importing line
# and the module's own frames.
print("before")
import impmod_raises
print("not reached")
