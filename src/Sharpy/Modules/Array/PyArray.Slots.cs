using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

// array.array's slots (arraymodule.c): construction, repr, comparison, the sequence and
// mapping protocols with slices and extended slice assignment, the buffer export, iteration.
public sealed partial class PyArray
{
    /// <summary>array_new: array(typecode[, initializer]).</summary>
    [PySlot("tp_new")]
    internal static PyObject? ArrayNew(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int nargs = ArgParse.NArgs(args, kwnames);
        if (ArgParse.HasKeywords(kwnames) && (type == Type || type.tp_init == Type.tp_init))
            return Errors.SetString(PyExc.TypeError, "array.array() takes no keyword arguments");
        if (nargs < 1) return Errors.SetString(PyExc.TypeError, $"array() takes at least 1 argument ({nargs} given)");
        if (nargs > 2) return Errors.SetString(PyExc.TypeError, $"array() takes at most 2 arguments ({nargs} given)");
        var tc = args[0].AsBorrowed;
        if (tc is not PyUnicode tcs)
            return Errors.SetString(PyExc.TypeError, $"array() argument 1 must be a unicode character, not {tc.ob_type.tp_name}");
        if (tcs.Length != 1)
            return Errors.SetString(PyExc.TypeError, $"array() argument 1 must be a unicode character, not a string of length {tcs.Length}");
        int c = tcs[0];
        var initial = nargs > 1 ? args[1].AsBorrowed : null;
        if (c == 'u' && Warnings.WarnEx(PyExc.DeprecationWarning, "The 'u' type code is deprecated and will be removed in Python 3.16", 1) < 0)
            return null;
        bool isUnicode = c is 'u' or 'w';
        if (initial != null && !isUnicode)
        {
            if (initial is PyUnicode)
                return Errors.SetString(PyExc.TypeError, $"cannot use a str to initialize an array with typecode '{(char)c}'");
            if (initial is PyArray ia && ia.Descr.IsUnicode)
                return Errors.SetString(PyExc.TypeError, $"cannot use a unicode array to initialize an array with typecode '{(char)c}'");
        }
        PyObject? it = null;
        if (!(initial == null || initial is PyList || initial is PyByteArray || initial is PyBytes || initial is PyTuple
              || (isUnicode && initial is PyUnicode) || (initial is PyArray a0 && a0.Descr.Typecode == c)))
        {
            it = Abstract.GetIter(initial);
            if (it == null) return null;
            initial = null;
        }
        var descr = ArrayDescr.Find(c);
        if (descr == null)
        {
            Py.XDECREF(it);
            return Errors.SetString(PyExc.ValueError, "bad typecode (must be b, B, u, w, h, H, i, I, l, L, q, Q, f or d)");
        }
        long len = initial switch
        {
            PyList l => l.Count,
            PyTuple t => t.Count,
            PyArray arr => arr._size,
            _ => 0,
        };
        var a = New(descr, len, type);
        if (a == null)
        {
            Py.XDECREF(it);
            return null;
        }
        if (initial is PyList or PyTuple)
        {
            for (int i = 0; i < len; i++)
            {
                var v = Abstract.SequenceGetItem(initial, i);
                if (v == null || a.SetItem(i, v) != 0)
                {
                    Py.XDECREF(v);
                    Py.DECREF(a);
                    return null;
                }
                Py.DECREF(v);
            }
        }
        else if (initial is PyBytes or PyByteArray)
        {
            var r = FromBytes(a, initial);
            if (r == null)
            {
                Py.DECREF(a);
                return null;
            }
            Py.DECREF(r);
        }
        else if (initial is PyUnicode s)
        {
            if (a.AppendUnicode(s) < 0)
            {
                Py.DECREF(a);
                return null;
            }
        }
        else if (initial is PyArray other && len > 0)
            other.Bytes.CopyTo(a._items);
        if (it != null && a.ExtendFromIterator(it) < 0)
        {
            Py.DECREF(a);
            return null;
        }
        return a;
    }

