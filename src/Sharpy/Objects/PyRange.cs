using System;
using System.Numerics;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`range` (Objects/rangeobject.c): start, stop, step and the length, as ints of any size.</summary>
[PyType("range")]
public sealed partial class PyRange : PyObject
{
    public PyLong Start, Stop, Step, Length;

    PyRange(PyLong start, PyLong stop, PyLong step, PyLong length) : base(Type)
    {
        Start = start;
        Stop = stop;
        Step = step;
        Length = length;
    }

    /// <summary>A range over the given bounds (references stolen); step must not be zero.</summary>
    static PyRange Make(PyLong start, PyLong stop, PyLong step) =>
        new(start, stop, step, PyLong.FromBigInteger(ComputeLength(start.ToBigInteger(), stop.ToBigInteger(), step.ToBigInteger())));

    public static PyRange New(long start, long stop, long step) =>
        Make(PyLong.FromLong(start), PyLong.FromLong(stop), PyLong.FromLong(step));

    internal static PyRange New(BigInteger start, BigInteger stop, BigInteger step) =>
        Make(PyLong.FromBigInteger(start), PyLong.FromBigInteger(stop), PyLong.FromBigInteger(step));

    /// <summary>compute_range_length.</summary>
    internal static BigInteger ComputeLength(BigInteger start, BigInteger stop, BigInteger step)
    {
        BigInteger lo, hi;
        if (step.Sign > 0)
        {
            lo = start;
            hi = stop;
        }
        else
        {
            lo = stop;
            hi = start;
            step = -step;
        }
        if (lo >= hi) return BigInteger.Zero;
        return (hi - lo - 1) / step + 1;
    }

    [PySlot("tp_new")]
    static PyObject? RangeNew(PyType type, PyObject a, PyObject? b = null, PyObject? c = null)
    {
        PyLong? start, stop, step;
        if (b == null)
        {
            stop = Abstract.Index(a);
            if (stop == null) return null;
            return Make(PyLong.FromLong(0), stop, PyLong.FromLong(1));
        }
        start = Abstract.Index(a);
        if (start == null) return null;
        stop = Abstract.Index(b);
        if (stop == null)
        {
            Py.DECREF(start);
            return null;
        }
        if (c != null)
        {
            step = Abstract.Index(c);
            if (step == null)
            {
                Py.DECREF(start);
                Py.DECREF(stop);
                return null;
            }
            if (step.TryGetLong(out long sv) && sv == 0)
            {
                Py.DECREF(start);
                Py.DECREF(stop);
                Py.DECREF(step);
                return Errors.SetString(PyExc.ValueError, "range() arg 3 must not be zero");
            }
        }
        else step = PyLong.FromLong(1);
        return Make(start, stop, step);
    }

    /// <summary>The bounds as longs when start, stop, step and length all fit (the fast path).</summary>
    internal bool TryGetLongs(out long start, out long stop, out long step, out long len)
    {
        stop = 0;
        step = 0;
        len = 0;
        return Start.TryGetLong(out start) && Stop.TryGetLong(out stop) && Step.TryGetLong(out step) && Length.TryGetLong(out len);
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var r = (PyRange)o;
        if (r.Step.TryGetLong(out long s) && s == 1) return PyUnicode.FromString($"range({r.Start}, {r.Stop})");
        return PyUnicode.FromString($"range({r.Start}, {r.Stop}, {r.Step})");
    }

