"""Generate the type-slot code from the one slot list below.

    python3 tools/gen_slots.py

writes
    src/Sharpy/Objects/PyType.SlotFields.g.cs   SlotId (CPython's PyType_Slot ids) and PyType's slot fields
    src/Sharpy/Runtime/SlotDefs.Table.g.cs      the slotdefs table (dunder <-> slot <-> wrapper <-> heap
                                                slot function), GetSlot/SetSlot by id, inherit_slots, and
                                                the heap-type slot functions CPython makes with macros

To add a slot: add it to SLOTS (field, delegate type, PyType_Slot id, summary), add its dunder
rows to SLOTDEFS in CPython's slotdefs order (Objects/typeobject.c), give the heap function
if CPython has one (a family below, or the name of a hand-written slot_* method in
Runtime/SlotDefs.Heap.cs), and run this script. Everything else reads the generated code.
"""
import os

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")

# The slots, in the order of CPython's structs (PyTypeObject, PyNumberMethods,
# PyMappingMethods, PySequenceMethods, PyAsyncMethods, PyBufferProcs):
# (field, delegate type, PyType_Slot id, inheritance, summary).
# Inheritance: "copy" (inherit_slots' COPYSLOT: taken from the base when the type has none),
# "hash" (tp_hash and tp_richcompare come together, and only when the class body defines
# neither __eq__ nor __hash__: overrides_hash).
# CPython slots that are not fields here: tp_dealloc, tp_traverse, tp_clear, tp_free,
# tp_is_gc, tp_del are the C# virtual methods of PyObject (ReleaseReferences, Traverse,
# Clear) and the .NET GC; tp_getattr/tp_setattr are the char* forms of tp_getattro/
# tp_setattro; tp_methods, tp_getset and tp_members are declarations ([PyMethod],
# [PyGetter], member descriptors); tp_base, tp_bases, tp_doc are PyType fields.
SLOTS = [
    ("tp_getattro", "GetAttroFunc", 58, "copy", "getattr(o, name): null with AttributeError (or another error) set."),
    ("tp_setattro", "SetAttroFunc", 69, "copy", "setattr/delattr (value null deletes): 0, or -1 on error."),
    ("tp_repr", "UnaryFunc", 66, "copy", "repr(o)."),
    ("tp_hash", "HashFunc", 59, "hash", "hash(o): -1 with an exception set on error."),
    ("tp_call", "VectorCallFunc", 50, "copy", "o(...), in the vectorcall convention."),
    ("tp_str", "UnaryFunc", 70, "copy", "str(o)."),
    ("tp_richcompare", "RichCmpFunc", 67, "hash", "o op other; NotImplemented when unsupported."),
    ("tp_iter", "UnaryFunc", 62, "copy", "iter(o)."),
    ("tp_iternext", "UnaryFunc", 63, "copy", "next(o): null without an exception set means exhausted."),
    ("tp_descr_get", "DescrGetFunc", 54, "copy", "descr.__get__(obj, type)."),
    ("tp_descr_set", "DescrSetFunc", 55, "copy", "descr.__set__(obj, value) / __delete__(obj) (value null)."),
    ("tp_init", "InitFunc", 60, "copy", "__init__: 0, or -1 on error."),
    ("tp_alloc", "AllocFunc", 47, "copy", "An empty instance of this type (or of a subclass) for tp_new."),
    ("tp_new", "NewFunc", 65, "copy", "__new__: a new instance."),
    ("tp_finalize", "DestructorFunc", 80, "copy", "__del__ (PEP 442); must not leave an exception set."),

    ("nb_add", "BinaryFunc", 7, "copy", None),
    ("nb_subtract", "BinaryFunc", 36, "copy", None),
    ("nb_multiply", "BinaryFunc", 29, "copy", None),
    ("nb_remainder", "BinaryFunc", 34, "copy", None),
    ("nb_divmod", "BinaryFunc", 10, "copy", None),
    ("nb_power", "TernaryFunc", 33, "copy", None),
    ("nb_negative", "UnaryFunc", 30, "copy", None),
    ("nb_positive", "UnaryFunc", 32, "copy", None),
    ("nb_absolute", "UnaryFunc", 6, "copy", None),
    ("nb_bool", "InquiryFunc", 9, "copy", "1, 0, or -1 on error."),
    ("nb_invert", "UnaryFunc", 27, "copy", None),
    ("nb_lshift", "BinaryFunc", 28, "copy", None),
    ("nb_rshift", "BinaryFunc", 35, "copy", None),
    ("nb_and", "BinaryFunc", 8, "copy", None),
    ("nb_xor", "BinaryFunc", 38, "copy", None),
    ("nb_or", "BinaryFunc", 31, "copy", None),
    ("nb_int", "UnaryFunc", 26, "copy", None),
    ("nb_float", "UnaryFunc", 11, "copy", None),
    ("nb_inplace_add", "BinaryFunc", 14, "copy", None),
    ("nb_inplace_subtract", "BinaryFunc", 23, "copy", None),
    ("nb_inplace_multiply", "BinaryFunc", 18, "copy", None),
    ("nb_inplace_remainder", "BinaryFunc", 21, "copy", None),
    ("nb_inplace_power", "TernaryFunc", 20, "copy", None),
    ("nb_inplace_lshift", "BinaryFunc", 17, "copy", None),
    ("nb_inplace_rshift", "BinaryFunc", 22, "copy", None),
    ("nb_inplace_and", "BinaryFunc", 15, "copy", None),
    ("nb_inplace_xor", "BinaryFunc", 25, "copy", None),
    ("nb_inplace_or", "BinaryFunc", 19, "copy", None),
    ("nb_floor_divide", "BinaryFunc", 12, "copy", None),
    ("nb_true_divide", "BinaryFunc", 37, "copy", None),
    ("nb_inplace_floor_divide", "BinaryFunc", 16, "copy", None),
    ("nb_inplace_true_divide", "BinaryFunc", 24, "copy", None),
    ("nb_index", "UnaryFunc", 13, "copy", None),
    ("nb_matrix_multiply", "BinaryFunc", 75, "copy", None),
    ("nb_inplace_matrix_multiply", "BinaryFunc", 76, "copy", None),

    ("mp_length", "LenFunc", 4, "copy", "len(o): -1 with an exception set on error."),
    ("mp_subscript", "BinaryFunc", 5, "copy", "o[key]."),
    ("mp_ass_subscript", "ObjObjArgProc", 3, "copy", "o[key] = value / del o[key] (value null): 0, or -1 on error."),

    ("sq_length", "LenFunc", 45, "copy", "len(o): -1 with an exception set on error."),
    ("sq_concat", "BinaryFunc", 40, "copy", "o + other, after the number slots (PyNumber_Add)."),
    ("sq_repeat", "SsizeArgFunc", 46, "copy", "o * count, after the number slots (PyNumber_Multiply)."),
    ("sq_item", "SsizeArgFunc", 44, "copy", "o[i] for an index i (PySequence_GetItem adds len(o) to a negative one)."),
    ("sq_ass_item", "SsizeObjArgProc", 39, "copy", "o[i] = value / del o[i] (value null): 0, or -1 on error."),
    ("sq_contains", "ObjObjProc", 41, "copy", "item in o: 1, 0, or -1 on error."),
    ("sq_inplace_concat", "BinaryFunc", 42, "copy", "o += other, after the number slots."),
    ("sq_inplace_repeat", "SsizeArgFunc", 43, "copy", "o *= count, after the number slots."),

    ("am_await", "UnaryFunc", 77, "copy", "await o: the iterator __await__ returns."),
    ("am_aiter", "UnaryFunc", 78, "copy", "aiter(o)."),
    ("am_anext", "UnaryFunc", 79, "copy", "anext(o): an awaitable."),
    ("am_send", "SendFunc", 81, "copy", "Send a value into an iterator without StopIteration (PyIter_Send)."),

    ("bf_getbuffer", "GetBufferProc", 1, "copy", "Export a view of o's memory (see PyBuffer): 0, or -1 on error."),
    ("bf_releasebuffer", "ReleaseBufferProc", 2, "copy", "The consumer is done with a view bf_getbuffer filled."),
]

