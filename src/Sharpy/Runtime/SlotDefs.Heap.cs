using System;
using System.Collections.Generic;
using Sharpy.Objects;

namespace Sharpy.Runtime;

// The slot functions of class statements' types (typeobject.c slot_* and
// fixup_slot_dispatchers): each calls the dunder found on the object's type.
public static partial class SlotDefs
{
    /// <summary>fixup_slot_dispatchers: set every slot of a new heap type from its MRO's dunders.</summary>
    public static void FixupSlots(PyType t)
    {
        foreach (var rows in RowsBySlot()) UpdateOneSlot(t, rows);
    }

    static SlotDef[][]? s_rowsBySlot;

    /// <summary>The rows of each slot that has any, in table order.</summary>
    static SlotDef[][] RowsBySlot()
    {
        if (s_rowsBySlot != null) return s_rowsBySlot;
        var order = new List<SlotId>();
        var rows = new Dictionary<SlotId, List<SlotDef>>();
        foreach (var d in Table)
        {
            if (!rows.TryGetValue(d.Slot, out var l))
            {
                rows[d.Slot] = l = new List<SlotDef>();
                order.Add(d.Slot);
            }
            l.Add(d);
        }
        var r = new SlotDef[order.Count][];
        for (int i = 0; i < r.Length; i++) r[i] = rows[order[i]].ToArray();
        return s_rowsBySlot = r;
    }

    /// <summary>
    /// update_slot: after `T.name = value` or `del T.name`, recompute the slots that name feeds,
    /// in T and in the subclasses that do not define the name themselves.
    /// </summary>
    public static void UpdateSlot(PyType t, PyUnicode name)
    {
        var defs = RowsOf(name.Value);
        if (defs == null) return;
        UpdateSlotRecursive(t, name, defs);
    }

    static void UpdateSlotRecursive(PyType t, PyUnicode name, List<SlotDef> defs)
    {
        foreach (var d in defs)
            foreach (var rows in RowsBySlot())
                if (rows[0].Slot == d.Slot) UpdateOneSlot(t, rows);
        foreach (var sub in t.Subclasses())
        {
            if (sub.tp_dict.GetItemString(name) != null) continue;
            UpdateSlotRecursive(sub, name, defs);
        }
    }

    /// <summary>
    /// update_one_slot: when every dunder feeding the slot is the wrapper of one and the same
    /// slot function (of a base of this type, with the same calling convention), the slot is
    /// that function itself; when any is a Python-level definition, the slot is the generic
    /// function that calls the dunder; when none is found, the slot is empty (tp_iternext:
    /// Abstract.NextNotImplemented).
    /// </summary>
    static void UpdateOneSlot(PyType t, SlotDef[] rows)
    {
        var slot = rows[0].Slot;
        Delegate? generic = null, specific = null;
        bool useGeneric = false;
        foreach (var def in rows)
        {
            var descr = TypeLookup.Lookup(t, def.Name);
            if (descr == null)
            {
                if (slot == SlotId.tp_iternext) specific = Abstract.NextNotImplementedSlot;
                continue;
            }
            if (descr is PyWrapperDescr w && w.Def.Name == def.Name)
            {
                var only = ResolveSlotDups(t, def.Name);
                if (only == null || only == slot) generic = def.Function;
                if ((specific == null || specific == w.Wrapped) && w.Def.Kind == def.Kind && Abstract.IsSubtype(t, w.Owner))
                    specific = w.Wrapped;
                else
                    useGeneric = true;
            }
            else if (slot == SlotId.tp_new && descr is PyCFunction nf && NewWrapper.Is(nf))
            {
                specific = t.tp_new;
            }
            else if (slot == SlotId.tp_hash && descr == Py.None)
            {
                specific = s_hashNotImplemented;
            }
            else
            {
                useGeneric = true;
                generic = def.Function;
            }
        }
        SetSlot(t, slot, specific != null && !useGeneric ? specific : generic);
    }

    /// <summary>
    /// resolve_slotdups: of the slots a dunder feeds (__len__: mp_length and sq_length), the
    /// one this type fills, when exactly one is filled; otherwise null.
    /// </summary>
    static SlotId? ResolveSlotDups(PyType t, string name)
    {
        SlotId? res = null;
        foreach (var d in RowsOf(name)!)
        {
            if (GetSlot(t, d.Slot) == null) continue;
            if (res != null) return null;
            res = d.Slot;
        }
        return res;
    }

    /// <summary>
    /// slot_tp_new: a `__new__` defined in Python (usually a staticmethod in the class dict) is
    /// called as `cls.__new__(cls, *args)`.
    /// </summary>
    internal static bool IsSlotTpNew(NewFunc? f) => f == s_slot_tp_new;

    static PyObject? slot_tp_new(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        // type.__new__ through getattr, so a classmethod or any other descriptor binds.
        var callable = Abstract.GetAttr(type, PyUnicode.Intern("__new__"));
        if (callable == null) return null;
        var all = new StackRef[args.Length + 1];
        all[0] = StackRef.FromBorrow(type);
        args.CopyTo(all.AsSpan(1));
        var r = Calls.Call(callable, all, kwnames);
        Py.DECREF(callable);
        return r;
    }

