using System;
using Sharpy.Objects;

namespace Sharpy.Runtime;

public static partial class SlotDefs
{
    /// <summary>getindex: an index argument of a sequence wrapper; a negative one counts from the end.</summary>
    static long SqIndex(PyObject self, PyObject arg)
    {
        long i = Abstract.AsSsize(arg, PyExc.OverflowError);
        if (i == -1 && Errors.Occurred()) return -1;
        if (i < 0 && self.ob_type.sq_length is { } len)
        {
            long n = len(self);
            if (n < 0) return -1;
            i += n;
        }
        return i;
    }

    /// <summary>
    /// hackcheck: object.__setattr__(str, ...) and the like may not skip a builtin type's own
    /// tp_setattro. From the type whose setattro the object's type uses, every base up to the
    /// one defining <paramref name="func"/> must be a class (slot_tp_setattro) or use func.
    /// </summary>
    static bool HackCheck(PyObject self, SetAttroFunc func, string what)
    {
        var type = self.ob_type;
        if (type.tp_mro is not { } mro) return true;
        var definingType = type;
        for (int i = mro.Count - 1; i >= 0; i--)
        {
            var b = (PyType)mro.Items[i];
            if (b.tp_setattro == s_slot_tp_setattro) continue;   // classes define no C-level setattro
            if (b.tp_setattro == type.tp_setattro)
            {
                definingType = b;
                break;
            }
        }
        for (var b = definingType; b != null; b = b.tp_base)
        {
            if (b.tp_setattro == func) break;
            if (b.tp_setattro != s_slot_tp_setattro)
            {
                Errors.SetString(PyExc.TypeError, $"can't apply this {what} to {type.tp_name} object");
                return false;
            }
        }
        return true;
    }

