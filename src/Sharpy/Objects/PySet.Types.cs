using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`set`: the mutable set (Objects/setobject.c).</summary>
[PyType("set", BaseType = true, Doc = "set(iterable=(), /)\n--\n\nAn unordered collection of distinct elements.")]
public partial class PySet : PyAnySet
{
    public PySet(PyType type) : base(type) { }

    public static PySet NewEmpty() => new(Type);

    /// <summary>PySet_New(iterable).</summary>
    public static PySet? FromIterable(PyObject iterable)
    {
        var s = new PySet(Type);
        if (UpdateInternal(s, iterable) < 0)
        {
            Py.DECREF(s);
            return null;
        }
        return s;
    }

    [PySlot("tp_new")]
    static PyObject? SetNew(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new PySet(type);

    [PySlot("tp_init", Raw = "set_init names a subclass by its tp_name and refuses keywords for every subclass")]
    static int SetInit(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!NoKeywords("set", kwnames)) return -1;
        int nargs = args.Length;
        if (nargs > 1)
        {
            Errors.SetString(PyExc.TypeError, $"{self.ob_type.tp_name} expected at most 1 argument, got {nargs}");
            return -1;
        }
        var so = (PySet)self;
        if (so._fill > 0) so.Clear();
        so._hash = -1;
        return nargs == 0 ? 0 : UpdateInternal(so, args[0].AsBorrowed);
    }

    [PySlot("tp_repr")] static PyObject? ReprSlot(PyObject o) => Repr(o);
    [PySlot("sq_length")] static long Length(PyObject o) => ((PyAnySet)o).Count;
    [PySlot("sq_contains")] static int ContainsSlot(PyObject o, PyObject key) => ((PyAnySet)o).Contains(key);
    /// <summary>__contains__ is a method beside the slot's wrapper, as CPython's METH_COEXIST entry is.</summary>
    [PyMethod("__contains__", Doc = "x.__contains__(y) <==> y in x.")]
    static PyObject? ContainsMethod(PyAnySet self, PyObject @object)
    {
        int r = self.Contains(@object);
        return r < 0 ? null : Py.NewBool(r != 0);
    }
    [PySlot("tp_richcompare")] static PyObject? RichCompareSlot(PyObject a, PyObject b, CompareOp op) => RichCompare(a, b, op);
    [PySlot("tp_iter")] static PyObject? Iter(PyObject o) => new PySetIter((PyAnySet)o);

    [PySlot("nb_or")]
    static PyObject? Or(PyObject a, PyObject b)
    {
        if (a is not PyAnySet sa || b is not PyAnySet) return Py.NotImplemented;
        var result = sa.CopyAsBase();
        if (result == null || a == b) return result;
        if (UpdateInternal(result, b) < 0)
        {
            Py.DECREF(result);
            return null;
        }
        return result;
    }

    [PySlot("nb_and")]
    static PyObject? And(PyObject a, PyObject b) =>
        a is PyAnySet sa && b is PyAnySet ? Intersection(sa, b) : Py.NotImplemented;

    [PySlot("nb_subtract")]
    static PyObject? Sub(PyObject a, PyObject b) =>
        a is PyAnySet sa && b is PyAnySet ? Difference(sa, b) : Py.NotImplemented;

    [PySlot("nb_xor")]
    static PyObject? Xor(PyObject a, PyObject b) =>
        a is PyAnySet sa && b is PyAnySet ? SymmetricDifference(sa, b) : Py.NotImplemented;

    [PySlot("nb_inplace_or")]
    static PyObject? InplaceOr(PyObject a, PyObject b)
    {
        if (b is not PyAnySet) return Py.NotImplemented;
        if (UpdateInternal((PyAnySet)a, b) < 0) return null;
        return Py.NewRef(a);
    }

    [PySlot("nb_inplace_and")]
    static PyObject? InplaceAnd(PyObject a, PyObject b)
    {
        if (b is not PyAnySet) return Py.NotImplemented;
        var tmp = Intersection((PyAnySet)a, b);
        if (tmp == null) return null;
        SwapBodies((PyAnySet)a, (PyAnySet)tmp);
        Py.DECREF(tmp);
        return Py.NewRef(a);
    }

