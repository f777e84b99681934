# exec/eval with a __builtins__ that is a mapping or a dict subclass: names, __import__,
# __build_class__ and _PyEval_GetBuiltin are looked up by subscription.
import types
code = compile("superglobal", "test", "eval")
ns = {'__builtins__': types.MappingProxyType({'superglobal': 1})}
print(eval(code, ns))
ns = {'__builtins__': types.MappingProxyType({})}
try:
    eval(code, ns)
except NameError as e:
    print(e)
code = compile("import foo.bar", "test", "exec")
ns = {'__builtins__': types.MappingProxyType({})}
try:
    exec(code, ns)
except ImportError as e:
    print(e)
ns = {'__builtins__': types.MappingProxyType({'__import__': lambda *args: args})}
exec(code, ns)
print(ns['foo'][0], ns['foo'][1] is ns, ns['foo'][3:])
code = compile("x.__reduce__()", "test", "eval")
ns = {'__builtins__': types.MappingProxyType({}), 'x': iter([1, 2])}
try:
    eval(code, ns)
except AttributeError as e:
    print('AttributeError', e)
ns = {'__builtins__': types.MappingProxyType({'iter': iter}), 'x': iter([1, 2])}
print(eval(code, ns))
code = compile("print('Hello World!')", "", "exec")
try:
    exec(code, {'__builtins__': 123})
except TypeError as e:
    print(e)

class setonlyerror(Exception):
    pass

class setonlydict(dict):
    def __getitem__(self, key):
        raise setonlyerror

try:
    exec(compile("globalname", "test", "exec"), setonlydict({'globalname': 1}))
except setonlyerror:
    print('setonlyerror globals')
try:
    exec(compile("superglobal", "test", "exec"), {'__builtins__': setonlydict({'superglobal': 1})})
except setonlyerror:
    print('setonlyerror builtins')
class customdict(dict):
    pass
exec(compile("print(superglobal)", "test", "exec"), {'__builtins__': customdict({'superglobal': 1, 'print': print})})
try:
    exec(compile("superglobal", "test", "exec"), {'__builtins__': customdict()})
except NameError as e:
    print(e)
class missing(dict):
    def __missing__(self, key):
        return 'missing ' + key
exec("print(a)\ndef f(): return b\nprint(f())\nclass A: pass\nprint(A.__name__)", {'__builtins__': missing({'print': print, '__build_class__': __build_class__})})
try:
    exec("class A: pass", {'__builtins__': types.MappingProxyType({})})
except NameError as e:
    print(e)
f = eval("lambda: len", {'__builtins__': types.MappingProxyType({'len': 42})})
print(f(), type(f.__builtins__).__name__)
