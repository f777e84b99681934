using System;
using Sharpy.Objects;

namespace Sharpy.Runtime;

// The slot functions of class statements' types (typeobject.c slot_* and
// fixup_slot_dispatchers): each calls the dunder found on the object's type.
public static partial class SlotDefs
{
    /// <summary>fixup_slot_dispatchers: set every slot of a new heap type from its MRO's dunders.</summary>
    public static void FixupSlots(PyType t)
    {
        foreach (var slotName in s_slotNames) UpdateOneSlot(t, slotName);
        UpdateNewSlot(t);
    }

    /// <summary>
    /// tp_new of a class statement's type: a `__new__` defined in Python (a staticmethod in
    /// the class dict) is called as `cls.__new__(cls, *args)` (slot_tp_new); a builtin
    /// `__new__` keeps the base's tp_new.
    /// </summary>
    static void UpdateNewSlot(PyType t)
    {
        var descr = TypeLookup.Lookup(t, "__new__");
        if (descr is PyStaticMethod { Callable: PyFunction }) t.tp_new = SlotNew;
    }

    static PyObject? SlotNew(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var f = TypeLookup.Lookup(type, "__new__");
        if (f == null) return Errors.SetString(PyExc.TypeError, $"cannot create '{type.tp_name}' instances");
        var callable = f is PyStaticMethod sm ? sm.Callable! : f;
        Py.INCREF(callable);
        var all = new StackRef[args.Length + 1];
        all[0] = StackRef.FromBorrow(type);
        args.CopyTo(all.AsSpan(1));
        var r = Calls.Call(callable, all, kwnames);
        Py.DECREF(callable);
        return r;
    }

    static readonly string[] s_slotNames = DistinctSlots();

    static string[] DistinctSlots()
    {
        var l = new System.Collections.Generic.List<string>();
        foreach (var d in Table) if (!l.Contains(d.Slot)) l.Add(d.Slot);
        return l.ToArray();
    }

    /// <summary>update_slot: after `T.name = value`, recompute the slots that name feeds, in T and its subclasses.</summary>
    public static void UpdateSlot(PyType t, PyUnicode name)
    {
        if (name.Value == "__new__")
        {
            UpdateNewSlot(t);
            return;
        }
        if (!s_byName.TryGetValue(name.Value, out var defs)) return;
        foreach (var d in defs) UpdateOneSlot(t, d.Slot);
        foreach (var sub in t.Subclasses()) UpdateSlot(sub, name);
    }

    /// <summary>
    /// update_one_slot: if every dunder feeding the slot resolves to the wrapper of one and the
    /// same builtin slot function, use that function directly; if any is a Python-level
    /// definition, use the generic slot function; if none is found, the slot is empty.
    /// </summary>
    static void UpdateOneSlot(PyType t, string slot)
    {
        Delegate? specific = null;
        bool useGeneric = false;
        bool found = false;
        foreach (var def in Table)
        {
            if (def.Slot != slot) continue;
            var descr = TypeLookup.Lookup(t, def.Name);
            if (descr == null) continue;
            found = true;
            if (descr is PyWrapperDescr w && w.Def.Slot == slot)
            {
                if (specific == null) specific = w.Wrapped;
                else if (specific != w.Wrapped) useGeneric = true;
            }
            else if (def.Kind == SlotKind.Hash && descr == PyNone.None)
            {
                specific = (HashFunc)HashNotImplemented;
            }
            else if (descr is PyCFunction nf && def.Name == "__new__") { }
            else
            {
                useGeneric = true;
            }
        }
        Delegate? value = !found ? null : useGeneric || specific == null ? HeapSlot(slot) : specific;
        if (slot == "tp_getattro" && value == null) value = GetSlot(t.tp_base!, slot);
        SetSlot(t, slot, value);
    }