    [PySlot("nb_inplace_subtract")]
    static PyObject? InplaceSub(PyObject a, PyObject b)
    {
        if (b is not PyAnySet) return Py.NotImplemented;
        if (DifferenceUpdateInternal((PyAnySet)a, b) < 0) return null;
        return Py.NewRef(a);
    }

    [PySlot("nb_inplace_xor")]
    static PyObject? InplaceXor(PyObject a, PyObject b)
    {
        if (b is not PyAnySet) return Py.NotImplemented;
        if (SymmetricDifferenceUpdate((PyAnySet)a, b) < 0) return null;
        return Py.NewRef(a);
    }

    [PyMethod("add", TextSignature = "($self, object, /)")]
    public static PyObject? AddMethod(PySet self, PyObject obj) => self.Add(obj) < 0 ? null : Py.None;

    [PyMethod("discard", TextSignature = "($self, object, /)")]
    public static PyObject? DiscardMethod(PySet self, PyObject obj) => self.Discard(obj) < 0 ? null : Py.None;

    [PyMethod("remove", TextSignature = "($self, object, /)")]
    public static PyObject? RemoveMethod(PySet self, PyObject obj)
    {
        int rv = self.Discard(obj);
        if (rv < 0) return null;
        if (rv == 0)
        {
            Errors.SetKeyError(obj);
            return null;
        }
        return Py.None;
    }

    [PyMethod("pop")]
    public static PyObject? PopMethod(PySet self) => self.Pop();

    [PyMethod("clear")]
    public static PyObject? ClearMethod(PySet self)
    {
        self.Clear();
        return Py.None;
    }

    [PyMethod("copy")]
    public static PyObject? CopyMethod(PySet self) => self.CopyAsBase();