    /// <summary>array_repr: "array('d', [1.0, 2.0])", "array('w', 'text')", "array('b')" when empty.</summary>
    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject op)
    {
        var a = (PyArray)op;
        char tc = a.Descr.Typecode;
        string name = a.ob_type.Name;
        if (a._size == 0) return PyUnicode.FromString($"{name}('{tc}')");
        var v = a.Descr.IsUnicode ? a.ToUnicode() : a.ToList();
        if (v == null) return null;
        var r = Abstract.Repr(v);
        Py.DECREF(v);
        if (r == null) return null;
        var s = PyUnicode.FromString($"{name}('{tc}', {((PyUnicode)r).Value})");
        Py.DECREF(r);
        return s;
    }

    /// <summary>array_richcompare: item by item; arrays of one integer or character typecode compare by value directly.</summary>
    [PySlot("tp_richcompare")]
    static PyObject? RichCompare(PyObject v, PyObject w, CompareOp op)
    {
        if (v is not PyArray va || w is not PyArray wa) return Py.NotImplemented;
        if (va._size != wa._size && (op == CompareOp.Eq || op == CompareOp.Ne))
            return Py.NewBool(op == CompareOp.Ne);
        if (va.Descr == wa.Descr && va.Descr.HasCompareItems)
        {
            int result = va.Descr.CompareItems(va._items, wa._items, Math.Min(va._size, wa._size));
            if (result != 0) return Py.NewBool(Compare(result, 0, op));
            return Py.NewBool(Compare(va._size, wa._size, op));
        }
        // The first index where the items differ.
        for (int i = 0; i < va._size && i < wa._size; i++)
        {
            var vi = va.GetItem(i);
            if (vi == null) return null;
            var wi = wa.GetItem(i);
            if (wi == null)
            {
                Py.DECREF(vi);
                return null;
            }
            int k = Abstract.RichCompareBool(vi, wi, CompareOp.Eq);
            if (k == 0)
            {
                PyObject? res = op == CompareOp.Eq ? Py.NewBool(false)
                    : op == CompareOp.Ne ? Py.NewBool(true)
                    : Abstract.RichCompare(vi, wi, op);
                Py.DECREF(vi);
                Py.DECREF(wi);
                return res;
            }
            Py.DECREF(vi);
            Py.DECREF(wi);
            if (k < 0) return null;
        }
        return Py.NewBool(Compare(va._size, wa._size, op));
    }

    static bool Compare(long a, long b, CompareOp op) => op switch
    {
        CompareOp.Lt => a < b,
        CompareOp.Le => a <= b,
        CompareOp.Eq => a == b,
        CompareOp.Ne => a != b,
        CompareOp.Gt => a > b,
        _ => a >= b,
    };

    [PySlot("sq_length")]
    static long Length(PyObject op) => ((PyArray)op)._size;

    [PySlot("mp_length")]
    static long MapLength(PyObject op) => ((PyArray)op)._size;

    /// <summary>array_item.</summary>
    [PySlot("sq_item")]
    static PyObject? Item(PyObject op, long i)
    {
        var a = (PyArray)op;
        if ((ulong)i >= (ulong)a._size) return Errors.SetString(PyExc.IndexError, "array index out of range");
        return a.Descr.GetItem(a._items, (int)i);
    }

    /// <summary>array_ass_item: a[i] = v, del a[i].</summary>
    [PySlot("sq_ass_item")]
    static int AssItem(PyObject op, long i, PyObject? v)
    {
        var a = (PyArray)op;
        if (v == null) return a.DeleteSlice(i, i + 1);
        if ((ulong)i >= (ulong)a._size)
        {
            Errors.SetString(PyExc.IndexError, "array index out of range");
            return -1;
        }
        return a.SetItem(i, v, "array index out of range");
    }

    [PySlot("sq_contains")]
    static int Contains(PyObject op, PyObject v)
    {
        var a = (PyArray)op;
        int cmp = 0;
        for (int i = 0; cmp == 0 && i < a._size; i++)
        {
            var item = a.GetItem(i);
            if (item == null) return -1;
            cmp = Abstract.RichCompareBool(item, v, CompareOp.Eq);
            Py.DECREF(item);
        }
        return cmp;
    }

    /// <summary>array_concat.</summary>
    [PySlot("sq_concat")]
    static PyObject? Concat(PyObject op, PyObject bb)
    {
        var a = (PyArray)op;
        if (bb is not PyArray b)
            return Errors.SetString(PyExc.TypeError, $"can only append array (not \"{bb.ob_type.tp_name}\") to array");
        if (a.Descr != b.Descr) return BadArgument();
        var np = New(a.Descr, (long)a._size + b._size);
        if (np == null) return null;
        a.Bytes.CopyTo(np._items);
        b.Bytes.CopyTo(np._items.AsSpan(a.Bytes.Length));
        return np;
    }

    /// <summary>PyErr_BadArgument.</summary>
    static PyObject? BadArgument() => Errors.SetString(PyExc.TypeError, "bad argument type for built-in operation");

    /// <summary>array_repeat.</summary>
    [PySlot("sq_repeat")]
    static PyObject? Repeat(PyObject op, long n)
    {
        var a = (PyArray)op;
        if (n < 0) n = 0;
        if (a._size != 0 && n > Array.MaxLength / a._size) return Errors.NoMemory();
        var np = New(a.Descr, a._size * n);
        if (np == null) return null;
        FillRepeated(np._items, a.Bytes, n);
        return np;
    }

    /// <summary>_PyBytes_Repeat: <paramref name="n"/> copies of <paramref name="src"/> at the start of <paramref name="dst"/>.</summary>
    static void FillRepeated(Span<byte> dst, ReadOnlySpan<byte> src, long n)
    {
        int len = src.Length;
        if (len == 0 || n == 0) return;
        long total = len * n;
        src.CopyTo(dst);
        long done = len;
        while (done < total)
        {
            long chunk = Math.Min(done, total - done);
            dst.Slice(0, (int)chunk).CopyTo(dst.Slice((int)done));
            done += chunk;
        }
    }

    /// <summary>array_inplace_concat: a += array.</summary>
    [PySlot("sq_inplace_concat")]
    static PyObject? InPlaceConcat(PyObject op, PyObject bb)
    {
        var a = (PyArray)op;
        if (bb is not PyArray)
            return Errors.SetString(PyExc.TypeError, $"can only extend array with array (not \"{bb.ob_type.tp_name}\")");
        if (a.Extend(bb) < 0) return null;
        return Py.NewRef(a);
    }

    /// <summary>array_inplace_repeat: a *= n.</summary>
    [PySlot("sq_inplace_repeat")]
    static PyObject? InPlaceRepeat(PyObject op, long n)
    {
        var a = (PyArray)op;
        int size = a._size;
        if (size > 0 && n != 1)
        {
            if (n < 0) n = 0;
            long bytes = (long)size * a.ItemSize;
            if (n > 0 && n > Array.MaxLength / bytes) return Errors.NoMemory();
            if (a.Resize(n * size) < 0) return null;
            if (n > 0) FillRepeated(a._items, a._items.AsSpan(0, (int)bytes), n);
        }
        return Py.NewRef(a);
    }

    /// <summary>array_subscr: a[i] and a[slice].</summary>
    [PySlot("mp_subscript")]
    static PyObject? Subscript(PyObject op, PyObject item)
    {
        var a = (PyArray)op;
        if (item is PyLong l && !l.IsBig)
        {
            long i = l.Value;
            if (i < 0) i += a._size;
            if ((ulong)i >= (ulong)a._size) return Errors.SetString(PyExc.IndexError, "array index out of range");
            return a.Descr.GetItem(a._items, (int)i);
        }
        if (StrSlice.IsIndex(item))
        {
            long i = Abstract.AsSsize(item, PyExc.IndexError);
            if (i == -1 && Errors.Occurred()) return null;
            if (i < 0) i += a._size;
            return Item(a, i);
        }
        if (item is not PySlice) return Errors.SetString(PyExc.TypeError, "array indices must be integers");
        if (!StrSlice.Unpack(item, out long start, out long stop, out long step)) return null;
        long n = StrSlice.AdjustIndices(a._size, ref start, ref stop, step);
        if (n <= 0) return New(a.Descr, 0);
        if (step == 1) return a.Slice(start, stop);
        var r = New(a.Descr, n);
        if (r == null) return null;
        int itemsize = a.ItemSize;
        for (long cur = start, i = 0; i < n; cur += step, i++)
            a._items.AsSpan((int)cur * itemsize, itemsize).CopyTo(r._items.AsSpan((int)i * itemsize));
        return r;
    }

    /// <summary>array_ass_subscr: a[i] = v, a[slice] = array, del a[i], del a[slice].</summary>
    [PySlot("mp_ass_subscript")]
    static int AssSubscript(PyObject op, PyObject item, PyObject? value)
    {
        var self = (PyArray)op;
        long start, stop, step, slicelength;
        if (StrSlice.IsIndex(item))
        {
            long i = Abstract.AsSsize(item, PyExc.IndexError);
            if (i == -1 && Errors.Occurred()) return -1;
            if (i < 0) i += self._size;
            if (i < 0 || i >= self._size)
            {
                Errors.SetString(PyExc.IndexError, "array assignment index out of range");
                return -1;
            }
            if (value != null) return self.SetItem(i, value);
            start = i;
            stop = i + 1;
            step = 1;
            slicelength = 1;
        }
        else if (item is PySlice)
        {
            if (!StrSlice.Unpack(item, out start, out stop, out step)) return -1;
            slicelength = StrSlice.AdjustIndices(self._size, ref start, ref stop, step);
        }
        else
        {
            Errors.SetString(PyExc.TypeError, "array indices must be integers");
            return -1;
        }
        PyArray? other;
        long needed;
        if (value == null)
        {
            other = null;
            needed = 0;
        }
        else if (value is PyArray va)
        {
            if (va == self)
            {
                // a[i:j] = a: copy first.
                var copy = self.Slice(0, self._size);
                if (copy == null) return -1;
                int ret = AssSubscript(op, item, copy);
                Py.DECREF(copy);
                return ret;
            }
            if (va.Descr != self.Descr)
            {
                BadArgument();
                return -1;
            }
            other = va;
            needed = va._size;
        }
        else
        {
            Errors.SetString(PyExc.TypeError, $"can only assign array (not \"{value.ob_type.tp_name}\") to array slice");
            return -1;
        }
        int itemsize = self.ItemSize;
        // a[2:1] = ...: the insertion point is start, not stop.
        if ((step > 0 && stop < start) || (step < 0 && stop > start)) stop = start;
        if ((needed == 0 || slicelength != needed) && self.Exports > 0)
        {
            Errors.SetString(PyExc.BufferError, "cannot resize an array that is exporting buffers");
            return -1;
        }
        if (step == 1)
        {
            if (slicelength > needed)
            {
                self._items.AsSpan((int)stop * itemsize, (self._size - (int)stop) * itemsize)
                    .CopyTo(self._items.AsSpan((int)(start + needed) * itemsize));
                if (self.Resize(self._size + needed - slicelength) < 0) return -1;
            }
            else if (slicelength < needed)
            {
                int oldSize = self._size;
                if (self.Resize(oldSize + needed - slicelength) < 0) return -1;
                self._items.AsSpan((int)stop * itemsize, (oldSize - (int)stop) * itemsize)
                    .CopyTo(self._items.AsSpan((int)(start + needed) * itemsize));
            }
            if (needed > 0) other!.Bytes.CopyTo(self._items.AsSpan((int)start * itemsize));
            return 0;
        }
        if (needed == 0)
        {
            // Delete an extended slice: close the gaps from left to right.
            if (step < 0)
            {
                stop = start + 1;
                start = stop + step * (slicelength - 1) - 1;
                step = -step;
            }
            long cur;
            int i;
            for (cur = start, i = 0; i < slicelength; cur += step, i++)
            {
                long lim = step - 1;
                if (step >= self._size - cur) lim = self._size - cur - 1;
                self._items.AsSpan((int)(cur + 1) * itemsize, (int)lim * itemsize)
                    .CopyTo(self._items.AsSpan((int)(cur - i) * itemsize));
            }
            // The first index past the slice (it may lie beyond long's range for a huge step).
            Int128 end = start + (Int128)slicelength * step;
            cur = (long)Int128.Min(end, self._size);
            if (cur < self._size)
                self._items.AsSpan((int)cur * itemsize, (self._size - (int)cur) * itemsize)
                    .CopyTo(self._items.AsSpan((int)(cur - slicelength) * itemsize));
            return self.Resize(self._size - slicelength);
        }
        if (needed != slicelength)
        {
            Errors.SetString(PyExc.ValueError, $"attempt to assign array of size {needed} to extended slice of size {slicelength}");
            return -1;
        }
        for (long cur = start, i = 0; i < slicelength; cur += step, i++)
            other!._items.AsSpan((int)i * itemsize, itemsize).CopyTo(self._items.AsSpan((int)cur * itemsize));
        return 0;
    }

    /// <summary>array_buffer_getbuf: a writable view of the items, with the typecode's format; counts the export.</summary>
    [PySlot("bf_getbuffer")]
    static int GetBuffer(PyObject op, PyBuffer view, int flags)
    {
        var a = (PyArray)op;
        int itemsize = a.ItemSize;
        view.obj = Py.NewRef(a);
        view.Memory = a._items.AsMemory(0, a._size * itemsize);
        view.Start = 0;
        view.len = (long)a._size * itemsize;
        view.@readonly = false;
        view.ndim = 1;
        view.itemsize = itemsize;
        view.suboffsets = null;
        view.shape = (flags & PyBUF.ND) == PyBUF.ND ? [a._size] : null;
        view.strides = (flags & PyBUF.STRIDES) == PyBUF.STRIDES ? [itemsize] : null;
        view.format = (flags & PyBUF.FORMAT) == PyBUF.FORMAT ? a.Descr.Format : null;
        a.Exports++;
        return 0;
    }

    [PySlot("bf_releasebuffer")]
    static void ReleaseBuffer(PyObject op, PyBuffer view) => ((PyArray)op).Exports--;

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject op) => new PyArrayIterator((PyArray)op);
}