    /// <summary>The generic slot function for a slot: it finds and calls the Python dunder.</summary>
    static Delegate? HeapSlot(string slot) => slot switch
    {
        "tp_repr" => (UnaryFunc)(o => CallDunder(o, "__repr__")),
        "tp_str" => (UnaryFunc)(o => CallDunder(o, "__str__")),
        "tp_iter" => (UnaryFunc)(o => CallDunder(o, "__iter__")),
        "tp_iternext" => (UnaryFunc)SlotIterNext,
        "tp_hash" => (HashFunc)SlotHash,
        "tp_call" => (VectorCallFunc)SlotCall,
        "tp_richcompare" => (RichCmpFunc)SlotRichCompare,
        "tp_getattro" => (GetAttroFunc)SlotGetAttr,
        "tp_setattro" => (SetAttroFunc)SlotSetAttr,
        "tp_descr_get" => (DescrGetFunc)SlotDescrGet,
        "tp_descr_set" => (DescrSetFunc)SlotDescrSet,
        "tp_init" => (InitFunc)SlotInit,
        "tp_finalize" => (DestructorFunc)SlotFinalize,
        "nb_bool" => (InquiryFunc)SlotBool,
        "mp_length" or "sq_length" => (LenFunc)SlotLength,
        "mp_subscript" => (BinaryFunc)((o, k) => CallDunder(o, "__getitem__", k)),
        "mp_ass_subscript" => (ObjObjArgProc)SlotAssSubscript,
        "sq_contains" => (ObjObjProc)SlotContains,
        "sq_concat" => null,
        "nb_power" => (TernaryFunc)((a, b, m) => SlotBinary(a, b, "__pow__", "__rpow__", "nb_power", m)),
        "nb_inplace_power" => (TernaryFunc)((a, b, m) => CallDunder(a, "__ipow__", b)),
        _ when slot.StartsWith("nb_inplace_") => MakeInplace(slot),
        _ when slot.StartsWith("nb_") => MakeNumber(slot),
        _ => null,
    };

    static Delegate? MakeInplace(string slot)
    {
        foreach (var d in Table)
            if (d.Slot == slot)
            {
                var name = d.Name;
                return (BinaryFunc)((a, b) => CallDunder(a, name, b));
            }
        return null;
    }

    static Delegate? MakeNumber(string slot)
    {
        string? left = null, right = null;
        SlotKind kind = SlotKind.Unary;
        foreach (var d in Table)
        {
            if (d.Slot != slot) continue;
            kind = d.Kind;
            if (d.Kind == SlotKind.BinaryRight) right = d.Name;
            else left = d.Name;
        }
        if (kind == SlotKind.Unary && right == null && left != null)
        {
            var name = left;
            return (UnaryFunc)(o => CallDunder(o, name));
        }
        return (BinaryFunc)((a, b) => SlotBinary(a, b, left, right, slot, null));
    }

    /// <summary>
    /// SLOT1BINFULL: a.__op__(b), or b.__rop__(a) — the reflected one first when b's type is
    /// a proper subclass of a's that overrides it.
    /// </summary>
    static PyObject? SlotBinary(PyObject a, PyObject b, string? left, string? right, string slot, PyObject? mod)
    {
        var mine = GetSlot(a.ob_type, slot);
        var theirs = GetSlot(b.ob_type, slot);
        bool doOther = a.ob_type != b.ob_type && theirs != null && right != null && TypeLookup.Lookup(b.ob_type, right) != null;
        bool aHasLeft = left != null && mine != null && TypeLookup.Lookup(a.ob_type, left) != null;
        if (aHasLeft)
        {
            if (doOther && Abstract.IsSubtype(b.ob_type, a.ob_type) && OverridesReflected(b.ob_type, a.ob_type, right!))
            {
                var r = CallDunderOrNotImpl(b, right!, a, mod);
                if (r != PyNotImplemented.Instance) return r;
                doOther = false;
            }
            var res = CallDunderOrNotImpl(a, left!, b, mod);
            if (res != PyNotImplemented.Instance || a.ob_type == b.ob_type) return res;
        }
        if (doOther) return CallDunderOrNotImpl(b, right!, a, mod);
        return PyNotImplemented.Instance;
    }

