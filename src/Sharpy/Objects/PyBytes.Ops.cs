using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// bytes' operators: repr, comparison, concatenation, repetition, `in`, len, subscript, iteration.
public partial class PyBytes
{
    [PySlot("tp_repr")]
    static PyObject? BytesRepr(PyObject o) => PyUnicode.FromSimple(ReprString(((PyBytes)o).Value, "b", ""));

    /// <summary>
    /// PyBytes_Repr's text: b'...' with CPython's quote choice and escapes, wrapped in prefix/suffix.
    /// bytearray's repr escapes a single quote inside double quotes too (<paramref name="escapeSingle"/>).
    /// </summary>
    public static string ReprString(ReadOnlySpan<byte> v, string prefix, string suffix, bool escapeSingle = false)
    {
        bool single = v.IndexOf((byte)'\'') >= 0, dbl = v.IndexOf((byte)'"') >= 0;
        char quote = single && !dbl ? '"' : '\'';
        var sb = new System.Text.StringBuilder(v.Length + 3 + prefix.Length + suffix.Length);
        sb.Append(prefix).Append(quote);
        const string hex = "0123456789abcdef";
        foreach (byte c in v)
        {
            if (c == quote || c == '\\' || (escapeSingle && c == '\'')) sb.Append('\\').Append((char)c);
            else if (c == '\t') sb.Append("\\t");
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c < ' ' || c >= 0x7f) sb.Append("\\x").Append(hex[c >> 4]).Append(hex[c & 15]);
            else sb.Append((char)c);
        }
        sb.Append(quote).Append(suffix);
        return sb.ToString();
    }

    /// <summary>bytes_str: the repr, after a BytesWarning under -b.</summary>
    [PySlot("tp_str")]
    static PyObject? BytesStr(PyObject o) =>
        Interpreter.Config.BytesWarning > 0 && Warnings.WarnEx(PyExc.BytesWarning, "str() on a bytes instance", 1) < 0 ? null : BytesRepr(o);

    [PySlot("tp_richcompare")]
    static PyObject? BytesRichCompare(PyObject a, PyObject b, CompareOp op)
    {
        if (a is not PyBytes x || b is not PyBytes y) return MismatchedCompare(a, b, op, "bytes", withInt: true);
        if (op == CompareOp.Eq || op == CompareOp.Ne)
        {
            bool eq = ReferenceEquals(x, y) || x.Value.AsSpan().SequenceEqual(y.Value);
            return Py.NewBool(eq == (op == CompareOp.Eq));
        }
        int c = x.Value.AsSpan().SequenceCompareTo(y.Value);
        bool r = op switch
        {
            CompareOp.Lt => c < 0,
            CompareOp.Le => c <= 0,
            CompareOp.Gt => c > 0,
            _ => c >= 0,
        };
        return Py.NewBool(r);
    }

    /// <summary>
    /// A comparison with something that is not bytes-like: NotImplemented, after a BytesWarning
    /// under -b when it is == or != with a str (with an int too for bytes), as bytes_richcompare
    /// and bytearray_richcompare warn.
    /// </summary>
    internal static PyObject? MismatchedCompare(PyObject a, PyObject b, CompareOp op, string typeName, bool withInt)
    {
        if (Interpreter.Config.BytesWarning > 0 && (op == CompareOp.Eq || op == CompareOp.Ne))
        {
            string? other = a is PyUnicode || b is PyUnicode ? "string" : withInt && (a is PyLong || b is PyLong) ? "int" : null;
            if (other != null && Warnings.WarnEx(PyExc.BytesWarning, $"Comparison between {typeName} and {other}", 1) < 0) return null;
        }
        return Py.NotImplemented;
    }

    /// <summary>bytes_concat: bytes + any bytes-like object.</summary>
    [PySlot("sq_concat")]
    static PyObject? BytesConcat(PyObject a, PyObject b)
    {
        var left = BytesMethods.BufferArg(a);
        var right = left == null ? null : BytesMethods.BufferArg(b);
        if (right == null)
        {
            Errors.Clear();
            return Errors.SetString(PyExc.TypeError, $"can't concat {b.ob_type.tp_name} to {a.ob_type.tp_name}");
        }
        if (right.Length == 0 && a.ob_type == Type) return Py.NewRef(a);
        if (left!.Length == 0 && b.ob_type == Type) return Py.NewRef(b);
        if ((long)left.Length + right.Length > Array.MaxLength) return Errors.NoMemory();
        var r = new byte[left.Length + right.Length];
        left.CopyTo(r, 0);
        right.CopyTo(r, left.Length);
        return FromBytes(r);
    }

    /// <summary>bytes_repeat: b * n and n * b (PyNumber_Multiply reaches it after the number slots).</summary>
    [PySlot("sq_repeat")]
    static PyObject? BytesRepeat(PyObject o, long count)
    {
        var s = (PyBytes)o;
        int len = s.Length;
        if (count <= 0 || len == 0) return EmptyBytes;
        if (count == 1) return ExactCopy(s);
        if (count > long.MaxValue / len) return Errors.SetString(PyExc.OverflowError, "repeated bytes are too long");
        long total = count * len;
        if (total > Array.MaxLength) return Errors.NoMemory();
        var buf = new byte[total];
        if (len == 1) buf.AsSpan().Fill(s.Value[0]);
        else for (long i = 0; i < count; i++) s.Value.CopyTo(buf, i * len);
        return FromBytes(buf);
    }

    [PySlot("sq_contains")]
    static int BytesContains(PyObject container, PyObject item) => BytesMethods.Contains(container, item);

    [PySlot("sq_length")]
    static long BytesLength(PyObject o) => ((PyBytes)o).Length;

    [PySlot("mp_length")]
    static long BytesMapLength(PyObject o) => ((PyBytes)o).Length;

    [PySlot("sq_item")]
    static PyObject? BytesItem(PyObject o, long i)
    {
        var b = (PyBytes)o;
        if ((ulong)i >= (ulong)b.Length) return Errors.SetString(PyExc.IndexError, "index out of range");
        return PyLong.FromLong(b.Value[i]);
    }

    [PySlot("mp_subscript")]
    static PyObject? BytesSubscript(PyObject o, PyObject key)
    {
        var b = (PyBytes)o;
        if (StrSlice.IsIndex(key))
        {
            long i = Abstract.AsSsize(key, PyExc.IndexError);
            if (i == -1 && Errors.Occurred()) return null;
            if (i < 0) i += b.Length;
            if ((ulong)i >= (ulong)b.Length) return Errors.SetString(PyExc.IndexError, "index out of range");
            return PyLong.FromLong(b.Value[i]);
        }
        if (StrSlice.IsSlice(key))
        {
            if (!StrSlice.Unpack(key, out long start, out long stop, out long step)) return null;
            long n = StrSlice.AdjustIndices(b.Length, ref start, ref stop, step);
            if (n <= 0) return EmptyBytes;
            if (step == 1)
            {
                if (n == b.Length && b.ob_type == Type) return Py.NewRef(b);
                return FromSpan(b.Value.AsSpan((int)start, (int)n));
            }
            var r = new byte[n];
            for (long i = 0, k = start; i < n; i++, k += step) r[i] = b.Value[k];
            return FromBytes(r);
        }
        return Errors.SetString(PyExc.TypeError, $"byte indices must be integers or slices, not {key.ob_type.tp_name}");
    }

    /// <summary>bytes % args (bytes_mod); the reflected form is NotImplemented.</summary>
    [PySlot("nb_remainder")]
    static PyObject? Remainder(PyObject v, PyObject w) => v is PyBytes ? BytesMethods.Format(v, w) : Py.NotImplemented;

    [PySlot("tp_iter")]
    static PyObject? BytesIter(PyObject o) => new PyBytesIterator((PyBytes)o);

    [PyMethod("__getnewargs__")]
    public static PyObject? GetNewArgs(PyBytes self) => PyTuple.FromStolen([FromSpan(self.Value)]);

    [PyMethod("__bytes__")]
    public static PyObject? Bytes(PyBytes self) => ExactCopy(self);
}

