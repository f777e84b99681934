# type.__flags__ carries CPython's tp_flags bits: the managed dict, inline values and managed
# weakref of classes (type_new_descriptors, type_ready_managed_dict), the subclass bits of the
# builtin bases, and the call-protocol, method-descriptor and no-instantiation bits of builtins.
import types, functools, weakref, sys

FLAGS = {
    2: "INLINE_VALUES", 3: "MANAGED_WEAKREF", 4: "MANAGED_DICT", 5: "SEQUENCE", 6: "MAPPING",
    7: "DISALLOW_INSTANTIATION", 8: "IMMUTABLETYPE", 9: "HEAPTYPE", 10: "BASETYPE",
    11: "HAVE_VECTORCALL", 12: "READY", 17: "METHOD_DESCRIPTOR", 20: "IS_ABSTRACT",
    22: "MATCH_SELF", 23: "ITEMS_AT_END", 24: "LONG_SUBCLASS", 25: "LIST_SUBCLASS",
    26: "TUPLE_SUBCLASS", 27: "BYTES_SUBCLASS", 28: "UNICODE_SUBCLASS", 29: "DICT_SUBCLASS",
    30: "BASE_EXC_SUBCLASS", 31: "TYPE_SUBCLASS",
}

def show(t):
    f = t.__flags__
    print(f"{t.__qualname__:28}", " ".join(name for bit, name in FLAGS.items() if f >> bit & 1))

class Plain: pass
class WithAttrs:
    def __init__(self): self.a = 1
class Sub(Plain): pass
class NoManagedDict: __slots__ = ("a",)
class Empty: __slots__ = ()
class OnlyWeak: __slots__ = ("__weakref__",)
class OnlyDict: __slots__ = ("__dict__",)
class WeakThenDict(OnlyWeak): pass
class VarSizedSubclass(tuple): pass
class IntSub(int): pass
class ListSub(list): pass
class StrSub(str): pass
class BytesSub(bytes): pass
class DictSub(dict): pass
class Err(Exception): pass
class Meta(type): pass
class CallMeta(type):
    def __call__(cls): pass
class CallMetaSub(CallMeta): pass
class ModuleSub(types.ModuleType): pass
class NamespaceSub(types.SimpleNamespace): pass
class PartialSub(functools.partial): pass

for t in [Plain, WithAttrs, Sub, NoManagedDict, Empty, OnlyWeak, OnlyDict, WeakThenDict, VarSizedSubclass,
          IntSub, ListSub, StrSub, BytesSub, DictSub, Err, Meta, CallMeta, CallMetaSub, ModuleSub,
          NamespaceSub, PartialSub]:
    show(t)
print()
for t in [object, type, int, bool, float, str, bytes, tuple, list, dict, set, range, BaseException, KeyError,
          types.FunctionType, types.MethodType, types.BuiltinFunctionType, types.MethodDescriptorType,
          types.WrapperDescriptorType, types.GeneratorType, types.FrameType, types.ModuleType,
          types.SimpleNamespace, types.GenericAlias, weakref.ref, type(sys.flags), type(iter([]))]:
    show(t)

# A builtin type that keeps its own __dict__ (module, SimpleNamespace) gives its subclasses no other:
print(ModuleSub.__dictoffset__ == types.ModuleType.__dictoffset__ != 0,
      NamespaceSub.__dictoffset__ == types.SimpleNamespace.__dictoffset__ != 0,
      "__dict__" in vars(types.SimpleNamespace))
