using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// bytearray's slots (Objects/bytearrayobject.c): construction, repr, comparison, subscripts,
// concatenation and repetition, the buffer export.
public partial class PyByteArray
{
    [PySlot("tp_new")]
    static PyObject? ByteArrayNew(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new PyByteArray(type);

    /// <summary>bytearray.__init__(source=b'', encoding=..., errors=...).</summary>
    [PySlot("tp_init")]
    static int ByteArrayInit(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int nargs = args.Length - nkw;
        if (args.Length > 3)
        {
            Errors.SetString(PyExc.TypeError, $"bytearray() takes at most 3 arguments ({args.Length} given)");
            return -1;
        }
        PyObject? src = null, enc = null, err = null;
        for (int i = 0; i < nargs; i++)
        {
            var a = args[i].AsBorrowed;
            if (i == 0) src = a; else if (i == 1) enc = a; else err = a;
        }
        for (int k = 0; k < nkw; k++)
        {
            var name = ((PyUnicode)kwnames!.Items[k]).Value;
            int idx = name switch { "source" => 0, "encoding" => 1, "errors" => 2, _ => -1 };
            if (idx < 0)
            {
                Errors.SetString(PyExc.TypeError, $"bytearray() got an unexpected keyword argument '{name}'");
                return -1;
            }
            if (idx < nargs)
            {
                Errors.SetString(PyExc.TypeError, $"argument for bytearray() given by name ('{name}') and position ({idx + 1})");
                return -1;
            }
            var v = args[nargs + k].AsBorrowed;
            if (idx == 0) src = v; else if (idx == 1) enc = v; else err = v;
        }
        if (enc != null && enc is not PyUnicode)
        {
            Errors.SetString(PyExc.TypeError, $"bytearray() argument 'encoding' must be str, not {enc.ob_type.tp_name}");
            return -1;
        }
        if (err != null && err is not PyUnicode)
        {
            Errors.SetString(PyExc.TypeError, $"bytearray() argument 'errors' must be str, not {err.ob_type.tp_name}");
            return -1;
        }
        var b = (PyByteArray)self;
        // Empty previous contents first (bytearray_init).
        if (b._size != 0 && b.Resize(0) < 0) return -1;
        if (src == null)
        {
            if (enc != null || err != null)
            {
                Errors.SetString(PyExc.TypeError, enc != null ? "encoding without a string argument" : "errors without a string argument");
                return -1;
            }
            return 0;
        }
        if (src is PyUnicode s)
        {
            if (enc == null)
            {
                Errors.SetString(PyExc.TypeError, "string argument without an encoding");
                return -1;
            }
            var encoded = UnicodeCodecs.Encode(s, ((PyUnicode)enc).Value, (err as PyUnicode)?.Value ?? "strict");
            if (encoded == null) return -1;
            int r = b.Append(PyBuffer.ToArray(encoded)!);
            Py.DECREF(encoded);
            return r;
        }
        if (enc != null || err != null)
        {
            Errors.SetString(PyExc.TypeError, enc != null ? "encoding without a string argument" : "errors without a string argument");
            return -1;
        }
        if (StrSlice.IsIndex(src))
        {
            long count = Abstract.AsSsize(src, PyExc.OverflowError);
            if (count == -1 && Errors.Occurred())
            {
                if (!Errors.ExceptionMatches(PyExc.TypeError)) return -1;
                Errors.Clear();
            }
            else
            {
                if (count < 0)
                {
                    Errors.SetString(PyExc.ValueError, "negative count");
                    return -1;
                }
                return count > 0 ? b.Resize(count) : 0;
            }
        }
        if (PyBuffer.Check(src))
        {
            var data = PyBuffer.ToArray(src);
            return data == null ? -1 : b.Append(data);
        }
        return b.ExtendFromIterable(src, "bytearray");
    }

    /// <summary>Append bytes at the end (resizing: BufferError while exported).</summary>
    internal int Append(ReadOnlySpan<byte> data)
    {
        if (data.Length == 0) return 0;
        int old = _size;
        if ((long)old + data.Length > Array.MaxLength) { Errors.NoMemory(); return -1; }
        var copy = data.Overlaps(_bytes) ? data.ToArray() : data;
        if (Resize((long)old + data.Length) < 0) return -1;
        copy.CopyTo(_bytes.AsSpan(old));
        return 0;
    }

    /// <summary>Append the ints of an iterable; TypeError "cannot convert 'T' object to bytearray" (or "can't extend bytearray with T") if it is not iterable. For "bytearray" (__init__) each byte lands at once, else all at the end.</summary>
    internal int ExtendFromIterable(PyObject src, string what)
    {
        var it = Abstract.GetIter(src);
        if (it == null)
        {
            if (Errors.ExceptionMatches(PyExc.TypeError))
            {
                Errors.Clear();
                Errors.SetString(PyExc.TypeError, what == "bytearray"
                    ? $"cannot convert '{src.ob_type.tp_name}' object to bytearray"
                    : $"can't extend bytearray with {src.ob_type.tp_name}");
            }
            return -1;
        }
        var buf = new System.Collections.Generic.List<byte>();
        try
        {
            while (true)
            {
                var x = Abstract.IterNext(it);
                if (x == null)
                {
                    if (Errors.Occurred()) return -1;
                    break;
                }
                int v = PyBytes.ByteValue(x, "byte must be in range(0, 256)");
                Py.DECREF(x);
                if (v < 0) return -1;
                // __init__ appends each byte to self as it comes, as CPython does (the iterator sees it grow).
                if (what == "bytearray") { if (Append([(byte)v]) < 0) return -1; }
                else buf.Add((byte)v);
            }
        }
        finally
        {
            Py.DECREF(it);
        }
        return Append(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(buf));
    }

    [PySlot("tp_repr")]
    static PyObject? ByteArrayRepr(PyObject o)
    {
        var b = (PyByteArray)o;
        return PyUnicode.FromSimple(PyBytes.ReprString(b.AsSpan(), o.ob_type.Name + "(b", ")", escapeSingle: true));
    }

    /// <summary>bytearray_str: the repr, after a BytesWarning under -b.</summary>
    [PySlot("tp_str")]
    static PyObject? ByteArrayStr(PyObject o) =>
        Interpreter.Config.BytesWarning > 0 && Warnings.WarnEx(PyExc.BytesWarning, "str() on a bytearray instance", 1) < 0 ? null : ByteArrayRepr(o);

    /// <summary>bytearray_richcompare: against any buffer exporter, byte by byte.</summary>
    [PySlot("tp_richcompare")]
    static PyObject? ByteArrayRichCompare(PyObject a, PyObject b, CompareOp op)
    {
        if (!PyBuffer.Check(a) || !PyBuffer.Check(b)) return PyBytes.MismatchedCompare(a, b, op, "bytearray", withInt: false);
        var x = PyBuffer.Get(a, PyBUF.SIMPLE);
        if (x == null) { Errors.Clear(); return Py.NotImplemented; }
        var y = PyBuffer.Get(b, PyBUF.SIMPLE);
        if (y == null) { x.Release(); Errors.Clear(); return Py.NotImplemented; }
        bool r;
        if (x.len != y.len && (op == CompareOp.Eq || op == CompareOp.Ne)) r = op == CompareOp.Ne;
        else
        {
            int c = x.Span.SequenceCompareTo(y.Span);
            r = op switch
            {
                CompareOp.Eq => c == 0,
                CompareOp.Ne => c != 0,
                CompareOp.Lt => c < 0,
                CompareOp.Le => c <= 0,
                CompareOp.Gt => c > 0,
                _ => c >= 0,
            };
        }
        x.Release();
        y.Release();
        return Py.NewBool(r);
    }

    [PySlot("sq_length")]
    static long ByteArrayLength(PyObject o) => ((PyByteArray)o)._size;

    [PySlot("mp_length")]
    static long ByteArrayMapLength(PyObject o) => ((PyByteArray)o)._size;

    [PySlot("sq_contains")]
    static int ByteArrayContains(PyObject o, PyObject item)
    {
        var b = (PyByteArray)o;
        b.Exports++;
        int r = BytesMethods.Contains(o, item);
        b.Exports--;
        return r;
    }

    [PySlot("sq_item")]
    static PyObject? ByteArrayItem(PyObject o, long i)
    {
        var b = (PyByteArray)o;
        if ((ulong)i >= (ulong)b._size) return Errors.SetString(PyExc.IndexError, "bytearray index out of range");
        return PyLong.FromLong(b._bytes[i]);
    }

    [PySlot("mp_subscript")]
    static PyObject? ByteArraySubscript(PyObject o, PyObject key)
    {
        var b = (PyByteArray)o;
        if (StrSlice.IsIndex(key))
        {
            long i = Abstract.AsSsize(key, PyExc.IndexError);
            if (i == -1 && Errors.Occurred()) return null;
            if (i < 0) i += b._size;
            if ((ulong)i >= (ulong)b._size) return Errors.SetString(PyExc.IndexError, "bytearray index out of range");
            return PyLong.FromLong(b._bytes[i]);
        }
        if (key is PySlice)
        {
            if (!StrSlice.Unpack(key, out long start, out long stop, out long step)) return null;
            long n = StrSlice.AdjustIndices(b._size, ref start, ref stop, step);
            if (n <= 0) return FromSpan([]);
            if (step == 1) return FromSpan(b._bytes.AsSpan((int)start, (int)n));
            var r = new byte[n];
            for (long i = 0, k = start; i < n; i++, k += step) r[i] = b._bytes[k];
            return FromArray(r);
        }
        return Errors.SetString(PyExc.TypeError, $"bytearray indices must be integers or slices, not {key.ob_type.tp_name}");
    }

    /// <summary>bytearray_ass_subscript: b[i] = int, b[slice] = bytes-like or iterable of ints, del b[i], del b[slice].</summary>
    [PySlot("mp_ass_subscript")]
    static int ByteArrayAssSubscript(PyObject o, PyObject key, PyObject? value)
    {
        var b = (PyByteArray)o;
        long start, stop, step, slicelen;
        if (StrSlice.IsIndex(key))
        {
            long i = Abstract.AsSsize(key, PyExc.IndexError);
            if (i == -1 && Errors.Occurred()) return -1;
            // The value first: its __index__ may resize the bytearray (gh-91153).
            int v = value == null ? 0 : PyBytes.ByteValue(value, "byte must be in range(0, 256)");
            if (v < 0) return -1;
            if (i < 0) i += b._size;
            if ((ulong)i >= (ulong)b._size)
            {
                Errors.SetString(PyExc.IndexError, "bytearray index out of range");
                return -1;
            }
            if (value != null)
            {
                b._bytes[i] = (byte)v;
                return 0;
            }
            start = i; stop = i + 1; step = 1; slicelen = 1;
        }
        else if (key is PySlice)
        {
            if (!StrSlice.Unpack(key, out start, out stop, out step)) return -1;
            slicelen = StrSlice.AdjustIndices(b._size, ref start, ref stop, step);
        }
        else
        {
            Errors.SetString(PyExc.TypeError, $"bytearray indices must be integers or slices, not {key.ob_type.tp_name}");
            return -1;
        }
        byte[] bytes;
        if (value == null) bytes = [];
        else if (value is PyByteArray vb && value != o) bytes = vb.AsSpan().ToArray();
        else
        {
            if (value != o && (IsNumber(value) || value is PyUnicode))
            {
                Errors.SetString(PyExc.TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                return -1;
            }
            if (PyBuffer.Check(value))
            {
                var data = PyBuffer.ToArray(value);
                if (data == null) return -1;
                bytes = data;
            }
            else
            {
                var tmp = new PyByteArray(Type);
                if (tmp.ExtendFromIterable(value, "bytearray") < 0) { Py.DECREF(tmp); return -1; }
                bytes = tmp.AsSpan().ToArray();
                Py.DECREF(tmp);
            }
        }
        // b[5:2] = ... inserts before 5, not before 2.
        if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
        if (step == 1) return b.SetSliceLinear(start, stop, bytes);
        if (bytes.Length == 0)
        {
            if (slicelen <= 0) return 0;
            if (!b.CanResize()) return -1;
            if (step < 0)
            {
                stop = start + 1;
                start = stop + step * (slicelen - 1) - 1;
                step = -step;
            }
            // Compact the kept bytes over the deleted ones: after each deleted byte, the bytes
            // up to the next one, or to the end after the last. A step near sys.maxsize must not overflow.
            long size = b._size, dst = start, cur = start;
            for (long i = 0; i < slicelen; i++)
            {
                long keep = i + 1 < slicelen && step - 1 < size - cur - 1 ? step - 1 : size - cur - 1;
                Array.Copy(b._bytes, cur + 1, b._bytes, dst, keep);
                dst += keep;
                if (i + 1 < slicelen) cur += step;
            }
            return b.Resize(size - slicelen);
        }
        if (bytes.Length != slicelen)
        {
            Errors.SetString(PyExc.ValueError, $"attempt to assign bytes of size {bytes.Length} to extended slice of size {slicelen}");
            return -1;
        }
        for (long i = 0, cur = start; i < slicelen; i++, cur += step) b._bytes[cur] = bytes[i];
        return 0;
    }

    /// <summary>PyNumber_Check: int, float, complex or anything with __index__/__int__/__float__.</summary>
    static bool IsNumber(PyObject o) => o.ob_type.nb_index != null || o.ob_type.nb_int != null || o.ob_type.nb_float != null || o is PyComplex;

    /// <summary>bytearray + any bytes-like object: a new bytearray.</summary>
    [PySlot("sq_concat")]
    static PyObject? ByteArrayConcat(PyObject a, PyObject b)
    {
        var x = PyBuffer.Get(a, PyBUF.SIMPLE);
        var y = x == null ? null : PyBuffer.Get(b, PyBUF.SIMPLE);
        if (y == null)
        {
            x?.Release();
            Errors.Clear();
            return Errors.SetString(PyExc.TypeError, $"can't concat {b.ob_type.tp_name} to {a.ob_type.tp_name}");
        }
        if (x!.len + y.len > Array.MaxLength) { x.Release(); y.Release(); return Errors.NoMemory(); }
        var r = new PyByteArray(Type);
        r._bytes = new byte[x.len + y.len + 1];
        x.Span.CopyTo(r._bytes);
        y.Span.CopyTo(r._bytes.AsSpan((int)x.len));
        r._size = (int)(x.len + y.len);
        x.Release();
        y.Release();
        return r;
    }

    /// <summary>bytearray_iconcat: b += bytes-like.</summary>
    [PySlot("nb_inplace_add")]
    static PyObject? ByteArrayInPlaceConcat(PyObject a, PyObject other)
    {
        var b = (PyByteArray)a;
        var y = PyBuffer.Get(other, PyBUF.SIMPLE);
        if (y == null)
        {
            Errors.Clear();
            return Errors.SetString(PyExc.TypeError, $"can't concat {other.ob_type.tp_name} to {a.ob_type.tp_name}");
        }
        var data = y.Span.ToArray();
        y.Release();
        if (b.Append(data) < 0) return null;
        return Py.NewRef(b);
    }

    /// <summary>bytearray_repeat: b * n and n * b (PyNumber_Multiply reaches it after the number slots).</summary>
    [PySlot("sq_repeat")]
    static PyObject? ByteArrayRepeat(PyObject o, long count)
    {
        var data = Repeat(((PyByteArray)o).AsSpan(), count);
        return data == null ? null : FromArray(data);
    }

    static byte[]? Repeat(ReadOnlySpan<byte> s, long count)
    {
        if (count <= 0 || s.Length == 0) return [];
        if (count > Array.MaxLength / s.Length) { Errors.NoMemory(); return null; }
        var buf = new byte[count * s.Length];
        for (long i = 0; i < count; i++) s.CopyTo(buf.AsSpan((int)(i * s.Length)));
        return buf;
    }

    /// <summary>bytearray_irepeat: b *= n.</summary>
    [PySlot("sq_inplace_repeat")]
    static PyObject? ByteArrayInPlaceRepeat(PyObject a, long count)
    {
        var b = (PyByteArray)a;
        var data = Repeat(b.AsSpan(), count);
        if (data == null) return null;
        if (b.Resize(data.Length) < 0) return null;
        data.CopyTo(b._bytes, 0);
        return Py.NewRef(b);
    }

    /// <summary>bytes % args (bytes_mod); the reflected form is NotImplemented.</summary>
    [PySlot("nb_remainder")]
    static PyObject? Remainder(PyObject v, PyObject w)
    {
        if (v is not PyByteArray b) return Py.NotImplemented;
        // The conversions run Python code that may resize the format (gh-142557).
        b.Exports++;
        var r = BytesMethods.Format(v, w);
        b.Exports--;
        return r;
    }

    [PySlot("tp_iter")]
    static PyObject? ByteArrayIter(PyObject o) => new PyByteArrayIterator((PyByteArray)o);

    /// <summary>bytearray_getbuffer: a writable view of the storage; counts the export.</summary>
    [PySlot("bf_getbuffer")]
    static int GetBuffer(PyObject self, PyBuffer view, int flags)
    {
        var b = (PyByteArray)self;
        if (PyBuffer.FillInfo(view, self, b._bytes.AsMemory(0, b._size), false, flags) < 0) return -1;
        b.Exports++;
        return 0;
    }

    [PySlot("bf_releasebuffer")]
    static void ReleaseBuffer(PyObject self, PyBuffer view) => ((PyByteArray)self).Exports--;
}

/// <summary>`bytearray_iterator`: reads the bytearray live, so changes during iteration are seen.</summary>
[PyType("bytearray_iterator")]
public sealed partial class PyByteArrayIterator : PyObject
{
    PyByteArray? _seq;
    int _index;

    public PyByteArrayIterator(PyByteArray seq) : base(Type) { _seq = Py.NewRef(seq); }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self)
    {
        var it = (PyByteArrayIterator)self;
        var s = it._seq;
        if (s == null) return null;
        if (it._index < 0) return null; // set by __setstate__(-1)
        if (it._index < s.Count) return PyLong.FromLong(s.AsSpan()[it._index++]);
        Py.CLEAR(ref it._seq);
        return null;
    }

    [PyMethod("__length_hint__")]
    public static PyObject? LengthHint(PyObject self)
    {
        var it = (PyByteArrayIterator)self;
        long n = it._seq == null ? 0 : Math.Max(0, it._seq.Count - it._index);
        return PyLong.FromLong(n);
    }

    [PyMethod("__reduce__")]
    static PyObject? Reduce(PyByteArrayIterator self)
    {
        var iter = IterReduce.GetBuiltin("iter");
        if (iter == null) return null;
        return self._seq != null ? IterReduce.WithIndex(iter, self._seq, self._index) : IterReduce.Exhausted(iter, Py.NewRef(PyTuple.Empty));
    }

    [PyMethod("__setstate__")]
    static PyObject? SetState(PyByteArrayIterator self, PyObject state)
    {
        if (!IterReduce.StateIndex(state, out long index)) return null;
        if (self._seq != null) self._index = (int)Math.Clamp(index, -1, self._seq.Count);
        return Py.None;
    }

    protected internal override void ReleaseReferences() => Py.CLEAR(ref _seq);

    protected internal override void Traverse(Visitor visit)
    {
        if (_seq != null) visit(_seq);
    }
}