# CPython's slotdefs, in its order: (dunder, slot, wrapper kind, heap slot function,
# __text_signature__ of the wrapper (CPython's), __doc__ of the wrapper (ours)).
# Wrapper kind: how the wrapper descriptor that add_operators puts in a builtin type's dict
# calls the slot (a SlotKind member; "NoWrapper" rows only feed the slot of a class).
# Heap slot function: what a class statement's type gets when the dunder is a Python
# definition (update_one_slot). None where CPython has NULL (a class's __add__ feeds nb_add,
# never sq_concat); "unary" for SLOT0 (calls the dunder with no argument); "binary" for
# SLOT1BINFULL (the left dunder, then the reflected one, with the subclass rule); "inplace"
# for SLOT1 (calls the dunder with the other operand); otherwise the name of a hand-written
# method in Runtime/SlotDefs.Heap.cs.
SLOTDEFS = [
    ("__getattribute__", "tp_getattro", "GetAttribute", "slot_tp_getattr_hook", "($self, name, /)", "getattr(self, name)"),
    ("__getattr__", "tp_getattro", "NoWrapper", "slot_tp_getattr_hook", "($self, name, /)", "getattr(self, name), when the usual lookup fails"),
    ("__setattr__", "tp_setattro", "SetAttr", "slot_tp_setattro", "($self, name, value, /)", "setattr(self, name, value)"),
    ("__delattr__", "tp_setattro", "DelAttr", "slot_tp_setattro", "($self, name, /)", "delattr(self, name)"),
    ("__repr__", "tp_repr", "Unary", "slot_tp_repr", "($self, /)", "repr(self)"),
    ("__hash__", "tp_hash", "Hash", "slot_tp_hash", "($self, /)", "hash(self)"),
    ("__call__", "tp_call", "Call", "slot_tp_call", "($self, /, *args, **kwargs)", "Call self as a function."),
    ("__str__", "tp_str", "Unary", "unary", "($self, /)", "str(self)"),
    ("__lt__", "tp_richcompare", "RichCompare Lt", "slot_tp_richcompare", "($self, value, /)", "self < value"),
    ("__le__", "tp_richcompare", "RichCompare Le", "slot_tp_richcompare", "($self, value, /)", "self <= value"),
    ("__eq__", "tp_richcompare", "RichCompare Eq", "slot_tp_richcompare", "($self, value, /)", "self == value"),
    ("__ne__", "tp_richcompare", "RichCompare Ne", "slot_tp_richcompare", "($self, value, /)", "self != value"),
    ("__gt__", "tp_richcompare", "RichCompare Gt", "slot_tp_richcompare", "($self, value, /)", "self > value"),
    ("__ge__", "tp_richcompare", "RichCompare Ge", "slot_tp_richcompare", "($self, value, /)", "self >= value"),
    ("__iter__", "tp_iter", "Unary", "slot_tp_iter", "($self, /)", "iter(self)"),
    ("__next__", "tp_iternext", "Next", "unary", "($self, /)", "Implement next(self)."),  # the doc test_generators and test_genexps print
    ("__get__", "tp_descr_get", "DescrGet", "slot_tp_descr_get", "($self, instance, owner=None, /)", "The attribute of instance (or of owner) this descriptor gives."),
    ("__set__", "tp_descr_set", "DescrSet", "slot_tp_descr_set", "($self, instance, value, /)", "Set the attribute of instance to value."),
    ("__delete__", "tp_descr_set", "DescrDelete", "slot_tp_descr_set", "($self, instance, /)", "Delete the attribute of instance."),
    ("__init__", "tp_init", "Init", "slot_tp_init", "($self, /, *args, **kwargs)", "Initialize self; help(type(self)) shows the signature."),
    ("__new__", "tp_new", "NoWrapper", "slot_tp_new", None, "Create a new instance."),
    ("__del__", "tp_finalize", "Finalize", "slot_tp_finalize", "($self, /)", "Run when the instance is about to be destroyed."),
    ("__await__", "am_await", "Unary", "unary", "($self, /)", "The iterator an await expression drives."),
    ("__aiter__", "am_aiter", "Unary", "unary", "($self, /)", "An asynchronous iterator over self."),
    ("__anext__", "am_anext", "Unary", "unary", "($self, /)", "An awaitable that gives the next value or raises StopAsyncIteration."),
    ("__add__", "nb_add", "BinaryLeft", "binary", "($self, value, /)", "self + value"),
    ("__radd__", "nb_add", "BinaryRight", "binary", "($self, value, /)", "value + self"),
    ("__sub__", "nb_subtract", "BinaryLeft", "binary", "($self, value, /)", "self - value"),
    ("__rsub__", "nb_subtract", "BinaryRight", "binary", "($self, value, /)", "value - self"),
    ("__mul__", "nb_multiply", "BinaryLeft", "binary", "($self, value, /)", "self * value"),
    ("__rmul__", "nb_multiply", "BinaryRight", "binary", "($self, value, /)", "value * self"),
    ("__mod__", "nb_remainder", "BinaryLeft", "binary", "($self, value, /)", "self % value"),
    ("__rmod__", "nb_remainder", "BinaryRight", "binary", "($self, value, /)", "value % self"),
    ("__divmod__", "nb_divmod", "BinaryLeft", "binary", "($self, value, /)", "divmod(self, value)"),
    ("__rdivmod__", "nb_divmod", "BinaryRight", "binary", "($self, value, /)", "divmod(value, self)"),
    ("__pow__", "nb_power", "Ternary", "slot_nb_power", "($self, value, mod=None, /)", "pow(self, value, mod)"),
    ("__rpow__", "nb_power", "TernaryRight", "slot_nb_power", "($self, value, mod=None, /)", "pow(value, self, mod)"),
    ("__neg__", "nb_negative", "Unary", "unary", "($self, /)", "-self"),
    ("__pos__", "nb_positive", "Unary", "unary", "($self, /)", "+self"),
    ("__abs__", "nb_absolute", "Unary", "unary", "($self, /)", "abs(self)"),
    ("__bool__", "nb_bool", "Bool", "slot_nb_bool", "($self, /)", "self != 0 (True or False)"),
    ("__invert__", "nb_invert", "Unary", "unary", "($self, /)", "~self"),
    ("__lshift__", "nb_lshift", "BinaryLeft", "binary", "($self, value, /)", "self << value"),
    ("__rlshift__", "nb_lshift", "BinaryRight", "binary", "($self, value, /)", "value << self"),
    ("__rshift__", "nb_rshift", "BinaryLeft", "binary", "($self, value, /)", "self >> value"),
    ("__rrshift__", "nb_rshift", "BinaryRight", "binary", "($self, value, /)", "value >> self"),
    ("__and__", "nb_and", "BinaryLeft", "binary", "($self, value, /)", "self & value"),
    ("__rand__", "nb_and", "BinaryRight", "binary", "($self, value, /)", "value & self"),
    ("__xor__", "nb_xor", "BinaryLeft", "binary", "($self, value, /)", "self ^ value"),
    ("__rxor__", "nb_xor", "BinaryRight", "binary", "($self, value, /)", "value ^ self"),
    ("__or__", "nb_or", "BinaryLeft", "binary", "($self, value, /)", "self | value"),
    ("__ror__", "nb_or", "BinaryRight", "binary", "($self, value, /)", "value | self"),
    ("__int__", "nb_int", "Unary", "unary", "($self, /)", "int(self)"),
    ("__float__", "nb_float", "Unary", "unary", "($self, /)", "float(self)"),
    ("__iadd__", "nb_inplace_add", "BinaryLeft", "inplace", "($self, value, /)", "self += value"),
    ("__isub__", "nb_inplace_subtract", "BinaryLeft", "inplace", "($self, value, /)", "self -= value"),
    ("__imul__", "nb_inplace_multiply", "BinaryLeft", "inplace", "($self, value, /)", "self *= value"),
    ("__imod__", "nb_inplace_remainder", "BinaryLeft", "inplace", "($self, value, /)", "self %= value"),
    ("__ipow__", "nb_inplace_power", "Ternary", "slot_nb_inplace_power", "($self, value, /)", "self **= value"),
    ("__ilshift__", "nb_inplace_lshift", "BinaryLeft", "inplace", "($self, value, /)", "self <<= value"),
    ("__irshift__", "nb_inplace_rshift", "BinaryLeft", "inplace", "($self, value, /)", "self >>= value"),
    ("__iand__", "nb_inplace_and", "BinaryLeft", "inplace", "($self, value, /)", "self &= value"),
    ("__ixor__", "nb_inplace_xor", "BinaryLeft", "inplace", "($self, value, /)", "self ^= value"),
    ("__ior__", "nb_inplace_or", "BinaryLeft", "inplace", "($self, value, /)", "self |= value"),
    ("__floordiv__", "nb_floor_divide", "BinaryLeft", "binary", "($self, value, /)", "self // value"),
    ("__rfloordiv__", "nb_floor_divide", "BinaryRight", "binary", "($self, value, /)", "value // self"),
    ("__truediv__", "nb_true_divide", "BinaryLeft", "binary", "($self, value, /)", "self / value"),
    ("__rtruediv__", "nb_true_divide", "BinaryRight", "binary", "($self, value, /)", "value / self"),
    ("__ifloordiv__", "nb_inplace_floor_divide", "BinaryLeft", "inplace", "($self, value, /)", "self //= value"),
    ("__itruediv__", "nb_inplace_true_divide", "BinaryLeft", "inplace", "($self, value, /)", "self /= value"),
    ("__index__", "nb_index", "Unary", "unary", "($self, /)", "self as an int, for use as an index."),
    ("__matmul__", "nb_matrix_multiply", "BinaryLeft", "binary", "($self, value, /)", "self @ value"),
    ("__rmatmul__", "nb_matrix_multiply", "BinaryRight", "binary", "($self, value, /)", "value @ self"),
    ("__imatmul__", "nb_inplace_matrix_multiply", "BinaryLeft", "inplace", "($self, value, /)", "self @= value"),
    ("__len__", "mp_length", "Length", "slot_mp_length", "($self, /)", "len(self)"),
    ("__getitem__", "mp_subscript", "GetItem", "slot_mp_subscript", "($self, key, /)", "self[key]"),
    ("__setitem__", "mp_ass_subscript", "SetItem", "slot_mp_ass_subscript", "($self, key, value, /)", "self[key] = value"),
    ("__delitem__", "mp_ass_subscript", "DelItem", "slot_mp_ass_subscript", "($self, key, /)", "del self[key]"),
    ("__len__", "sq_length", "Length", "slot_mp_length", "($self, /)", "len(self)"),
    ("__add__", "sq_concat", "Concat", None, "($self, value, /)", "self + value"),
    ("__mul__", "sq_repeat", "IndexArg", None, "($self, value, /)", "self * value"),
    ("__rmul__", "sq_repeat", "IndexArg", None, "($self, value, /)", "value * self"),
    ("__getitem__", "sq_item", "SqItem", "slot_sq_item", "($self, key, /)", "self[key]"),
    ("__setitem__", "sq_ass_item", "SqSetItem", "slot_sq_ass_item", "($self, key, value, /)", "self[key] = value"),
    ("__delitem__", "sq_ass_item", "SqDelItem", "slot_sq_ass_item", "($self, key, /)", "del self[key]"),
    ("__contains__", "sq_contains", "Contains", "slot_sq_contains", "($self, key, /)", "key in self"),
    ("__iadd__", "sq_inplace_concat", "BinaryLeft", None, "($self, value, /)", "self += value"),
    ("__imul__", "sq_inplace_repeat", "IndexArg", None, "($self, value, /)", "self *= value"),
]