/// <summary>`bytes_iterator`.</summary>
[PyType("bytes_iterator")]
public sealed partial class PyBytesIterator : PyObject
{
    PyBytes? _seq;
    int _index;

    public PyBytesIterator(PyBytes seq) : base(Type) { _seq = Py.NewRef(seq); }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self)
    {
        var it = (PyBytesIterator)self;
        var s = it._seq;
        if (s == null) return null;
        if (it._index < s.Length) return PyLong.FromLong(s.Value[it._index++]);
        Py.CLEAR(ref it._seq);
        return null;
    }

    [PyMethod("__length_hint__")]
    public static PyObject? LengthHint(PyObject self)
    {
        var it = (PyBytesIterator)self;
        return PyLong.FromLong(it._seq == null ? 0 : it._seq.Length - it._index);
    }

    [PyMethod("__reduce__")]
    static PyObject? Reduce(PyBytesIterator self)
    {
        var iter = IterReduce.GetBuiltin("iter");
        if (iter == null) return null;
        return self._seq != null ? IterReduce.WithIndex(iter, self._seq, self._index) : IterReduce.Exhausted(iter, Py.NewRef(PyTuple.Empty));
    }

    [PyMethod("__setstate__")]
    static PyObject? SetState(PyBytesIterator self, PyObject state)
    {
        if (!IterReduce.StateIndex(state, out long index)) return null;
        if (self._seq != null) self._index = (int)Math.Clamp(index, 0, self._seq.Length);
        return Py.None;
    }

    protected internal override void ReleaseReferences() => Py.CLEAR(ref _seq);

    protected internal override void Traverse(Visitor visit)
    {
        if (_seq != null) visit(_seq);
    }
}