    /// <summary>
    /// SLOT1BINFULL: self.__op__(other), or other.__rop__(self): the reflected one first when
    /// other's type is a proper subclass of self's that overrides it. A side whose type's slot
    /// is not this generic function (<paramref name="testFunc"/>) is not asked here:
    /// binary_op1 asks it through its own slot.
    /// </summary>
    static PyObject? SlotBinary(PyObject self, PyObject other, SlotId slot, Delegate testFunc, string left, string right, PyObject? mod = null)
    {
        bool doOther = self.ob_type != other.ob_type && GetSlot(other.ob_type, slot) == testFunc;
        if (GetSlot(self.ob_type, slot) == testFunc)
        {
            if (doOther && Abstract.IsSubtype(other.ob_type, self.ob_type) && MethodIsOverloaded(self.ob_type, other.ob_type, right))
            {
                var r = CallDunderOrNotImpl(other, right, self, mod);
                if (r != Py.NotImplemented) return r;
                doOther = false;
            }
            var res = CallDunderOrNotImpl(self, left, other, mod);
            if (res != Py.NotImplemented || other.ob_type == self.ob_type) return res;
        }
        if (doOther) return CallDunderOrNotImpl(other, right, self, mod);
        return Py.NotImplemented;
    }

    /// <summary>slot_nb_power: SLOT1BINFULL for __pow__/__rpow__, passing the modulus when pow() has one.</summary>
    static PyObject? slot_nb_power(PyObject self, PyObject other, PyObject mod)
        => SlotBinary(self, other, SlotId.nb_power, s_slot_nb_power, "__pow__", "__rpow__", mod == Py.None ? null : mod);

    static PyObject? slot_nb_inplace_power(PyObject self, PyObject other, PyObject mod) => CallDunder(self, "__ipow__", other);

    /// <summary>method_is_overloaded: the subclass's reflected method is not the one it inherits.</summary>
    static bool MethodIsOverloaded(PyType sup, PyType sub, string name)
        => TypeLookup.Lookup(sub, name) != TypeLookup.Lookup(sup, name);