HEADER = "// <auto-generated> by tools/gen_slots.py from its slot list. Do not edit. </auto-generated>\n"

def emit_fields():
    groups = [
        ("tp_", "Basic slots (PyTypeObject)"),
        ("nb_", "Number slots (PyNumberMethods)"),
        ("mp_", "Mapping slots (PyMappingMethods)"),
        ("sq_", "Sequence slots (PySequenceMethods)"),
        ("am_", "Async slots (PyAsyncMethods)"),
        ("bf_", "Buffer slots (PyBufferProcs)"),
    ]
    out = [HEADER, "#nullable enable\nnamespace Sharpy.Objects;\n\n"]
    out.append("/// <summary>The type slots, numbered as CPython's PyType_Slot ids (Include/typeslots.h).</summary>\n")
    out.append("public enum SlotId\n{\n")
    for field, _, sid, _, _ in sorted(SLOTS, key=lambda s: s[2]):
        out.append(f"    {field} = {sid},\n")
    out.append("}\n\n")
    out.append("public sealed partial class PyType\n{\n")
    first = True
    for prefix, title in groups:
        rows = [s for s in SLOTS if s[0].startswith(prefix)]
        if not rows:
            continue
        if not first:
            out.append("\n")
        first = False
        out.append(f"    // {title}\n")
        for field, delegate, _, _, summary in rows:
            if summary:
                out.append(f"    /// <summary>{summary}</summary>\n")
            out.append(f"    public {delegate}? {field};\n")
    out.append("}\n")
    return "".join(out)