    static bool OverridesReflected(PyType sub, PyType sup, string name)
        => TypeLookup.Lookup(sub, name) != TypeLookup.Lookup(sup, name);

    static PyObject? CallDunderOrNotImpl(PyObject self, string name, PyObject other, PyObject? mod)
    {
        var f = TypeLookup.Lookup(self.ob_type, name);
        if (f == null) return PyNotImplemented.Instance;
        return mod == null || mod == PyNone.None ? CallDunder(self, name, other) : CallDunder(self, name, other, mod);
    }

    /// <summary>vectorcall_method: type(self).name(self, *args), binding through the descriptor protocol.</summary>
    public static PyObject? CallDunder(PyObject self, string name, params PyObject[] args)
    {
        var f = TypeLookup.Lookup(self.ob_type, name);
        if (f == null)
        {
            Errors.SetString(PyExc.AttributeError, name);
            return null;
        }
        Py.INCREF(f);
        PyObject? r;
        if (f is PyFunction)
        {
            var all = new StackRef[args.Length + 1];
            all[0] = StackRef.FromBorrow(self);
            for (int i = 0; i < args.Length; i++) all[i + 1] = StackRef.FromBorrow(args[i]);
            r = Calls.Call(f, all, null);
        }
        else
        {
            var get = f.ob_type.tp_descr_get;
            var bound = get == null ? Py.NewRef(f) : get(f, self, self.ob_type);
            if (bound == null)
            {
                Py.DECREF(f);
                return null;
            }
            r = Calls.CallArgs(bound, args);
            Py.DECREF(bound);
        }
        Py.DECREF(f);
        return r;
    }

    /// <summary>A StopIteration raised by __next__ stays set: callers that iterate clear it.</summary>
    static PyObject? SlotIterNext(PyObject o) => CallDunder(o, "__next__");

    static long SlotHash(PyObject o)
    {
        var r = CallDunder(o, "__hash__");
        if (r == null) return -1;
        if (r is not PyLong l)
        {
            Errors.SetString(PyExc.TypeError, "__hash__ method should return an integer");
            Py.DECREF(r);
            return -1;
        }
        long h = PyLongHash.Of(l);
        Py.DECREF(r);
        return h;
    }

    static PyObject? SlotCall(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var f = Calls.LookupSpecial(self, PyUnicode.Intern("__call__"));
        if (f == null)
        {
            if (!Errors.Occurred()) Errors.SetString(PyExc.TypeError, $"'{self.ob_type.tp_name}' object is not callable");
            return null;
        }
        var r = Calls.Call(f, args, kwnames);
        Py.DECREF(f);
        return r;
    }

    static readonly string[] s_richNames = { "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__" };

    static PyObject? SlotRichCompare(PyObject self, PyObject other, CompareOp op)
    {
        var f = TypeLookup.Lookup(self.ob_type, s_richNames[(int)op]);
        if (f == null) return PyNotImplemented.Instance;
        return CallDunder(self, s_richNames[(int)op], other);
    }

    static PyObject? SlotGetAttr(PyObject self, PyObject name)
    {
        var getattribute = TypeLookup.Lookup(self.ob_type, "__getattribute__");
        PyObject? r;
        if (getattribute == null || (getattribute is PyWrapperDescr w && w.Wrapped == (Delegate)(GetAttroFunc)GenericAttr.GetAttr))
            r = GenericAttr.GetAttr(self, name, suppress: false);
        else
            r = getattribute is PyWrapperDescr wd ? ((GetAttroFunc)wd.Wrapped)(self, name) : CallDunder(self, "__getattribute__", name);
        if (r != null || !Errors.ExceptionMatches(PyExc.AttributeError)) return r;
        if (TypeLookup.Lookup(self.ob_type, "__getattr__") == null) return null;
        Errors.Clear();
        return CallDunder(self, "__getattr__", name);
    }