    /// <summary>Call a wrapper descriptor's slot with Python-level arguments (the wrap_* functions).</summary>
    public static PyObject? CallWrapper(PyWrapperDescr d, PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var def = d.Def;
        var fn = d.Wrapped;
        if (def.Kind == SlotKind.Call) return ((VectorCallFunc)fn)(self, args, kwnames);
        if (def.Kind == SlotKind.Init)
            return ((InitFunc)fn)(self, args, kwnames) < 0 ? null : Py.None;
        if (kwnames != null && kwnames.Count > 0)
            return Errors.SetString(PyExc.TypeError, $"wrapper {def.Name}() takes no keyword arguments");
        int n = args.Length;
        int expected = def.Kind switch
        {
            SlotKind.Unary or SlotKind.Hash or SlotKind.Length or SlotKind.Bool or SlotKind.Next or SlotKind.Finalize => 0,
            SlotKind.SetItem or SlotKind.SetAttr or SlotKind.DescrSet or SlotKind.SqSetItem => 2,
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
            case SlotKind.BinaryLeft:
            case SlotKind.Concat: return ((BinaryFunc)fn)(self, args[0].AsBorrowed);
            case SlotKind.BinaryRight: return ((BinaryFunc)fn)(args[0].AsBorrowed, self);
            case SlotKind.Ternary:
            case SlotKind.TernaryRight:
                if (n < 1 || n > 2)
                    return Errors.SetString(PyExc.TypeError, $"expected 1 or 2 arguments, got {n}");
                var mod = n == 2 ? args[1].AsBorrowed : Py.None;
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
            case SlotKind.IndexArg:
                {
                    long count = Abstract.AsSsize(args[0].AsBorrowed, PyExc.OverflowError);
                    if (count == -1 && Errors.Occurred()) return null;
                    return ((SsizeArgFunc)fn)(self, count);
                }
            case SlotKind.SqItem:
                {
                    long i = SqIndex(self, args[0].AsBorrowed);
                    if (i == -1 && Errors.Occurred()) return null;
                    return ((SsizeArgFunc)fn)(self, i);
                }
            case SlotKind.SqSetItem:
            case SlotKind.SqDelItem:
                {
                    long i = SqIndex(self, args[0].AsBorrowed);
                    if (i == -1 && Errors.Occurred()) return null;
                    var value = def.Kind == SlotKind.SqSetItem ? args[1].AsBorrowed : null;
                    return ((SsizeObjArgProc)fn)(self, i, value) < 0 ? null : Py.None;
                }
            case SlotKind.SetItem: return ((ObjObjArgProc)fn)(self, args[0].AsBorrowed, args[1].AsBorrowed) < 0 ? null : Py.None;
            case SlotKind.DelItem: return ((ObjObjArgProc)fn)(self, args[0].AsBorrowed, null) < 0 ? null : Py.None;
            // The attribute slots take str names (PyObject_GenericGetAttr and type_getattro check).
            case SlotKind.GetAttribute:
                if (!CheckAttributeName(args[0].AsBorrowed)) return null;
                return ((GetAttroFunc)fn)(self, args[0].AsBorrowed);
            case SlotKind.SetAttr:
                if (!CheckAttributeName(args[0].AsBorrowed) || !HackCheck(self, (SetAttroFunc)fn, "__setattr__")) return null;
                return ((SetAttroFunc)fn)(self, args[0].AsBorrowed, args[1].AsBorrowed) < 0 ? null : Py.None;
            case SlotKind.DelAttr:
                if (!CheckAttributeName(args[0].AsBorrowed) || !HackCheck(self, (SetAttroFunc)fn, "__delattr__")) return null;
                return ((SetAttroFunc)fn)(self, args[0].AsBorrowed, null) < 0 ? null : Py.None;
            case SlotKind.DescrGet:
                if (n < 1 || n > 2)
                    return Errors.SetString(PyExc.TypeError, $"expected 1 or 2 arguments, got {n}");
                var obj = args[0].AsBorrowed == Py.None ? null : args[0].AsBorrowed;
                var type = n == 2 && args[1].AsBorrowed != Py.None ? args[1].AsBorrowed : null;
                if (obj == null && type == null)
                    return Errors.SetString(PyExc.TypeError, "__get__(None, None) is invalid");
                return ((DescrGetFunc)fn)(self, obj, type);
            case SlotKind.DescrSet: return ((DescrSetFunc)fn)(self, args[0].AsBorrowed, args[1].AsBorrowed) < 0 ? null : Py.None;
            case SlotKind.DescrDelete: return ((DescrSetFunc)fn)(self, args[0].AsBorrowed, null) < 0 ? null : Py.None;
            case SlotKind.Finalize:
                ((DestructorFunc)fn)(self);
                return Py.None;
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
    static readonly BuiltinImpl s_impl = (self, args, kwnames) => Call((PyType)self!, args, kwnames);

    public static PyObject Make(PyType t)
    {
        var f = new PyCFunction("__new__", t.Name + ".__new__", s_impl,
            t, "__new__($type, *args, **kwargs)\n--\n\nCreate and return a new object.  See help(type) for accurate signature.");
        f.SetImmortal();
        return f;
    }

    /// <summary>Whether <paramref name="f"/> is a builtin type's `__new__` (tp_new_wrapper).</summary>
    public static bool Is(PyCFunction f) => f.Impl == s_impl;

    static PyObject? Call(PyType t, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int nargs = args.Length - (kwnames?.Count ?? 0);
        if (nargs < 1)
            return Errors.SetString(PyExc.TypeError, $"{t.Name}.__new__(): not enough arguments");
        if (args[0].AsBorrowed is not PyType sub)
            return Errors.SetString(PyExc.TypeError, $"{t.Name}.__new__(X): X is not a type object ({args[0].AsBorrowed.ob_type.tp_name})");
        if (!Abstract.IsSubtype(sub, t))
            return Errors.SetString(PyExc.TypeError, $"{t.Name}.__new__({sub.Name}): {sub.Name} is not a subtype of {t.Name}");
        // Not something unsafe like object.__new__(dict): the most derived base whose __new__
        // is not written in Python must use this very tp_new.
        var staticBase = sub;
        while (staticBase != null && SlotDefs.IsSlotTpNew(staticBase.tp_new)) staticBase = staticBase.tp_base;
        if (staticBase != null && staticBase.tp_new == null)
            return Errors.SetString(PyExc.TypeError, $"cannot create '{sub.tp_name}' instances");
        if (staticBase != null && staticBase.tp_new != t.tp_new)
            return Errors.SetString(PyExc.TypeError, $"{t.tp_name}.__new__({sub.tp_name}) is not safe, use {staticBase.tp_name}.__new__()");
        return t.tp_new!(sub, args[1..], kwnames);
    }
}
