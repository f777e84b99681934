using System;
using Sharpy.Objects;

namespace Sharpy.Runtime;

public static partial class SlotDefs
{
    public static Delegate? GetSlot(PyType t, string slot) => slot switch
    {
        "tp_getattro" => t.tp_getattro, "tp_setattro" => t.tp_setattro, "tp_repr" => t.tp_repr,
        "tp_hash" => t.tp_hash, "tp_call" => t.tp_call, "tp_str" => t.tp_str,
        "tp_richcompare" => t.tp_richcompare, "tp_iter" => t.tp_iter, "tp_iternext" => t.tp_iternext,
        "tp_descr_get" => t.tp_descr_get, "tp_descr_set" => t.tp_descr_set, "tp_init" => t.tp_init,
        "tp_finalize" => t.tp_finalize,
        "nb_add" => t.nb_add, "nb_subtract" => t.nb_subtract, "nb_multiply" => t.nb_multiply,
        "nb_remainder" => t.nb_remainder, "nb_divmod" => t.nb_divmod, "nb_power" => t.nb_power,
        "nb_negative" => t.nb_negative, "nb_positive" => t.nb_positive, "nb_absolute" => t.nb_absolute,
        "nb_bool" => t.nb_bool, "nb_invert" => t.nb_invert, "nb_lshift" => t.nb_lshift,
        "nb_rshift" => t.nb_rshift, "nb_and" => t.nb_and, "nb_xor" => t.nb_xor, "nb_or" => t.nb_or,
        "nb_int" => t.nb_int, "nb_float" => t.nb_float, "nb_index" => t.nb_index,
        "nb_inplace_add" => t.nb_inplace_add, "nb_inplace_subtract" => t.nb_inplace_subtract,
        "nb_inplace_multiply" => t.nb_inplace_multiply, "nb_inplace_remainder" => t.nb_inplace_remainder,
        "nb_inplace_power" => t.nb_inplace_power, "nb_inplace_lshift" => t.nb_inplace_lshift,
        "nb_inplace_rshift" => t.nb_inplace_rshift, "nb_inplace_and" => t.nb_inplace_and,
        "nb_inplace_xor" => t.nb_inplace_xor, "nb_inplace_or" => t.nb_inplace_or,
        "nb_floor_divide" => t.nb_floor_divide, "nb_true_divide" => t.nb_true_divide,
        "nb_inplace_floor_divide" => t.nb_inplace_floor_divide, "nb_inplace_true_divide" => t.nb_inplace_true_divide,
        "nb_matrix_multiply" => t.nb_matrix_multiply, "nb_inplace_matrix_multiply" => t.nb_inplace_matrix_multiply,
        "mp_length" => t.mp_length, "mp_subscript" => t.mp_subscript, "mp_ass_subscript" => t.mp_ass_subscript,
        "sq_length" => t.sq_length, "sq_concat" => t.sq_concat, "sq_contains" => t.sq_contains,
        _ => throw new ArgumentException("unknown slot " + slot),
    };