    [PyMethod("update", Raw = "*others, each handed as the call gave it to the set helpers shared with the operators", TextSignature = "($self, /, *others)")]
    public static PyObject? UpdateMethod(PySet self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!NoKeywords("set.update", kwnames)) return null;
        foreach (var a in args)
            if (UpdateInternal(self, a.AsBorrowed) < 0) return null;
        return Py.None;
    }

    [PyMethod("union", Raw = "*others, each handed as the call gave it to the set helpers shared with the operators", TextSignature = "($self, /, *others)")]
    public static PyObject? UnionMethod(PySet self, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => UnionImpl(self, args, kwnames);

    [PyMethod("intersection", Raw = "*others, each handed as the call gave it to the set helpers shared with the operators", TextSignature = "($self, /, *others)")]
    public static PyObject? IntersectionMethod(PySet self, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => IntersectionMulti(self, args, kwnames);

    [PyMethod("intersection_update", Raw = "*others, each handed as the call gave it to the set helpers shared with the operators", TextSignature = "($self, /, *others)")]
    public static PyObject? IntersectionUpdateMethod(PySet self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var tmp = IntersectionMulti(self, args, kwnames);
        if (tmp == null) return null;
        SwapBodies(self, (PyAnySet)tmp);
        Py.DECREF(tmp);
        return Py.None;
    }

    [PyMethod("difference", Raw = "*others, each handed as the call gave it to the set helpers shared with the operators", TextSignature = "($self, /, *others)")]
    public static PyObject? DifferenceMethod(PySet self, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => DifferenceMulti(self, args, kwnames);

    [PyMethod("difference_update", Raw = "*others, each handed as the call gave it to the set helpers shared with the operators", TextSignature = "($self, /, *others)")]
    public static PyObject? DifferenceUpdateMethod(PySet self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!NoKeywords("set.difference_update", kwnames)) return null;
        foreach (var a in args)
            if (DifferenceUpdateInternal(self, a.AsBorrowed) < 0) return null;
        return Py.None;
    }

    [PyMethod("symmetric_difference")]
    public static PyObject? SymmetricDifferenceMethod(PySet self, PyObject other) => SymmetricDifference(self, other);

    [PyMethod("symmetric_difference_update")]
    public static PyObject? SymmetricDifferenceUpdateMethod(PySet self, PyObject other) =>
        SymmetricDifferenceUpdate(self, other) < 0 ? null : Py.None;

    [PyMethod("issubset")]
    public static PyObject? IsSubsetMethod(PySet self, PyObject other) => IsSubset(self, other);

    [PyMethod("issuperset")]
    public static PyObject? IsSupersetMethod(PySet self, PyObject other) => IsSuperset(self, other);

    [PyMethod("isdisjoint")]
    public static PyObject? IsDisjointMethod(PySet self, PyObject other) => IsDisjoint(self, other);

    [PyMethod("__reduce__", Doc = "Return state information for pickling.")]
    public static PyObject? ReduceMethod(PySet self) => Reduce(self);

    [PyMethod("__sizeof__", Doc = "S.__sizeof__() -> size of S in memory, in bytes.")]
    public static long SizeOfMethod(PySet self) => self.SizeOf();

    internal static PyObject? UnionImpl(PyAnySet self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!NoKeywords(self is PySet ? "set.union" : "frozenset.union", kwnames)) return null;
        var result = self.CopyAsBase();
        if (result == null) return null;
        foreach (var a in args)
        {
            var other = a.AsBorrowed;
            if (other == self) continue;
            if (UpdateInternal(result, other) < 0)
            {
                Py.DECREF(result);
                return null;
            }
        }
        return result;
    }

    internal static PyObject? IntersectionMulti(PyAnySet self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!NoKeywords(self is PySet ? "set.intersection" : "frozenset.intersection", kwnames)) return null;
        if (args.Length == 0) return self.CopyAsBase();
        PyObject result = Py.NewRef(self);
        foreach (var a in args)
        {
            var n = Intersection((PyAnySet)result, a.AsBorrowed);
            Py.DECREF(result);
            if (n == null) return null;
            result = n;
        }
        return result;
    }

    internal static PyObject? DifferenceMulti(PyAnySet self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!NoKeywords(self is PySet ? "set.difference" : "frozenset.difference", kwnames)) return null;
        if (args.Length == 0) return self.CopyAsBase();
        var result = Difference(self, args[0].AsBorrowed);
        if (result == null) return null;
        for (int i = 1; i < args.Length; i++)
        {
            if (DifferenceUpdateInternal((PyAnySet)result, args[i].AsBorrowed) < 0)
            {
                Py.DECREF(result);
                return null;
            }
        }
        return result;
    }
}

/// <summary>`frozenset`: the immutable, hashable set.</summary>
[PyType("frozenset", BaseType = true, Doc = "frozenset(iterable=(), /)\n--\n\nAn immutable unordered collection of distinct elements.")]
public partial class PyFrozenSet : PyAnySet
{
    public PyFrozenSet(PyType type) : base(type) { }

    /// <summary>A frozenset of the items of a tuple (for compiler constants); steals the tuple.</summary>
    public static PyFrozenSet FromItems(PyTuple items)
    {
        var s = new PyFrozenSet(Type);
        foreach (var o in items.Items) s.Add(o);
        Py.DECREF(items);
        return s;
    }

    [PySlot("tp_new", Raw = "frozenset_new names a subclass by its tp_name and returns an exact frozenset argument itself")]
    static PyObject? FrozenSetNew(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if ((type == Type || type.tp_init == Type.tp_init) && !NoKeywords("frozenset", kwnames)) return null;
        int nargs = args.Length - (kwnames?.Count ?? 0);
        if (nargs > 1) return Errors.SetString(PyExc.TypeError, $"{type.tp_name} expected at most 1 argument, got {nargs}");
        PyObject? iterable = nargs == 1 ? args[0].AsBorrowed : null;
        if (type == Type && iterable != null && iterable.ob_type == Type) return Py.NewRef(iterable);
        var s = new PyFrozenSet(type);
        if (iterable != null && UpdateInternal(s, iterable) < 0)
        {
            Py.DECREF(s);
            return null;
        }
        return s;
    }

    [PySlot("tp_hash")]
    static long Hash(PyObject o)
    {
        var s = (PyFrozenSet)o;
        if (s._hash != -1) return s._hash;
        return s._hash = s.ComputeFrozenHash();
    }

