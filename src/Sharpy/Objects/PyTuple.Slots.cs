using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// tuple's slots and methods (Objects/tupleobject.c).
public partial class PyTuple
{
    [PySlot("tp_new")]
    static PyObject? TupleNew(PyType type, PyObject? iterable = null)
    {
        PyTuple? t = iterable == null ? Empty : FromIterable(iterable);
        if (t == null || type == Type) return t;
        // A subclass: copy the items into an instance of it.
        var items = new PyObject[t.Count];
        for (int i = 0; i < items.Length; i++) items[i] = Py.NewRef(t.Items[i]);
        Py.DECREF(t);
        return new PyTuple(type, items);
    }

    /// <summary>PySequence_Tuple: a tuple of the items of any iterable (the tuple itself if exact).</summary>
    public static PyTuple? FromIterable(PyObject o)
    {
        if (o.ob_type == Type) return Py.NewRef((PyTuple)o);
        if (o is PyList l && o.ob_type == PyList.Type) return FromBorrowed(l.AsSpan());
        var fast = SeqSupport.Fast(o, $"'{o.ob_type.tp_name}' object is not iterable");
        if (fast == null) return null;
        var t = FromBorrowed(SeqSupport.FastItems(fast));
        Py.DECREF(fast);
        return t;
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var t = (PyTuple)o;
        int n = t.Count;
        if (n == 0) return PyUnicode.FromString("()");
        if (SeqSupport.ReprEnter(t)) return PyUnicode.FromString("(...)");
        var r = SeqSupport.JoinReprs(t.Items, "(", n == 1 ? ",)" : ")");
        SeqSupport.ReprLeave(t);
        return r;
    }

    [PySlot("sq_length")]
    static long Length(PyObject o) => ((PyTuple)o).Count;

    [PySlot("sq_contains")]
    static int Contains(PyObject o, PyObject value)
    {
        var items = ((PyTuple)o).Items;
        for (int i = 0; i < items.Length; i++)
        {
            int cmp = Abstract.RichCompareBool(items[i], value, CompareOp.Eq);
            if (cmp != 0) return cmp;
        }
        return 0;
    }

    [PySlot("tp_richcompare")]
    static PyObject? RichCompare(PyObject v, PyObject w, CompareOp op)
    {
        if (v is not PyTuple vt || w is not PyTuple wt) return Py.NotImplemented;
        var a = vt.Items;
        var b = wt.Items;
        int i;
        for (i = 0; i < a.Length && i < b.Length; i++)
        {
            int k = Abstract.RichCompareBool(a[i], b[i], CompareOp.Eq);
            if (k < 0) return null;
            if (k == 0) break;
        }
        if (i >= a.Length || i >= b.Length) return PyList.CompareSizes(a.Length, b.Length, op);
        if (op == CompareOp.Eq) return Py.False;
        if (op == CompareOp.Ne) return Py.True;
        return Abstract.RichCompare(a[i], b[i], op);
    }

    /// <summary>t[i] (sq_item): a new reference, or IndexError.</summary>
    public PyObject? GetItem(long i)
    {
        if ((ulong)i >= (ulong)Items.Length) return Errors.SetString(PyExc.IndexError, "tuple index out of range");
        return Py.NewRef(Items[i]);
    }

    [PySlot("mp_subscript")]
    static PyObject? Subscript(PyObject o, PyObject item)
    {
        var t = (PyTuple)o;
        if (SeqSupport.IsIndex(item))
        {
            long i = SeqSupport.AsIndex(item);
            if (i == -1 && Errors.Occurred()) return null;
            if (i < 0) i += t.Count;
            return t.GetItem(i);
        }
        if (item is PySlice slice)
        {
            long len = slice.GetIndices(t.Count, out long start, out _, out long step);
            if (len < 0) return null;
            if (len <= 0) return Empty;
            if (start == 0 && step == 1 && len == t.Count && t.ob_type == Type) return Py.NewRef(t);
            var r = new PyObject[len];
            long cur = start;
            for (int i = 0; i < len; i++, cur += step) r[i] = Py.NewRef(t.Items[cur]);
            return new PyTuple(Type, r);
        }
        return Errors.SetString(PyExc.TypeError, $"tuple indices must be integers or slices, not {item.ob_type.tp_name}");
    }

