using System;
using System.Numerics;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`slice` (Objects/sliceobject.c): start, stop and step, each any object (None when omitted).</summary>
[PyType("slice")]
public sealed partial class PySlice : PyObject
{
    public PyObject Start, Stop, Step;

    PySlice(PyObject start, PyObject stop, PyObject step) : base(Type)
    {
        Start = start;
        Stop = stop;
        Step = step;
    }

    /// <summary>PySlice_New: null arguments mean None. The slice takes new references.</summary>
    public static PySlice New(PyObject? start, PyObject? stop, PyObject? step) =>
        new(Py.NewRef(start ?? Py.None), Py.NewRef(stop ?? Py.None), Py.NewRef(step ?? Py.None));

    /// <summary>
    /// _PyEval_SliceIndex: None leaves <paramref name="value"/> as is; an index is clamped to
    /// the long range. False with TypeError for anything else.
    /// </summary>
    public static bool SliceIndex(PyObject v, ref long value)
    {
        if (v == Py.None) return true;
        return SliceIndexNotNone(v, ref value, "slice indices must be integers or None or have an __index__ method");
    }

    /// <summary>_PyEval_SliceIndexNotNone (the slice_index(accept={int}) converter of index/count).</summary>
    public static bool SliceIndexNotNone(PyObject v, ref long value,
        string message = "slice indices must be integers or have an __index__ method")
    {
        if (v is PyLong l && l.TryGetLong(out long fast))
        {
            value = fast;
            return true;
        }
        if (v is not PyLong && v.ob_type.nb_index == null)
        {
            Errors.SetString(PyExc.TypeError, message);
            return false;
        }
        long x = Abstract.AsSsize(v, null);
        if (x == -1 && Errors.Occurred()) return false;
        value = x;
        return true;
    }

    /// <summary>PySlice_Unpack: start/stop/step as longs, with the defaults for None. False on error.</summary>
    public bool Unpack(out long start, out long stop, out long step)
    {
        start = stop = 0;
        step = 1;
        if (Step != Py.None)
        {
            if (!SliceIndex(Step, ref step)) return false;
            if (step == 0)
            {
                Errors.SetString(PyExc.ValueError, "slice step cannot be zero");
                return false;
            }
            if (step < -long.MaxValue) step = -long.MaxValue;
        }
        start = step < 0 ? long.MaxValue : 0;
        if (!SliceIndex(Start, ref start)) return false;
        stop = step < 0 ? long.MinValue : long.MaxValue;
        if (!SliceIndex(Stop, ref stop)) return false;
        return true;
    }

    /// <summary>PySlice_AdjustIndices: clip to a sequence of <paramref name="length"/> items; returns the slice length.</summary>
    public static long AdjustIndices(long length, ref long start, ref long stop, long step)
    {
        if (start < 0)
        {
            start += length;
            if (start < 0) start = step < 0 ? -1 : 0;
        }
        else if (start >= length) start = step < 0 ? length - 1 : length;
        if (stop < 0)
        {
            stop += length;
            if (stop < 0) stop = step < 0 ? -1 : 0;
        }
        else if (stop >= length) stop = step < 0 ? length - 1 : length;
        if (step < 0)
        {
            if (stop < start) return (start - stop - 1) / (-step) + 1;
        }
        else if (start < stop) return (stop - start - 1) / step + 1;
        return 0;
    }

    /// <summary>Unpack and adjust in one go (PySlice_GetIndicesEx). -1 on error, else the slice length.</summary>
    public long GetIndices(long length, out long start, out long stop, out long step)
    {
        if (!Unpack(out start, out stop, out step)) return -1;
        return AdjustIndices(length, ref start, ref stop, step);
    }