    public static void SetSlot(PyType t, string slot, Delegate? f)
    {
        switch (slot)
        {
            case "tp_getattro": t.tp_getattro = (GetAttroFunc?)f; break;
            case "tp_setattro": t.tp_setattro = (SetAttroFunc?)f; break;
            case "tp_repr": t.tp_repr = (UnaryFunc?)f; break;
            case "tp_hash": t.tp_hash = (HashFunc?)f; break;
            case "tp_call": t.tp_call = (VectorCallFunc?)f; break;
            case "tp_str": t.tp_str = (UnaryFunc?)f; break;
            case "tp_richcompare": t.tp_richcompare = (RichCmpFunc?)f; break;
            case "tp_iter": t.tp_iter = (UnaryFunc?)f; break;
            case "tp_iternext": t.tp_iternext = (UnaryFunc?)f; break;
            case "tp_descr_get": t.tp_descr_get = (DescrGetFunc?)f; break;
            case "tp_descr_set": t.tp_descr_set = (DescrSetFunc?)f; break;
            case "tp_init": t.tp_init = (InitFunc?)f; break;
            case "tp_finalize": t.tp_finalize = (DestructorFunc?)f; break;
            case "nb_add": t.nb_add = (BinaryFunc?)f; break;
            case "nb_subtract": t.nb_subtract = (BinaryFunc?)f; break;
            case "nb_multiply": t.nb_multiply = (BinaryFunc?)f; break;
            case "nb_remainder": t.nb_remainder = (BinaryFunc?)f; break;
            case "nb_divmod": t.nb_divmod = (BinaryFunc?)f; break;
            case "nb_power": t.nb_power = (TernaryFunc?)f; break;
            case "nb_negative": t.nb_negative = (UnaryFunc?)f; break;
            case "nb_positive": t.nb_positive = (UnaryFunc?)f; break;
            case "nb_absolute": t.nb_absolute = (UnaryFunc?)f; break;
            case "nb_bool": t.nb_bool = (InquiryFunc?)f; break;
            case "nb_invert": t.nb_invert = (UnaryFunc?)f; break;
            case "nb_lshift": t.nb_lshift = (BinaryFunc?)f; break;
            case "nb_rshift": t.nb_rshift = (BinaryFunc?)f; break;
            case "nb_and": t.nb_and = (BinaryFunc?)f; break;
            case "nb_xor": t.nb_xor = (BinaryFunc?)f; break;
            case "nb_or": t.nb_or = (BinaryFunc?)f; break;
            case "nb_int": t.nb_int = (UnaryFunc?)f; break;
            case "nb_float": t.nb_float = (UnaryFunc?)f; break;
            case "nb_index": t.nb_index = (UnaryFunc?)f; break;
            case "nb_inplace_add": t.nb_inplace_add = (BinaryFunc?)f; break;
            case "nb_inplace_subtract": t.nb_inplace_subtract = (BinaryFunc?)f; break;
            case "nb_inplace_multiply": t.nb_inplace_multiply = (BinaryFunc?)f; break;
            case "nb_inplace_remainder": t.nb_inplace_remainder = (BinaryFunc?)f; break;
            case "nb_inplace_power": t.nb_inplace_power = (TernaryFunc?)f; break;
            case "nb_inplace_lshift": t.nb_inplace_lshift = (BinaryFunc?)f; break;
            case "nb_inplace_rshift": t.nb_inplace_rshift = (BinaryFunc?)f; break;
            case "nb_inplace_and": t.nb_inplace_and = (BinaryFunc?)f; break;
            case "nb_inplace_xor": t.nb_inplace_xor = (BinaryFunc?)f; break;
            case "nb_inplace_or": t.nb_inplace_or = (BinaryFunc?)f; break;
            case "nb_floor_divide": t.nb_floor_divide = (BinaryFunc?)f; break;
            case "nb_true_divide": t.nb_true_divide = (BinaryFunc?)f; break;
            case "nb_inplace_floor_divide": t.nb_inplace_floor_divide = (BinaryFunc?)f; break;
            case "nb_inplace_true_divide": t.nb_inplace_true_divide = (BinaryFunc?)f; break;
            case "nb_matrix_multiply": t.nb_matrix_multiply = (BinaryFunc?)f; break;
            case "nb_inplace_matrix_multiply": t.nb_inplace_matrix_multiply = (BinaryFunc?)f; break;
            case "mp_length": t.mp_length = (LenFunc?)f; break;
            case "mp_subscript": t.mp_subscript = (BinaryFunc?)f; break;
            case "mp_ass_subscript": t.mp_ass_subscript = (ObjObjArgProc?)f; break;
            case "sq_length": t.sq_length = (LenFunc?)f; break;
            case "sq_concat": t.sq_concat = (BinaryFunc?)f; break;
            case "sq_contains": t.sq_contains = (ObjObjProc?)f; break;
            default: throw new ArgumentException("unknown slot " + slot);
        }
    }