    [PySlot("sq_length")]
    static long Len(PyObject o)
    {
        var r = (PyRange)o;
        if (r.Length.TryGetLong(out long n)) return n;
        Errors.SetString(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }

    [PySlot("nb_bool")]
    static int Bool(PyObject o) => ((PyRange)o).Length.ToBigInteger().IsZero ? 0 : 1;

    /// <summary>range[i] for 0 &lt;= i &lt; len (compute_item).</summary>
    PyLong ItemAt(BigInteger i)
    {
        if (Start.TryGetLong(out long s) && Step.TryGetLong(out long st) && i >= long.MinValue && i <= long.MaxValue)
        {
            var prod = (Int128)(long)i * st + s;
            if (prod >= long.MinValue && prod <= long.MaxValue) return PyLong.FromLong((long)prod);
        }
        return PyLong.FromBigInteger(Start.ToBigInteger() + i * Step.ToBigInteger());
    }

    [PySlot("sq_item")]
    static PyObject? Item(PyObject o, long i)
    {
        var r = (PyRange)o;
        if (i < 0 || i >= r.Length.ToBigInteger()) return Errors.SetString(PyExc.IndexError, "range object index out of range");
        return r.ItemAt(i);
    }

    [PySlot("mp_subscript")]
    static PyObject? Subscript(PyObject o, PyObject item)
    {
        var r = (PyRange)o;
        if (r.Length.TryGetLong(out long rLen) && r.Start.TryGetLong(out long rStart) && r.Step.TryGetLong(out long rStep))
        {
            // The common case in machine words: an int index, or a slice of ints or None.
            if (item.ob_type == PyLong.Type && ((PyLong)item).TryGetLong(out long i))
            {
                if (i < 0) i += rLen;
                if (i < 0 || i >= rLen) return Errors.SetString(PyExc.IndexError, "range object index out of range");
                return r.ItemAt(i);
            }
            if (item is PySlice sl && IsSmallSliceIndex(sl.Start) && IsSmallSliceIndex(sl.Stop) && IsSmallSliceIndex(sl.Step))
            {
                if (!sl.Unpack(out long sStart, out long sStop, out long sStep)) return null;
                long n = PySlice.AdjustIndices(rLen, ref sStart, ref sStop, sStep);
                Int128 start = rStart + (Int128)sStart * rStep, stop = rStart + (Int128)sStop * rStep, step = (Int128)rStep * sStep;
                if (FitsLong(start) && FitsLong(stop) && FitsLong(step))
                    return new PyRange(PyLong.FromLong((long)start), PyLong.FromLong((long)stop), PyLong.FromLong((long)step), PyLong.FromLong(n));
            }
        }
        if (SeqSupport.IsIndex(item))
        {
            var idx = Abstract.Index(item);
            if (idx == null) return null;
            var i = idx.ToBigInteger();
            Py.DECREF(idx);
            var len = r.Length.ToBigInteger();
            if (i.Sign < 0) i += len;
            if (i.Sign < 0 || i >= len) return Errors.SetString(PyExc.IndexError, "range object index out of range");
            return r.ItemAt(i);
        }
        if (item is PySlice slice)
        {
            var t = PySlice.Indices(slice, r.Length);
            if (t == null) return null;
            var tt = (PyTuple)t;
            var sStart = ((PyLong)tt.Items[0]).ToBigInteger();
            var sStop = ((PyLong)tt.Items[1]).ToBigInteger();
            var sStep = ((PyLong)tt.Items[2]).ToBigInteger();
            Py.DECREF(t);
            var start = r.Start.ToBigInteger();
            var step = r.Step.ToBigInteger();
            return Make(PyLong.FromBigInteger(start + sStart * step), PyLong.FromBigInteger(start + sStop * step),
                PyLong.FromBigInteger(step * sStep));
        }
        return Errors.SetString(PyExc.TypeError, $"range indices must be integers or slices, not {item.ob_type.tp_name}");
    }

    /// <summary>A slice bound the machine-word path of <see cref="Subscript"/> takes exactly (PySlice_Unpack clamps only outside it).</summary>
    static bool IsSmallSliceIndex(PyObject o)
        => o == Py.None || (o.ob_type == PyLong.Type && ((PyLong)o).TryGetLong(out long v) && v != long.MinValue);

    static bool FitsLong(Int128 v) => v >= long.MinValue && v <= long.MaxValue;

    /// <summary>range_contains_long: membership of an exact int, in constant time. 1 or 0.</summary>
    int ContainsInt(PyLong ob)
    {
        var v = ob.ToBigInteger();
        var start = Start.ToBigInteger();
        var stop = Stop.ToBigInteger();
        var step = Step.ToBigInteger();
        bool inBounds = step.Sign > 0 ? start <= v && v < stop : stop < v && v <= start;
        if (!inBounds) return 0;
        return BigInteger.Remainder(v - start, step).IsZero ? 1 : 0;
    }

    static bool IsExactInt(PyObject o) => o.ob_type == PyLong.Type || o.ob_type == PyBool.Type;

    [PySlot("sq_contains")]
    static int Contains(PyObject o, PyObject ob)
    {
        var r = (PyRange)o;
        if (IsExactInt(ob)) return r.ContainsInt((PyLong)ob);
        return IterSearch(r, ob, false, out _);
    }

    /// <summary>PySequence_IterSearch for count/contains with non-int values. 1/0 (contains) or -1.</summary>
    static int IterSearch(PyRange r, PyObject ob, bool count, out long n)
    {
        n = 0;
        var it = Abstract.GetIter(r);
        if (it == null) return -1;
        while (true)
        {
            var x = Abstract.IterNext(it);
            if (x == null) break;
            int cmp = Abstract.RichCompareBool(x, ob, CompareOp.Eq);
            Py.DECREF(x);
            if (cmp < 0)
            {
                Py.DECREF(it);
                return -1;
            }
            if (cmp > 0)
            {
                n++;
                if (!count)
                {
                    Py.DECREF(it);
                    return 1;
                }
            }
        }
        Py.DECREF(it);
        if (Errors.Occurred()) return -1;
        return count ? 0 : 0;
    }

    [PySlot("tp_richcompare")]
    static PyObject? RichCompare(PyObject v, PyObject w, CompareOp op)
    {
        if (w is not PyRange b || (op != CompareOp.Eq && op != CompareOp.Ne)) return Py.NotImplemented;
        var a = (PyRange)v;
        bool eq = Equals(a, b);
        return Py.NewBool(eq == (op == CompareOp.Eq));
    }

    /// <summary>range_equals: equal as sequences (length, first item, and step when it matters).</summary>
    static bool Equals(PyRange a, PyRange b)
    {
        if (a == b) return true;
        var len = a.Length.ToBigInteger();
        if (len != b.Length.ToBigInteger()) return false;
        if (len.IsZero) return true;
        if (a.Start.ToBigInteger() != b.Start.ToBigInteger()) return false;
        if (len.IsOne) return true;
        return a.Step.ToBigInteger() == b.Step.ToBigInteger();
    }

    [PySlot("tp_hash")]
    static long Hash(PyObject o)
    {
        var r = (PyRange)o;
        var len = r.Length.ToBigInteger();
        PyObject second = len.IsZero ? Py.None : r.Start;
        PyObject third = len.IsZero || len.IsOne ? Py.None : r.Step;
        var t = PyTuple.Pack(r.Length, second, third);
        long h = Abstract.Hash(t);
        Py.DECREF(t);
        return h;
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject o)
    {
        var r = (PyRange)o;
        // range_iter: the fast iterator when start, stop, step and the length are longs and
        // start + len * step cannot overflow; the same test decides which type pickling gives back.
        if (r.TryGetLongs(out long start, out long stop, out long step, out long len)
            && (len == 0 || (step > 0 ? stop <= long.MaxValue - (step - 1) : stop >= long.MinValue + (-1 - step))))
            return new PyRangeIter(start, step, len);
        return new PyLongRangeIter(r.Start, r.Step, r.Length);
    }

    [PyMethod("__reversed__")]
    public static PyObject? Reversed(PyRange self)
    {
        // range_reverse: range(start + (n-1)*step, start - step, -step); the fast iterator when
        // start, stop, step, -step, start - step and the length are all longs.
        if (self.TryGetLongs(out long lstart, out _, out long lstep, out long ulen) && lstep != long.MinValue
            && (lstep > 0 ? unchecked((ulong)lstart - unchecked((ulong)long.MinValue)) >= (ulong)lstep
                          : unchecked((ulong)long.MaxValue - (ulong)lstart) >= unchecked(0UL - (ulong)lstep)))
        {
            long newStop = lstart - lstep;
            long newStart = unchecked((long)((ulong)newStop + (ulong)ulen * (ulong)lstep));
            return new PyRangeIter(newStart, -lstep, ulen);
        }
        var len = self.Length.ToBigInteger();
        var step = self.Step.ToBigInteger();
        var last = self.Start.ToBigInteger() + (len - 1) * step;
        var negStep = -step;
        var lastObj = PyLong.FromBigInteger(last);
        var stepObj = PyLong.FromBigInteger(negStep);
        var it = new PyLongRangeIter(lastObj, stepObj, self.Length);
        Py.DECREF(lastObj);
        Py.DECREF(stepObj);
        return it;
    }

    [PyMethod("__reduce__")]
    static PyObject? Reduce(PyRange self)
        => PyTuple.FromStolen([Py.NewRef(self.ob_type), PyTuple.Pack(self.Start, self.Stop, self.Step)]);

    [PyMethod("count")]
    public static PyObject? Count(PyRange self, PyObject ob)
    {
        if (IsExactInt(ob)) return PyLong.FromLong(self.ContainsInt((PyLong)ob));
        if (IterSearch(self, ob, true, out long n) < 0) return null;
        return PyLong.FromLong(n);
    }

    [PyMethod("index")]
    public static PyObject? Index(PyRange self, PyObject ob)
    {
        if (IsExactInt(ob))
        {
            if (self.ContainsInt((PyLong)ob) == 0)
                return Errors.SetString(PyExc.ValueError, "range.index(x): x not in range");
            var idx = (((PyLong)ob).ToBigInteger() - self.Start.ToBigInteger()) / self.Step.ToBigInteger();
            return PyLong.FromBigInteger(idx);
        }
        var it = Abstract.GetIter(self);
        if (it == null) return null;
        for (long i = 0; ; i++)
        {
            var x = Abstract.IterNext(it);
            if (x == null) break;
            int cmp = Abstract.RichCompareBool(x, ob, CompareOp.Eq);
            Py.DECREF(x);
            if (cmp != 0)
            {
                Py.DECREF(it);
                return cmp < 0 ? null : PyLong.FromLong(i);
            }
        }
        Py.DECREF(it);
        if (Errors.Occurred()) return null;
        return Errors.SetString(PyExc.ValueError, "range.index(x): x not in range");
    }

    [PyGetter("start")] static PyObject? GetStart(PyRange self) => Py.NewRef(self.Start);
    [PyGetter("stop")] static PyObject? GetStop(PyRange self) => Py.NewRef(self.Stop);
    [PyGetter("step")] static PyObject? GetStep(PyRange self) => Py.NewRef(self.Step);

    protected internal override void ReleaseReferences()
    {
        Py.DECREF(Start);
        Py.DECREF(Stop);
        Py.DECREF(Step);
        Py.DECREF(Length);
    }

    protected internal override void Traverse(Visitor visit)
    {
        visit(Start);
        visit(Stop);
        visit(Step);
        visit(Length);
    }
}