    [PySlot("sq_concat")]
    static PyObject? Concat(PyObject a, PyObject b)
    {
        var at = (PyTuple)a;
        if (b is not PyTuple bt)
            return Errors.SetString(PyExc.TypeError, $"can only concatenate tuple (not \"{b.ob_type.tp_name}\") to tuple");
        if (bt.Count == 0 && at.ob_type == Type) return Py.NewRef(at);
        if (at.Count == 0 && bt.ob_type == Type) return Py.NewRef(bt);
        long size = (long)at.Count + bt.Count;
        if (size > Array.MaxLength) return Errors.NoMemory();
        var r = new PyObject[size];
        for (int i = 0; i < at.Count; i++) r[i] = Py.NewRef(at.Items[i]);
        for (int i = 0; i < bt.Count; i++) r[at.Count + i] = Py.NewRef(bt.Items[i]);
        return FromStolen(r);
    }

    /// <summary>tuple_repeat: tuple * n and n * tuple (PyNumber_Multiply reaches it after the number slots).</summary>
    [PySlot("sq_repeat")]
    static PyObject? Repeat(PyObject o, long n)
    {
        var t = (PyTuple)o;
        if (t.Count == 0 || n == 1)
        {
            if (t.ob_type == Type) return Py.NewRef(t);
        }
        if (t.Count == 0 || n <= 0) return Empty;
        if (n > Array.MaxLength / t.Count) return Errors.NoMemory();
        var r = new PyObject[n * t.Count];
        for (long k = 0, j = 0; k < n; k++)
            for (int i = 0; i < t.Count; i++) r[j++] = Py.NewRef(t.Items[i]);
        return FromStolen(r);
    }

    [PySlot("sq_item")]
    static PyObject? Item(PyObject o, long i) => ((PyTuple)o).GetItem(i);

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject o) => new PyTupleIter((PyTuple)o);

    [PyMethod("index", TextSignature = "($self, value, start=0, stop=sys.maxsize, /)")]
    public static PyObject? IndexMethod(PyTuple self, PyObject value, PyObject? start = null, PyObject? stop = null)
    {
        long lo = 0, hi = long.MaxValue;
        if (start != null && !PySlice.SliceIndexNotNone(start, ref lo)) return null;
        if (stop != null && !PySlice.SliceIndexNotNone(stop, ref hi)) return null;
        int n = self.Count;
        if (lo < 0)
        {
            lo += n;
            if (lo < 0) lo = 0;
        }
        if (hi < 0) hi += n;
        else if (hi > n) hi = n;
        for (long i = lo; i < hi; i++)
        {
            int cmp = Abstract.RichCompareBool(self.Items[i], value, CompareOp.Eq);
            if (cmp > 0) return PyLong.FromLong(i);
            if (cmp < 0) return null;
        }
        return Errors.SetString(PyExc.ValueError, "tuple.index(x): x not in tuple");
    }

    [PyMethod("count")]
    public static PyObject? CountMethod(PyTuple self, PyObject value)
    {
        long count = 0;
        foreach (var item in self.Items)
        {
            int cmp = Abstract.RichCompareBool(item, value, CompareOp.Eq);
            if (cmp > 0) count++;
            else if (cmp < 0) return null;
        }
        return PyLong.FromLong(count);
    }

    [PyMethod("__getnewargs__")]
    public static PyObject? GetNewArgs(PyTuple self) => FromStolen([FromBorrowed(self.Items)]);
}

/// <summary>`tuple_iterator`.</summary>
[PyType("tuple_iterator")]
public sealed partial class PyTupleIter : PyObject
{
    PyTuple? _seq;
    int _index;

    internal PyTupleIter(PyTuple seq) : base(Type) { _seq = Py.NewRef(seq); }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    internal static PyObject? Next(PyObject self)
    {
        var it = (PyTupleIter)self;
        var seq = it._seq;
        if (seq == null) return null;
        if (it._index < seq.Count) return Py.NewRef(seq.Items[it._index++]);
        it._seq = null;
        Py.DECREF(seq);
        return null;
    }

    [PyMethod("__length_hint__")]
    public static PyObject? LengthHint(PyTupleIter self) =>
        PyLong.FromLong(self._seq == null ? 0 : self._seq.Count - self._index);

    [PyMethod("__reduce__")]
    static PyObject? Reduce(PyTupleIter self)
    {
        var iter = IterReduce.GetBuiltin("iter");
        if (iter == null) return null;
        return self._seq != null ? IterReduce.WithIndex(iter, self._seq, self._index) : IterReduce.Exhausted(iter, Py.NewRef(PyTuple.Empty));
    }

    [PyMethod("__setstate__")]
    static PyObject? SetState(PyTupleIter self, PyObject state)
    {
        if (!IterReduce.StateIndex(state, out long index)) return null;
        if (self._seq != null) self._index = (int)Math.Clamp(index, 0, self._seq.Count);
        return Py.None;
    }

    protected internal override void ReleaseReferences() => Py.CLEAR(ref _seq);

    protected internal override void Traverse(Visitor visit)
    {
        if (_seq != null) visit(_seq);
    }
}