    /// <summary>Call a wrapper descriptor's slot with Python-level arguments (the wrap_* functions).</summary>
    public static PyObject? CallWrapper(PyWrapperDescr d, PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var def = d.Def;
        var fn = d.Wrapped;
        if (def.Kind == SlotKind.Call) return ((VectorCallFunc)fn)(self, args, kwnames);
        if (def.Kind == SlotKind.Init)
            return ((InitFunc)fn)(self, args, kwnames) < 0 ? null : PyNone.None;
        if (kwnames != null && kwnames.Count > 0)
            return Errors.SetString(PyExc.TypeError, $"wrapper {def.Name}() takes no keyword arguments");
        int n = args.Length;
        int expected = def.Kind switch
        {
            SlotKind.Unary or SlotKind.Hash or SlotKind.Length or SlotKind.Bool or SlotKind.Next or SlotKind.Finalize => 0,
            SlotKind.SetItem or SlotKind.SetAttr or SlotKind.DescrSet => 2,
            SlotKind.DescrGet => -1,
            SlotKind.Ternary or SlotKind.TernaryRight => -2,
            _ => 1,
        };
        if (expected >= 0 && n != expected)
        {
            return Errors.SetString(PyExc.TypeError, expected == 0
                ? $"expected 0 arguments, got {n}"
                : $"expected {expected} argument{(expected == 1 ? "" : "s")}, got {n}");
        }
        switch (def.Kind)
        {
            case SlotKind.Unary: return ((UnaryFunc)fn)(self);
            case SlotKind.Next:
                var nx = ((UnaryFunc)fn)(self);
                if (nx == null && !Errors.Occurred()) Errors.SetObject(PyExc.StopIteration, null);
                return nx;
            case SlotKind.BinaryLeft: return ((BinaryFunc)fn)(self, args[0].AsBorrowed);
            case SlotKind.BinaryRight: return ((BinaryFunc)fn)(args[0].AsBorrowed, self);
            case SlotKind.Ternary:
            case SlotKind.TernaryRight:
                if (n < 1 || n > 2)
                    return Errors.SetString(PyExc.TypeError, $"expected 1 or 2 arguments, got {n}");
                var mod = n == 2 ? args[1].AsBorrowed : PyNone.None;
                return def.Kind == SlotKind.Ternary ? ((TernaryFunc)fn)(self, args[0].AsBorrowed, mod) : ((TernaryFunc)fn)(args[0].AsBorrowed, self, mod);
            case SlotKind.RichCompare: return ((RichCmpFunc)fn)(self, args[0].AsBorrowed, def.Op);
            case SlotKind.Hash:
                long h = ((HashFunc)fn)(self);
                return h == -1 && Errors.Occurred() ? null : PyLong.FromLong(h);
            case SlotKind.Length:
                long len = ((LenFunc)fn)(self);
                return len < 0 && Errors.Occurred() ? null : PyLong.FromLong(len);
            case SlotKind.Bool:
                int b = ((InquiryFunc)fn)(self);
                return b < 0 ? null : Py.NewBool(b != 0);
            case SlotKind.Contains:
                int c = ((ObjObjProc)fn)(self, args[0].AsBorrowed);
                return c < 0 ? null : Py.NewBool(c != 0);
            case SlotKind.GetItem: return ((BinaryFunc)fn)(self, args[0].AsBorrowed);
            case SlotKind.SetItem: return ((ObjObjArgProc)fn)(self, args[0].AsBorrowed, args[1].AsBorrowed) < 0 ? null : PyNone.None;
            case SlotKind.DelItem: return ((ObjObjArgProc)fn)(self, args[0].AsBorrowed, null) < 0 ? null : PyNone.None;
            // The attribute slots take str names (PyObject_GenericGetAttr and type_getattro check).
            case SlotKind.GetAttribute:
                if (!CheckAttributeName(args[0].AsBorrowed)) return null;
                return ((GetAttroFunc)fn)(self, args[0].AsBorrowed);
            case SlotKind.SetAttr:
                if (!CheckAttributeName(args[0].AsBorrowed)) return null;
                return ((SetAttroFunc)fn)(self, args[0].AsBorrowed, args[1].AsBorrowed) < 0 ? null : PyNone.None;
            case SlotKind.DelAttr:
                if (!CheckAttributeName(args[0].AsBorrowed)) return null;
                return ((SetAttroFunc)fn)(self, args[0].AsBorrowed, null) < 0 ? null : PyNone.None;
            case SlotKind.DescrGet:
                if (n < 1 || n > 2)
                    return Errors.SetString(PyExc.TypeError, $"expected 1 or 2 arguments, got {n}");
                var obj = args[0].AsBorrowed == PyNone.None ? null : args[0].AsBorrowed;
                var type = n == 2 && args[1].AsBorrowed != PyNone.None ? args[1].AsBorrowed : null;
                if (obj == null && type == null)
                    return Errors.SetString(PyExc.TypeError, "__get__(None, None) is invalid");
                return ((DescrGetFunc)fn)(self, obj, type);
            case SlotKind.DescrSet: return ((DescrSetFunc)fn)(self, args[0].AsBorrowed, args[1].AsBorrowed) < 0 ? null : PyNone.None;
            case SlotKind.DescrDelete: return ((DescrSetFunc)fn)(self, args[0].AsBorrowed, null) < 0 ? null : PyNone.None;
            case SlotKind.Finalize:
                ((DestructorFunc)fn)(self);
                return PyNone.None;
            default:
                return Errors.SetString(PyExc.SystemError, "bad slot wrapper kind");
        }
    }

    static bool CheckAttributeName(PyObject name)
    {
        if (name is PyUnicode) return true;
        Errors.SetString(PyExc.TypeError, $"attribute name must be string, not '{name.ob_type.tp_name}'");
        return false;
    }
}

/// <summary>`T.__new__(S, ...)` for a builtin T (tp_new_wrapper): checks S is a subtype of T.</summary>
internal static class NewWrapper
{
    public static PyObject Make(PyType t)
    {
        var f = new PyCFunction("__new__", t.Name + ".__new__", (self, args, kwnames) => Call((PyType)self!, args, kwnames),
            t, "Create and return a new object.  See help(type) for accurate signature.");
        f.SetImmortal();
        return f;
    }

    static PyObject? Call(PyType t, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int nargs = args.Length - (kwnames?.Count ?? 0);
        if (nargs < 1)
            return Errors.SetString(PyExc.TypeError, $"{t.Name}.__new__(): not enough arguments");
        if (args[0].AsBorrowed is not PyType sub)
            return Errors.SetString(PyExc.TypeError, $"{t.Name}.__new__(X): X is not a type object ({args[0].AsBorrowed.ob_type.tp_name})");
        if (!Abstract.IsSubtype(sub, t))
            return Errors.SetString(PyExc.TypeError, $"{t.Name}.__new__({sub.Name}): {sub.Name} is not a subtype of {t.Name}");
        return t.tp_new!(sub, args[1..], kwnames);
    }
}
