# Module functions parse their arguments as Argument Clinic's code does: CPython's
# messages, with the module prefix where CPython gives one.
import sys, gc, _weakref

def check(text):
    try:
        r = eval(text)
    except Exception as e:
        print(text, "->", type(e).__name__ + ":", e)
    else:
        print(text, "->", repr(r))

for text in [
    "sys.exit(status=1)", "sys.exit(1, 2)", "sys.exit(1, status=2)",
    "sys.getrefcount()", "sys.intern(1)", "sys.intern()", "sys.intern('a', 'b')",
    "sys.setrecursionlimit('a')", "sys.setrecursionlimit(0)", "sys.setrecursionlimit(2**70)",
    "sys.displayhook()", "sys.exc_info(1)", "sys.exception(1)", "sys.getrecursionlimit(1)",
    "_weakref.getweakrefcount()", "_weakref.getweakrefs(1, 2)", "_weakref.getweakrefcount(1)",
    "gc.enable(1)", "gc.disable(1)", "gc.isenabled(1)", "gc.get_count(1)", "gc.get_threshold(1)",
    "gc.is_tracked()", "gc.is_tracked(1)", "gc.is_tracked([])",
    "gc.collect(generation=5)", "gc.collect(generation=-1)", "gc.collect(1, 2)", "gc.collect('a')",
    "gc.collect(x=1)", "gc.collect(generation=2) >= 0", "type(gc.get_threshold())",
    "len(x=1)", "len()", "hash()", "id(1, 2)", "abs()", "callable()", "ascii()", "repr(obj=1)",
    "isinstance(1)", "isinstance(1, int, 3)", "issubclass(int)", "divmod(1)",
    "iter()", "iter(1, 2, 3)", "next(x=1)", "next()",
    "getattr(1)", "getattr(1, 2)", "setattr(1, 2, 3)", "hasattr(1)", "delattr(1)",
    "min()", "min(1, x=1)", "max(key=len)", "max(1, 2, default=3)", "min([], default=7)", "max([1, 3, 2], key=None)",
    "sum()", "sum([], 1, 2)", "sum([], start=1, x=2)", "sum([1, 2], start=10)", "sum([], start='')",
    "pow()", "pow(2)", "pow(base=2, exp=3)", "pow(2, 3, mod=5)", "pow(2, 3, 5, 6)",
    "round()", "round(number=2.5)", "round(2.567, ndigits=1)", "round(1, 2, 3)",
    "chr(2**70)", "chr(-1)", "chr(1.5)", "chr('a')", "ord()", "ord(1)", "bin(1.5)", "hex()", "oct(8)",
    "any()", "all(1, 2)", "any([0, 1])",
    "format()", "format(1, 2)", "format(1, format_spec='x')", "format(255, 'x')",
    "globals(1)", "locals(1)", "vars(x=1)", "vars(1, 2)", "dir(1, 2)",
    "input(prompt='')", "input(1, 2)",
    "compile()", "compile('1', 'f', 'x')", "compile('1', 1, 'exec')", "compile('1', 'f', 1)",
    "compile('1', 'f', 'exec', flags='a')", "compile('1', 'f', 'exec', _feature_version='x')",
    "eval()", "eval('1', 1)", "eval('1', {}, 1)", "eval(source='1')", "eval('x', {'x': 5})",
    "exec()", "exec('1', 1)", "exec('1', None, None, closure=1)",
    "__import__()", "__import__(1)", "__import__('sys', level=-1)", "__import__('sys', level='a')",
    "__import__(name='sys').__name__",
    "sorted()", "sorted([], 1)", "sorted([], kee=1)", "sorted([3, 1], reverse=True)",
    "print(1, sepp=2)", "print(1, sep=2)", "print(end=3)",
]:
    check(text)