    /// <summary>vectorcall_maybe: the dunder's result, or NotImplemented when the type lacks it.</summary>
    static PyObject? CallDunderOrNotImpl(PyObject self, string name, PyObject other, PyObject? mod)
    {
        var f = TypeLookup.Lookup(self.ob_type, name);
        if (f == null) return Py.NotImplemented;
        return mod == null ? CallDunder(self, name, other) : CallDunder(self, name, other, mod);
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
        // A method descriptor (Py_TPFLAGS_METHOD_DESCRIPTOR) is called unbound, as vectorcall_method does.
        if (f is PyFunction or PyWrapperDescr || f is (PyMethodDescr and not PyClassMethodDescr))
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

    /// <summary>slot_tp_hash: __hash__'s int; one outside the hash range is hashed as an int, and -1 becomes -2.</summary>
    static long slot_tp_hash(PyObject o)
    {
        var f = TypeLookup.Lookup(o.ob_type, "__hash__");
        if (f == null || f == Py.None) return HashNotImplemented(o);
        var r = CallDunder(o, "__hash__");
        if (r == null) return -1;
        if (r is not PyLong l)
        {
            Errors.SetString(PyExc.TypeError, "__hash__ method should return an integer");
            Py.DECREF(r);
            return -1;
        }
        long h = l.TryGetLong(out long v) ? v : PyLongHash.Of(l);
        Py.DECREF(r);
        return h == -1 ? -2 : h;
    }

    static PyObject? slot_tp_repr(PyObject o) => CallDunder(o, "__repr__");

    /// <summary>slot_tp_iter: __iter__ = None means not iterable.</summary>
    static PyObject? slot_tp_iter(PyObject o)
    {
        var f = TypeLookup.Lookup(o.ob_type, "__iter__");
        if (f == Py.None) return Errors.SetString(PyExc.TypeError, $"'{o.ob_type.tp_name}' object is not iterable");
        if (f != null) return CallDunder(o, "__iter__");
        if (TypeLookup.Lookup(o.ob_type, "__getitem__") == null)
            return Errors.SetString(PyExc.TypeError, $"'{o.ob_type.tp_name}' object is not iterable");
        return PySeqIter.New(o);
    }

    static PyObject? slot_mp_subscript(PyObject o, PyObject key) => CallDunder(o, "__getitem__", key);

    /// <summary>slot_sq_item: o[i] through __getitem__ with an int.</summary>
    static PyObject? slot_sq_item(PyObject o, long i)
    {
        var index = PyLong.FromLong(i);
        var r = CallDunder(o, "__getitem__", index);
        Py.DECREF(index);
        return r;
    }

    static int slot_sq_ass_item(PyObject o, long i, PyObject? value)
    {
        var index = PyLong.FromLong(i);
        var r = value == null ? CallDunder(o, "__delitem__", index) : CallDunder(o, "__setitem__", index, value);
        Py.DECREF(index);
        if (r == null) return -1;
        Py.DECREF(r);
        return 0;
    }

    static PyObject? slot_tp_call(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
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

    static PyObject? slot_tp_richcompare(PyObject self, PyObject other, CompareOp op)
    {
        var name = s_richNames[(int)op];
        var f = TypeLookup.Lookup(self.ob_type, name);
        if (f == null) return Py.NotImplemented;
        // lookup_maybe_method: a method descriptor is called unbound (its own checks raise); another
        // descriptor that fails to bind (a property that raises) answers NotImplemented.
        if (f is PyFunction or PyWrapperDescr || f is (PyMethodDescr and not PyClassMethodDescr) || f.ob_type.tp_descr_get is not { } get) return CallDunder(self, name, other);
        Py.INCREF(f);
        var bound = get(f, self, self.ob_type);
        Py.DECREF(f);
        if (bound == null)
        {
            Errors.Clear();
            return Py.NotImplemented;
        }
        var r = Calls.CallOneArg(bound, other);
        Py.DECREF(bound);
        return r;
    }

    static PyObject? slot_tp_getattr_hook(PyObject self, PyObject name)
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

    static int slot_tp_setattro(PyObject self, PyObject name, PyObject? value)
    {
        var r = value == null ? CallDunder(self, "__delattr__", name) : CallDunder(self, "__setattr__", name, value);
        if (r == null) return -1;
        Py.DECREF(r);
        return 0;
    }

    static PyObject? slot_tp_descr_get(PyObject self, PyObject? obj, PyObject? type)
        => CallDunder(self, "__get__", obj ?? Py.None, type ?? Py.None);

    static int slot_tp_descr_set(PyObject self, PyObject obj, PyObject? value)
    {
        var r = value == null ? CallDunder(self, "__delete__", obj) : CallDunder(self, "__set__", obj, value);
        if (r == null) return -1;
        Py.DECREF(r);
        return 0;
    }

    static int slot_tp_init(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
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
        if (r != Py.None)
        {
            InitReturnedNotNone(r);
            Py.DECREF(r);
            return -1;
        }
        return 0;
    }

    /// <summary>Whether a class's tp_init is slot_tp_init (its __init__ is found in its MRO at each call).</summary>
    internal static bool IsSlotTpInit(InitFunc? init) => init == s_slot_tp_init;

    /// <summary>The TypeError for an __init__ that returned <paramref name="r"/> (slot_tp_init, EXIT_INIT_CHECK).</summary>
    internal static void InitReturnedNotNone(PyObject r)
        => Errors.SetString(PyExc.TypeError, $"__init__() should return None, not '{r.ob_type.tp_name}'");

    static void slot_tp_finalize(PyObject self)
    {
        var del = TypeLookup.Lookup(self.ob_type, "__del__");
        if (del == null) return;
        Py.INCREF(del);
        var r = CallDunder(self, "__del__");
        if (r == null) Interpreter.WriteUnraisable("while calling deallocator", del);
        else Py.DECREF(r);
        Py.DECREF(del);
    }

    static int slot_nb_bool(PyObject self)
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

    /// <summary>
    /// slot_sq_length: __len__'s result through __index__, not negative (checked first, so a
    /// huge negative length is a ValueError), then PyNumber_AsSsize_t.
    /// </summary>
    static long LengthResult(PyObject r)
    {
        var i = Abstract.Index(r);
        if (i == null) return -1;
        if (i.TryGetLong(out long v) ? v < 0 : i.ToBigInteger().Sign < 0)
        {
            Py.DECREF(i);
            Errors.SetString(PyExc.ValueError, "__len__() should return >= 0");
            return -1;
        }
        long n = Abstract.AsSsize(i, PyExc.OverflowError);
        Py.DECREF(i);
        return n;
    }

    static long slot_mp_length(PyObject self)
    {
        var r = CallDunder(self, "__len__");
        if (r == null) return -1;
        long n = LengthResult(r);
        Py.DECREF(r);
        return n;
    }

    static int slot_mp_ass_subscript(PyObject self, PyObject key, PyObject? value)
    {
        var r = value == null ? CallDunder(self, "__delitem__", key) : CallDunder(self, "__setitem__", key, value);
        if (r == null) return -1;
        Py.DECREF(r);
        return 0;
    }

    /// <summary>slot_sq_contains: __contains__ = None means not a container; without it, iterate.</summary>
    static int slot_sq_contains(PyObject self, PyObject item)
    {
        var f = TypeLookup.Lookup(self.ob_type, "__contains__");
        if (f == Py.None)
        {
            Errors.SetString(PyExc.TypeError, $"'{self.ob_type.tp_name}' object is not a container");
            return -1;
        }
        if (f == null) return Abstract.IterSearchContains(self, item);
        var r = CallDunder(self, "__contains__", item);
        if (r == null) return -1;
        int t = Abstract.IsTrue(r);
        Py.DECREF(r);
        return t;
    }
}
