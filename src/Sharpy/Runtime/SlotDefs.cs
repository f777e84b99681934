using System;
using System.Collections.Generic;
using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>How a dunder maps onto a slot (one row of CPython's slotdefs table).</summary>
public enum SlotKind
{
    Unary,          // __repr__, __neg__, __iter__ ...: slot(self)
    BinaryLeft,     // __add__: slot(self, other)
    BinaryRight,    // __radd__: slot(other, self)
    Ternary,        // __pow__: slot(self, other, mod)
    TernaryRight,   // __rpow__
    RichCompare,    // __lt__ ...: tp_richcompare(self, other, op)
    Hash, Length, Bool, Contains, GetItem, SetItem, DelItem, Call, Init, GetAttribute, SetAttr, DelAttr,
    DescrGet, DescrSet, DescrDelete, Next, Finalize,
}

public sealed record SlotDef(string Name, string Slot, SlotKind Kind, CompareOp Op = CompareOp.Lt);

/// <summary>
/// The slot table (Objects/typeobject.c slotdefs): wrapper descriptors for builtin types'
/// slots (add_operators), and, for class statements' types, slot functions that call the
/// Python-level dunders (fixup_slot_dispatchers, update_slot).
/// </summary>
public static partial class SlotDefs
{
    public static readonly SlotDef[] Table =
    {
        new("__getattribute__", "tp_getattro", SlotKind.GetAttribute),
        // No wrapper: a class's __getattr__ only feeds tp_getattro (slot_tp_getattr_hook).
        new("__getattr__", "tp_getattro", SlotKind.GetAttribute),
        new("__setattr__", "tp_setattro", SlotKind.SetAttr),
        new("__delattr__", "tp_setattro", SlotKind.DelAttr),
        new("__repr__", "tp_repr", SlotKind.Unary),
        new("__hash__", "tp_hash", SlotKind.Hash),
        new("__call__", "tp_call", SlotKind.Call),
        new("__str__", "tp_str", SlotKind.Unary),
        new("__lt__", "tp_richcompare", SlotKind.RichCompare, CompareOp.Lt),
        new("__le__", "tp_richcompare", SlotKind.RichCompare, CompareOp.Le),
        new("__eq__", "tp_richcompare", SlotKind.RichCompare, CompareOp.Eq),
        new("__ne__", "tp_richcompare", SlotKind.RichCompare, CompareOp.Ne),
        new("__gt__", "tp_richcompare", SlotKind.RichCompare, CompareOp.Gt),
        new("__ge__", "tp_richcompare", SlotKind.RichCompare, CompareOp.Ge),
        new("__iter__", "tp_iter", SlotKind.Unary),
        new("__next__", "tp_iternext", SlotKind.Next),
        new("__get__", "tp_descr_get", SlotKind.DescrGet),
        new("__set__", "tp_descr_set", SlotKind.DescrSet),
        new("__delete__", "tp_descr_set", SlotKind.DescrDelete),
        new("__init__", "tp_init", SlotKind.Init),
        new("__del__", "tp_finalize", SlotKind.Finalize),
        new("__add__", "nb_add", SlotKind.BinaryLeft),
        new("__radd__", "nb_add", SlotKind.BinaryRight),
        new("__sub__", "nb_subtract", SlotKind.BinaryLeft),
        new("__rsub__", "nb_subtract", SlotKind.BinaryRight),
        new("__mul__", "nb_multiply", SlotKind.BinaryLeft),
        new("__rmul__", "nb_multiply", SlotKind.BinaryRight),
        new("__mod__", "nb_remainder", SlotKind.BinaryLeft),
        new("__rmod__", "nb_remainder", SlotKind.BinaryRight),
        new("__divmod__", "nb_divmod", SlotKind.BinaryLeft),
        new("__rdivmod__", "nb_divmod", SlotKind.BinaryRight),
        new("__pow__", "nb_power", SlotKind.Ternary),
        new("__rpow__", "nb_power", SlotKind.TernaryRight),
        new("__neg__", "nb_negative", SlotKind.Unary),
        new("__pos__", "nb_positive", SlotKind.Unary),
        new("__abs__", "nb_absolute", SlotKind.Unary),
        new("__bool__", "nb_bool", SlotKind.Bool),
        new("__invert__", "nb_invert", SlotKind.Unary),
        new("__lshift__", "nb_lshift", SlotKind.BinaryLeft),
        new("__rlshift__", "nb_lshift", SlotKind.BinaryRight),
        new("__rshift__", "nb_rshift", SlotKind.BinaryLeft),
        new("__rrshift__", "nb_rshift", SlotKind.BinaryRight),
        new("__and__", "nb_and", SlotKind.BinaryLeft),
        new("__rand__", "nb_and", SlotKind.BinaryRight),
        new("__xor__", "nb_xor", SlotKind.BinaryLeft),
        new("__rxor__", "nb_xor", SlotKind.BinaryRight),
        new("__or__", "nb_or", SlotKind.BinaryLeft),
        new("__ror__", "nb_or", SlotKind.BinaryRight),
        new("__int__", "nb_int", SlotKind.Unary),
        new("__float__", "nb_float", SlotKind.Unary),
        new("__iadd__", "nb_inplace_add", SlotKind.BinaryLeft),
        new("__isub__", "nb_inplace_subtract", SlotKind.BinaryLeft),
        new("__imul__", "nb_inplace_multiply", SlotKind.BinaryLeft),
        new("__imod__", "nb_inplace_remainder", SlotKind.BinaryLeft),
        new("__ipow__", "nb_inplace_power", SlotKind.Ternary),
        new("__ilshift__", "nb_inplace_lshift", SlotKind.BinaryLeft),
        new("__irshift__", "nb_inplace_rshift", SlotKind.BinaryLeft),
        new("__iand__", "nb_inplace_and", SlotKind.BinaryLeft),
        new("__ixor__", "nb_inplace_xor", SlotKind.BinaryLeft),
        new("__ior__", "nb_inplace_or", SlotKind.BinaryLeft),
        new("__floordiv__", "nb_floor_divide", SlotKind.BinaryLeft),
        new("__rfloordiv__", "nb_floor_divide", SlotKind.BinaryRight),
        new("__truediv__", "nb_true_divide", SlotKind.BinaryLeft),
        new("__rtruediv__", "nb_true_divide", SlotKind.BinaryRight),
        new("__ifloordiv__", "nb_inplace_floor_divide", SlotKind.BinaryLeft),
        new("__itruediv__", "nb_inplace_true_divide", SlotKind.BinaryLeft),
        new("__index__", "nb_index", SlotKind.Unary),
        new("__matmul__", "nb_matrix_multiply", SlotKind.BinaryLeft),
        new("__rmatmul__", "nb_matrix_multiply", SlotKind.BinaryRight),
        new("__imatmul__", "nb_inplace_matrix_multiply", SlotKind.BinaryLeft),
        new("__len__", "mp_length", SlotKind.Length),
        new("__getitem__", "mp_subscript", SlotKind.GetItem),
        new("__setitem__", "mp_ass_subscript", SlotKind.SetItem),
        new("__delitem__", "mp_ass_subscript", SlotKind.DelItem),
        new("__len__", "sq_length", SlotKind.Length),
        new("__add__", "sq_concat", SlotKind.BinaryLeft),
        new("__contains__", "sq_contains", SlotKind.Contains),
    };

    static readonly Dictionary<string, List<SlotDef>> s_byName = BuildIndex();

    static Dictionary<string, List<SlotDef>> BuildIndex()
    {
        var d = new Dictionary<string, List<SlotDef>>();
        foreach (var def in Table)
        {
            if (!d.TryGetValue(def.Name, out var l)) d[def.Name] = l = new List<SlotDef>();
            l.Add(def);
        }
        return d;
    }

    /// <summary>add_operators: a wrapper descriptor for each slot a builtin type defines itself.</summary>
    public static void AddOperators(PyType t)
    {
        foreach (var def in Table)
        {
            var fn = GetSlot(t, def.Slot);
            if (fn == null) continue;
            var name = PyUnicode.Intern(def.Name);
            if (t.tp_dict.GetItemString(name) != null) continue;
            if (def.Kind == SlotKind.Hash && fn == (Delegate)(HashFunc)HashNotImplemented) continue;
            if (def.Name == "__getattr__") continue;
            t.tp_dict.SetItem(name, new PyWrapperDescr(t, def, fn));
        }
        if (t.tp_new != null && t.tp_dict.GetItemString("__new__") == null)
            t.tp_dict.SetItemString("__new__", NewWrapper.Make(t));
    }

    /// <summary>The slot for "__hash__ = None": raises TypeError unhashable.</summary>
    public static long HashNotImplemented(PyObject o)
    {
        Errors.SetString(PyExc.TypeError, $"unhashable type: '{o.ob_type.tp_name}'");
        return -1;
    }
}
