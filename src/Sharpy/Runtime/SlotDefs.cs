using System;
using System.Collections.Generic;
using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>How a wrapper descriptor calls its slot (CPython's wrap_* functions).</summary>
public enum SlotKind
{
    /// <summary>No wrapper: the dunder only feeds a class's slot (__getattr__, __new__).</summary>
    NoWrapper,
    Unary,          // __repr__, __neg__, __iter__ ...: slot(self)
    BinaryLeft,     // __add__: slot(self, other)
    BinaryRight,    // __radd__: slot(other, self)
    Concat,         // sq_concat's __add__: slot(self, other), as BinaryLeft, but a distinct wrapper
                    // (CPython's wrap_binaryfunc vs wrap_binaryfunc_l) so a subclass's nb_add is not sq_concat
    Ternary,        // __pow__: slot(self, other, mod)
    TernaryRight,   // __rpow__
    RichCompare,    // __lt__ ...: tp_richcompare(self, other, op)
    IndexArg,       // sq_repeat's __mul__: slot(self, index)
    SqItem,         // sq_item's __getitem__: a negative index counts from len(self)
    SqSetItem, SqDelItem,
    Hash, Length, Bool, Contains, GetItem, SetItem, DelItem, Call, Init, GetAttribute, SetAttr, DelAttr,
    DescrGet, DescrSet, DescrDelete, Next, Finalize,
}

/// <summary>
/// One row of CPython's slotdefs table: the dunder <paramref name="Name"/> feeds slot
/// <paramref name="Slot"/>; <paramref name="Kind"/> says how its wrapper descriptor calls the
/// slot; <paramref name="Function"/> is the slot function a class gets when the dunder is a
/// Python definition (null where CPython has none); <paramref name="TextSignature"/> and
/// <paramref name="Doc"/> are the wrapper descriptor's __text_signature__ and __doc__.
/// </summary>
public sealed record SlotDef(string Name, SlotId Slot, SlotKind Kind, Delegate? Function, string? TextSignature, string Doc,
    CompareOp Op = CompareOp.Lt);

/// <summary>
/// The slot table (Objects/typeobject.c slotdefs, generated with the fields from the list in
/// tools/gen_slots.py): wrapper descriptors for builtin types' slots (add_operators), and,
/// for class statements' types, slot functions that call the Python-level dunders
/// (fixup_slot_dispatchers, update_slot).
/// </summary>
public static partial class SlotDefs
{
    static Dictionary<string, List<SlotDef>>? s_byName;

    /// <summary>The rows of a dunder (most have one; __add__, __len__, __getitem__ ... feed two slots).</summary>
    static List<SlotDef>? RowsOf(string name)
    {
        var d = s_byName;
        if (d == null)
        {
            d = new Dictionary<string, List<SlotDef>>();
            foreach (var def in Table)
            {
                if (!d.TryGetValue(def.Name, out var l)) d[def.Name] = l = new List<SlotDef>();
                l.Add(def);
            }
            s_byName = d;
        }
        return d.TryGetValue(name, out var rows) ? rows : null;
    }

    /// <summary>add_operators: a wrapper descriptor for each slot a builtin type defines itself.</summary>
    public static void AddOperators(PyType t)
    {
        foreach (var def in Table)
        {
            if (def.Kind == SlotKind.NoWrapper) continue;
            var fn = GetSlot(t, def.Slot);
            if (fn == null) continue;
            var name = PyUnicode.Intern(def.Name);
            if (t.tp_dict.GetItemString(name) != null) continue;
            // An unhashable builtin type says so with __hash__ = None.
            if (def.Kind == SlotKind.Hash && fn == (Delegate)s_hashNotImplemented)
            {
                t.tp_dict.SetItem(name, Py.None);
                continue;
            }
            t.tp_dict.SetItem(name, new PyWrapperDescr(t, def, fn));
        }
        if (t.tp_new != null && t.tp_dict.GetItemString("__new__") == null)
            t.tp_dict.SetItemString("__new__", NewWrapper.Make(t));
    }

    static readonly HashFunc s_hashNotImplemented = HashNotImplemented;

    /// <summary>PyObject_HashNotImplemented, the slot for "__hash__ = None": raises TypeError unhashable.</summary>
    public static long HashNotImplemented(PyObject o)
    {
        Errors.SetString(PyExc.TypeError, $"unhashable type: '{o.ob_type.tp_name}'");
        return -1;
    }
}