    [PySlot("tp_repr")] static PyObject? ReprSlot(PyObject o) => Repr(o);
    [PySlot("sq_length")] static long Length(PyObject o) => ((PyAnySet)o).Count;
    [PySlot("sq_contains")] static int ContainsSlot(PyObject o, PyObject key) => ((PyAnySet)o).Contains(key);
    /// <summary>__contains__ is a method beside the slot's wrapper, as CPython's METH_COEXIST entry is.</summary>
    [PyMethod("__contains__", Doc = "x.__contains__(y) <==> y in x.")]
    static PyObject? ContainsMethod(PyAnySet self, PyObject @object)
    {
        int r = self.Contains(@object);
        return r < 0 ? null : Py.NewBool(r != 0);
    }
    [PySlot("tp_richcompare")] static PyObject? RichCompareSlot(PyObject a, PyObject b, CompareOp op) => RichCompare(a, b, op);
    [PySlot("tp_iter")] static PyObject? Iter(PyObject o) => new PySetIter((PyAnySet)o);

    [PySlot("nb_or")]
    static PyObject? Or(PyObject a, PyObject b)
    {
        if (a is not PyAnySet sa || b is not PyAnySet) return Py.NotImplemented;
        var result = sa.CopyAsBase();
        if (result == null || a == b) return result;
        if (UpdateInternal(result, b) < 0)
        {
            Py.DECREF(result);
            return null;
        }
        return result;
    }

    [PySlot("nb_and")]
    static PyObject? And(PyObject a, PyObject b) =>
        a is PyAnySet sa && b is PyAnySet ? Intersection(sa, b) : Py.NotImplemented;

    [PySlot("nb_subtract")]
    static PyObject? Sub(PyObject a, PyObject b) =>
        a is PyAnySet sa && b is PyAnySet ? Difference(sa, b) : Py.NotImplemented;

    [PySlot("nb_xor")]
    static PyObject? Xor(PyObject a, PyObject b) =>
        a is PyAnySet sa && b is PyAnySet ? SymmetricDifference(sa, b) : Py.NotImplemented;

    [PyMethod("copy")]
    public static PyObject? CopyMethod(PyFrozenSet self) => self.ob_type == Type ? Py.NewRef(self) : self.CopyAsBase();

    [PyMethod("union", Raw = "*others, each handed as the call gave it to the set helpers shared with the operators", TextSignature = "($self, /, *others)")]
    public static PyObject? UnionMethod(PyFrozenSet self, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => PySet.UnionImpl(self, args, kwnames);

    [PyMethod("intersection", Raw = "*others, each handed as the call gave it to the set helpers shared with the operators", TextSignature = "($self, /, *others)")]
    public static PyObject? IntersectionMethod(PyFrozenSet self, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => PySet.IntersectionMulti(self, args, kwnames);

    [PyMethod("difference", Raw = "*others, each handed as the call gave it to the set helpers shared with the operators", TextSignature = "($self, /, *others)")]
    public static PyObject? DifferenceMethod(PyFrozenSet self, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => PySet.DifferenceMulti(self, args, kwnames);

    [PyMethod("symmetric_difference")]
    public static PyObject? SymmetricDifferenceMethod(PyFrozenSet self, PyObject other) => SymmetricDifference(self, other);

    [PyMethod("issubset")]
    public static PyObject? IsSubsetMethod(PyFrozenSet self, PyObject other) => IsSubset(self, other);

    [PyMethod("issuperset")]
    public static PyObject? IsSupersetMethod(PyFrozenSet self, PyObject other) => IsSuperset(self, other);

    [PyMethod("isdisjoint")]
    public static PyObject? IsDisjointMethod(PyFrozenSet self, PyObject other) => IsDisjoint(self, other);

    [PyMethod("__reduce__", Doc = "Return state information for pickling.")]
    public static PyObject? ReduceMethod(PyFrozenSet self) => Reduce(self);

    [PyMethod("__sizeof__", Doc = "S.__sizeof__() -> size of S in memory, in bytes.")]
    public static long SizeOfMethod(PyFrozenSet self) => self.SizeOf();
}
