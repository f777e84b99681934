using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// s[i], s[a:b:c] and iteration.
public partial class PyUnicode
{
    [PySlot("mp_subscript")]
    static PyObject? StrSubscript(PyObject o, PyObject key)
    {
        var u = (PyUnicode)o;
        if (StrSlice.IsIndex(key))
        {
            long i;
            if (key is PyLong l && !l.IsBig) i = l.Value;
            else
            {
                i = Abstract.AsSsize(key, PyExc.IndexError);
                if (i == -1 && Errors.Occurred()) return null;
            }
            return GetItem(u, i);
        }
        if (StrSlice.IsSlice(key))
        {
            if (!StrSlice.Unpack(key, out long start, out long stop, out long step)) return null;
            long n = StrSlice.AdjustIndices(u.Length, ref start, ref stop, step);
            return Slice(u, start, n, step);
        }
        return Errors.SetString(PyExc.TypeError, $"string indices must be integers, not '{key.ob_type.tp_name}'");
    }

    /// <summary>unicode_getitem (sq_item): s[i] for an index already counted from the end.</summary>
    [PySlot("sq_item")]
    static PyObject? StrItem(PyObject o, long i)
    {
        var u = (PyUnicode)o;
        if ((ulong)i >= (ulong)u.Length) return Errors.SetString(PyExc.IndexError, "string index out of range");
        return FromCodePoint(u[(int)i]);
    }

    /// <summary>s[i] with negative indices counted from the end; IndexError when out of range.</summary>
    public static PyObject? GetItem(PyUnicode u, long i)
    {
        int n = u.Length;
        if (i < 0) i += n;
        if ((ulong)i >= (ulong)n) return Errors.SetString(PyExc.IndexError, "string index out of range");
        return FromCodePoint(u[(int)i]);
    }

    /// <summary>The slice of <paramref name="count"/> code points from <paramref name="start"/> by <paramref name="step"/> (indices already adjusted).</summary>
    public static PyUnicode Slice(PyUnicode u, long start, long count, long step)
    {
        if (count <= 0) return Py.NewRef(Empty);
        if (step == 1) return u.Substring((int)start, (int)count);
        int n = (int)count;
        if (u._cps == null)
        {
            var src = u.Value;
            var s = string.Create(n, (src, (int)start, (int)step), static (span, st) =>
            {
                int j = st.Item2;
                for (int i = 0; i < span.Length; i++, j += st.Item3) span[i] = st.src[j];
            });
            return FromSimple(s);
        }
        var cps = new int[n];
        long k = start;
        for (int i = 0; i < n; i++, k += step) cps[i] = u._cps[k];
        return FromCodePointsOwned(cps, n);
    }

    [PySlot("tp_iter")]
    static PyObject? StrIter(PyObject o)
    {
        var u = (PyUnicode)o;
        if (u.IsAscii) return new StrAsciiIterator(u);
        return new StrIterator(u);
    }
}

/// <summary>The state both str iterators share (unicodeiterobject).</summary>
public abstract class StrIteratorBase : PyObject
{
    protected PyUnicode? Seq;
    protected int Index;

    protected StrIteratorBase(PyType type, PyUnicode seq) : base(type) { Seq = Py.NewRef(seq); }

    protected static PyObject? NextOf(PyObject self)
    {
        var it = (StrIteratorBase)self;
        var s = it.Seq;
        if (s == null) return null;
        if (it.Index < s.Length) return PyUnicode.FromCodePoint(s[it.Index++]);
        it.Seq = null;
        Py.DECREF(s);
        return null;
    }

    /// <summary>__length_hint__.</summary>
    protected static PyObject? LengthHintOf(PyObject self)
    {
        var it = (StrIteratorBase)self;
        return PyLong.FromLong(it.Seq == null ? 0 : it.Seq.Length - it.Index);
    }

    protected static PyObject? ReduceOf(PyObject self)
    {
        var it = (StrIteratorBase)self;
        var iter = IterReduce.GetBuiltin("iter");
        if (iter == null) return null;
        return it.Seq != null ? IterReduce.WithIndex(iter, it.Seq, it.Index) : IterReduce.Exhausted(iter, PyUnicode.FromString(""));
    }

    protected static PyObject? SetStateOf(PyObject self, PyObject state)
    {
        var it = (StrIteratorBase)self;
        if (!IterReduce.StateIndex(state, out long index)) return null;
        if (it.Seq != null) it.Index = (int)Math.Clamp(index, 0, it.Seq.Length);
        return Py.None;
    }

    protected internal override void ReleaseReferences() => Py.CLEAR(ref Seq);

    protected internal override void Traverse(Visitor visit)
    {
        if (Seq != null) visit(Seq);
    }
}

/// <summary>`str_iterator`: iterates a str with non-ASCII code points.</summary>
[PyType("str_iterator")]
public sealed partial class StrIterator : StrIteratorBase
{
    public StrIterator(PyUnicode seq) : base(Type, seq) { }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self) => NextOf(self);

    [PyMethod("__length_hint__")]
    public static PyObject? LengthHint(PyObject self) => LengthHintOf(self);

    [PyMethod("__reduce__")]
    static PyObject? Reduce(PyObject self) => ReduceOf(self);

    [PyMethod("__setstate__")]
    static PyObject? SetState(PyObject self, PyObject state) => SetStateOf(self, state);
}

/// <summary>`str_ascii_iterator`: iterates an ASCII str.</summary>
[PyType("str_ascii_iterator")]
public sealed partial class StrAsciiIterator : StrIteratorBase
{
    public StrAsciiIterator(PyUnicode seq) : base(Type, seq) { }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self) => NextOf(self);

    [PyMethod("__length_hint__")]
    public static PyObject? LengthHint(PyObject self) => LengthHintOf(self);

    [PyMethod("__reduce__")]
    static PyObject? Reduce(PyObject self) => ReduceOf(self);

    [PyMethod("__setstate__")]
    static PyObject? SetState(PyObject self, PyObject state) => SetStateOf(self, state);
}