    static int SlotSetAttr(PyObject self, PyObject name, PyObject? value)
    {
        var r = value == null ? CallDunder(self, "__delattr__", name) : CallDunder(self, "__setattr__", name, value);
        if (r == null) return -1;
        Py.DECREF(r);
        return 0;
    }

    static PyObject? SlotDescrGet(PyObject self, PyObject? obj, PyObject? type)
        => CallDunder(self, "__get__", obj ?? PyNone.None, type ?? PyNone.None);

    static int SlotDescrSet(PyObject self, PyObject obj, PyObject? value)
    {
        var r = value == null ? CallDunder(self, "__delete__", obj) : CallDunder(self, "__set__", obj, value);
        if (r == null) return -1;
        Py.DECREF(r);
        return 0;
    }

    static int SlotInit(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var f = TypeLookup.Lookup(self.ob_type, "__init__");
        if (f == null) return 0;
        PyObject? r;
        Py.INCREF(f);
        if (f is PyFunction)
        {
            var all = new StackRef[args.Length + 1];
            all[0] = StackRef.FromBorrow(self);
            args.CopyTo(all.AsSpan(1));
            r = Calls.Call(f, all, kwnames);
        }
        else
        {
            var get = f.ob_type.tp_descr_get;
            var bound = get == null ? Py.NewRef(f) : get(f, self, self.ob_type);
            r = bound == null ? null : Calls.Call(bound, args, kwnames);
            Py.XDECREF(bound);
        }
        Py.DECREF(f);
        if (r == null) return -1;
        if (r != PyNone.None)
        {
            Errors.SetString(PyExc.TypeError, $"__init__() should return None, not '{r.ob_type.tp_name}'");
            Py.DECREF(r);
            return -1;
        }
        return 0;
    }

    static void SlotFinalize(PyObject self)
    {
        var del = TypeLookup.Lookup(self.ob_type, "__del__");
        if (del == null) return;
        Py.INCREF(del);
        var r = CallDunder(self, "__del__");
        if (r == null) Interpreter.WriteUnraisable("while calling deallocator", del);
        else Py.DECREF(r);
        Py.DECREF(del);
    }

    static int SlotBool(PyObject self)
    {
        string name = TypeLookup.Lookup(self.ob_type, "__bool__") != null ? "__bool__" : "__len__";
        if (TypeLookup.Lookup(self.ob_type, name) == null) return 1;
        var r = CallDunder(self, name);
        if (r == null) return -1;
        int res;
        if (name == "__bool__")
        {
            if (r is not PyBool)
            {
                Errors.SetString(PyExc.TypeError, $"__bool__ should return bool, returned {r.ob_type.tp_name}");
                res = -1;
            }
            else res = r == PyBool.True ? 1 : 0;
        }
        else
        {
            long n = LengthResult(r);
            res = n < 0 ? -1 : n > 0 ? 1 : 0;
        }
        Py.DECREF(r);
        return res;
    }

    /// <summary>slot_sq_length: __len__'s result through __index__ (PyNumber_AsSsize_t), not negative.</summary>
    static long LengthResult(PyObject r)
    {
        long n = Abstract.AsSsize(r, PyExc.OverflowError);
        if (n < 0 && !Errors.Occurred())
        {
            Errors.SetString(PyExc.ValueError, "__len__() should return >= 0");
            return -1;
        }
        return n;
    }

    static long SlotLength(PyObject self)
    {
        var r = CallDunder(self, "__len__");
        if (r == null) return -1;
        long n = LengthResult(r);
        Py.DECREF(r);
        return n;
    }

    static int SlotAssSubscript(PyObject self, PyObject key, PyObject? value)
    {
        var r = value == null ? CallDunder(self, "__delitem__", key) : CallDunder(self, "__setitem__", key, value);
        if (r == null) return -1;
        Py.DECREF(r);
        return 0;
    }

    static int SlotContains(PyObject self, PyObject item)
    {
        var r = CallDunder(self, "__contains__", item);
        if (r == null) return -1;
        int t = Abstract.IsTrue(r);
        Py.DECREF(r);
        return t;
    }
}