    [PySlot("tp_new")]
    static PyObject? SliceNew(PyType type, PyObject a, PyObject? b = null, PyObject? c = null)
        => b == null ? New(null, a, null) : New(a, b, c);

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var s = (PySlice)o;
        var a = Abstract.ReprString(s.Start);
        if (a == null) return null;
        var b = Abstract.ReprString(s.Stop);
        if (b == null) return null;
        var c = Abstract.ReprString(s.Step);
        if (c == null) return null;
        return PyUnicode.FromString($"slice({a}, {b}, {c})");
    }

    [PySlot("tp_hash")]
    static long Hash(PyObject o)
    {
        var s = (PySlice)o;
        ulong acc = TupleHashing.Prime5;
        foreach (var part in (ReadOnlySpan<PyObject>)[s.Start, s.Stop, s.Step])
        {
            long lane = Abstract.Hash(part);
            if (lane == -1) return -1;
            acc = TupleHashing.Round(acc, (ulong)lane);
        }
        if (acc == ulong.MaxValue) return 1546275796;
        return (long)acc;
    }

    [PySlot("tp_richcompare")]
    static PyObject? RichCompare(PyObject v, PyObject w, CompareOp op)
    {
        if (v is not PySlice a || w is not PySlice b) return Py.NotImplemented;
        if (v == w)
        {
            // Identical slices compare equal whatever their parts are.
            switch (op)
            {
                case CompareOp.Eq: case CompareOp.Le: case CompareOp.Ge: return Py.True;
                case CompareOp.Ne: case CompareOp.Lt: case CompareOp.Gt: return Py.False;
            }
        }
        var t1 = PyTuple.Pack(a.Start, a.Stop, a.Step);
        var t2 = PyTuple.Pack(b.Start, b.Stop, b.Step);
        var r = Abstract.RichCompare(t1, t2, op);
        Py.DECREF(t1);
        Py.DECREF(t2);
        return r;
    }

    [PyGetter("start")]
    static PyObject? GetStart(PySlice self) => Py.NewRef(self.Start);

    [PyGetter("stop")]
    static PyObject? GetStop(PySlice self) => Py.NewRef(self.Stop);

    [PyGetter("step")]
    static PyObject? GetStep(PySlice self) => Py.NewRef(self.Step);

    /// <summary>slice_reduce: (slice, (start, stop, step)).</summary>
    [PyMethod("__reduce__", Doc = "Return state information for pickling.")]
    static PyObject? Reduce(PySlice self) =>
        PyTuple.FromStolen([Py.NewRef(self.ob_type), PyTuple.Pack(self.Start, self.Stop, self.Step)]);

    /// <summary>slice.indices(len): (start, stop, step) clipped to a sequence of that length (any size of int).</summary>
    [PyMethod("indices")]
    public static PyObject? Indices(PySlice self, PyObject len)
    {
        var lengthObj = Abstract.Index(len);
        if (lengthObj == null) return null;
        var length = lengthObj.ToBigInteger();
        Py.DECREF(lengthObj);
        if (length.Sign < 0) return Errors.SetString(PyExc.ValueError, "length should not be negative");
        BigInteger step = 1;
        if (self.Step != Py.None)
        {
            var st = Abstract.Index(self.Step);
            if (st == null)
            {
                if (Errors.ExceptionMatches(PyExc.TypeError))
                {
                    Errors.Clear();
                    Errors.SetString(PyExc.TypeError, "slice indices must be integers or None or have an __index__ method");
                }
                return null;
            }
            step = st.ToBigInteger();
            Py.DECREF(st);
            if (step.IsZero) return Errors.SetString(PyExc.ValueError, "slice step cannot be zero");
        }
        bool neg = step.Sign < 0;
        BigInteger lower = neg ? -1 : 0, upper = neg ? length - 1 : length;
        if (!BigIndex(self.Start, neg ? upper : lower, lower, upper, length, out var start)) return null;
        if (!BigIndex(self.Stop, neg ? lower : upper, lower, upper, length, out var stop)) return null;
        return PyTuple.FromStolen([PyLong.FromBigInteger(start), PyLong.FromBigInteger(stop), PyLong.FromBigInteger(step)]);
    }

    static bool BigIndex(PyObject v, BigInteger dflt, BigInteger lower, BigInteger upper, BigInteger length, out BigInteger r)
    {
        r = dflt;
        if (v == Py.None) return true;
        var i = Abstract.Index(v);
        if (i == null)
        {
            if (Errors.ExceptionMatches(PyExc.TypeError))
            {
                Errors.Clear();
                Errors.SetString(PyExc.TypeError, "slice indices must be integers or None or have an __index__ method");
            }
            return false;
        }
        r = i.ToBigInteger();
        Py.DECREF(i);
        if (r.Sign < 0)
        {
            r += length;
            if (r < lower) r = lower;
        }
        else if (r > upper) r = upper;
        return true;
    }

    protected internal override void ReleaseReferences()
    {
        Py.DECREF(Start);
        Py.DECREF(Stop);
        Py.DECREF(Step);
        Start = Stop = Step = Py.None;
    }

    protected internal override void Traverse(Visitor visit)
    {
        visit(Start);
        visit(Stop);
        visit(Step);
    }
}