def emit_table():
    slot_types = {s[0]: s[1] for s in SLOTS}
    out = [HEADER, "#nullable enable\nusing System;\nusing Sharpy.Objects;\n\nnamespace Sharpy.Runtime;\n\n"]
    out.append("public static partial class SlotDefs\n{\n")

    # Heap slot functions made by CPython's macros (SLOT0, SLOT1, SLOT1BINFULL).
    by_slot = {}
    for name, slot, kind, heap, _, _ in SLOTDEFS:
        by_slot.setdefault(slot, []).append((name, kind, heap))
    generated = []
    for slot, rows in by_slot.items():
        heaps = {h for _, _, h in rows}
        assert len(heaps) == 1, (slot, heaps)
        heap = rows[0][2]
        if heap == "unary":
            generated.append(f"    static PyObject? slot_{slot}(PyObject self) => CallDunder(self, \"{rows[0][0]}\");\n")
        elif heap == "inplace":
            generated.append(f"    static PyObject? slot_{slot}(PyObject self, PyObject other) => CallDunder(self, \"{rows[0][0]}\", other);\n")
        elif heap == "binary":
            left = next(n for n, k, _ in rows if k == "BinaryLeft")
            right = next(n for n, k, _ in rows if k == "BinaryRight")
            generated.append(f"    static PyObject? slot_{slot}(PyObject self, PyObject other) => SlotBinary(self, other, SlotId.{slot}, s_slot_{slot}, \"{left}\", \"{right}\");\n")
    out.append("    // The slot functions of classes that CPython's SLOT0, SLOT1 and SLOT1BINFULL macros make.\n")
    out.extend(generated)
    out.append("\n")

    # One delegate per heap slot function, shared by the rows of its slot, so that a slot
    # holding it can be recognized (SLOT1BINFULL's TESTFUNC).
    out.append("    // The heap slot functions as delegates, one instance each (compared by identity).\n")
    heap_fields = {}
    for slot, rows in by_slot.items():
        heap = rows[0][2]
        if heap is None:
            continue
        method = f"slot_{slot}" if heap in ("unary", "inplace", "binary") else heap
        field = f"s_{method}"
        if field not in heap_fields:
            heap_fields[field] = (slot_types[slot], method)
            out.append(f"    static readonly {slot_types[slot]} {field} = {method};\n")
    out.append("\n")

    out.append("    /// <summary>CPython's slotdefs (Objects/typeobject.c), in its order.</summary>\n")
    out.append("    public static readonly SlotDef[] Table =\n    {\n")
    for name, slot, kind, heap, sig, doc in SLOTDEFS:
        parts = kind.split()
        op = f", CompareOp.{parts[1]}" if len(parts) > 1 else ""
        if heap is None:
            fn = "null"
        else:
            fn = f"s_slot_{slot}" if heap in ("unary", "inplace", "binary") else f"s_{heap}"
        sig_literal = "null" if sig is None else f'"{sig}"'
        out.append(f"        new(\"{name}\", SlotId.{slot}, SlotKind.{parts[0]}, {fn}, {sig_literal}, \"{doc}\"{op}),\n")
    out.append("    };\n\n")

    out.append("    /// <summary>The slot <paramref name=\"id\"/> of <paramref name=\"t\"/>.</summary>\n")
    out.append("    public static Delegate? GetSlot(PyType t, SlotId id) => id switch\n    {\n")
    for field, *_ in SLOTS:
        out.append(f"        SlotId.{field} => t.{field},\n")
    out.append("        _ => throw new ArgumentOutOfRangeException(nameof(id)),\n    };\n\n")

    out.append("    /// <summary>Set the slot <paramref name=\"id\"/> of <paramref name=\"t\"/> (f has the slot's delegate type, or is null).</summary>\n")
    out.append("    public static void SetSlot(PyType t, SlotId id, Delegate? f)\n    {\n        switch (id)\n        {\n")
    for field, delegate, *_ in SLOTS:
        out.append(f"            case SlotId.{field}: t.{field} = ({delegate}?)f; break;\n")
    out.append("            default: throw new ArgumentOutOfRangeException(nameof(id));\n        }\n    }\n\n")

    out.append("    /// <summary>inherit_slots: each slot the type leaves empty comes from its base.</summary>\n")
    out.append("    public static void InheritSlots(PyType t, PyType b)\n    {\n")
    hash_pair = [s[0] for s in SLOTS if s[3] == "hash"]
    for field, _, _, rule, _ in SLOTS:
        if rule == "copy":
            out.append(f"        t.{field} ??= b.{field};\n")
    cond = " && ".join(f"t.{f} == null" for f in hash_pair)
    out.append(f"        // {' and '.join(hash_pair)} only together, and not when the class defines __eq__ or __hash__.\n")
    out.append(f"        if ({cond} && !TypeReady.OverridesHash(t))\n        {{\n")
    for f in hash_pair:
        out.append(f"            t.{f} = b.{f};\n")
    out.append("        }\n    }\n\n")

    sq = [s[0] for s in SLOTS if s[0].startswith("sq_")]
    out.append("    /// <summary>\n")
    out.append("    /// Whether the type has CPython's tp_as_sequence: a class always has it, a builtin type\n")
    out.append("    /// when it fills a sequence slot. (PyNumber_InPlaceMultiply's choice of operand depends on it.)\n")
    out.append("    /// </summary>\n")
    out.append("    public static bool HasSequenceMethods(PyType t) => t.IsHeapType\n")
    for f in sq:
        out.append(f"        || t.{f} != null\n")
    out[-1] = out[-1].rstrip("\n") + ";\n"
    out.append("}\n")
    return "".join(out)


def write(rel, text):
    path = os.path.join(ROOT, rel)
    with open(path, "w", newline="\n") as f:
        f.write(text)
    print("wrote", rel)


if __name__ == "__main__":
    names = [s[0] for s in SLOTS]
    assert len(set(names)) == len(names)
    assert len({s[2] for s in SLOTS}) == len(SLOTS)
    for _, slot, _, _, _, _ in SLOTDEFS:
        assert slot in names, slot
    write("src/Sharpy/Objects/PyType.SlotFields.g.cs", emit_fields())
    write("src/Sharpy/Runtime/SlotDefs.Table.g.cs", emit_table())
