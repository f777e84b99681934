using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

// array.array's methods (arraymodule.c, array_methods) and getters.
public sealed partial class PyArray
{
    [PyMethod("append", Doc = "Append new value v to the end of the array.")]
    static PyObject? Append(PyArray self, PyObject v) => self.Insert(self._size, v) != 0 ? null : Py.None;

    /// <summary>(address, length): the items' current address (the GC may move them later) and their count.</summary>
    [PyMethod("buffer_info", Doc = "Return a tuple (address, length) giving the current memory address and the length in items of the buffer used to hold array's contents.\n\nThe length should be multiplied by the itemsize attribute to calculate\nthe buffer length in bytes.")]
    static unsafe PyObject? BufferInfo(PyArray self)
    {
        long address = 0;
        if (self._items.Length > 0)
            fixed (byte* p = self._items) address = (long)p;
        return PyTuple.FromStolen([PyLong.FromLong(address), PyLong.FromLong(self._size)]);
    }

    [PyMethod("byteswap", Doc = "Byteswap all items of the array.\n\nIf the items in the array are not 1, 2, 4, or 8 bytes in size, RuntimeError is\nraised.")]
    static void ByteSwap(PyArray self)
    {
        int size = self.ItemSize;
        if (size == 1) return;
        var b = self.Bytes;
        for (int off = 0; off < b.Length; off += size) b.Slice(off, size).Reverse();
    }

    [PyMethod("clear", Doc = "Remove all items from the array.")]
    static PyObject? ClearItems(PyArray self) => self.Resize(0) < 0 ? null : Py.None;

    [PyMethod("__copy__", Doc = "Return a copy of the array.")]
    static PyObject? Copy(PyArray self) => self.Slice(0, self._size);

    [PyMethod("__deepcopy__", Doc = "Return a copy of the array.")]
    static PyObject? DeepCopy(PyArray self, PyObject unused) => self.Slice(0, self._size);

    [PyMethod("count", Doc = "Return number of occurrences of v in the array.")]
    static PyObject? CountOf(PyArray self, PyObject v)
    {
        long count = 0;
        for (int i = 0; i < self._size; i++)
        {
            var item = self.GetItem(i);
            if (item == null) return null;
            int cmp = Abstract.RichCompareBool(item, v, CompareOp.Eq);
            Py.DECREF(item);
            if (cmp > 0) count++;
            else if (cmp < 0) return null;
        }
        return PyLong.FromLong(count);
    }

    [PyMethod("extend", Doc = "Append items to the end of the array.")]
    static PyObject? ExtendMethod(PyArray self, PyObject bb) => self.Extend(bb) < 0 ? null : Py.None;

    [PyMethod("fromfile", Doc = "Read n objects from the file object f and append them to the end of the array.")]
    static PyObject? FromFile(PyArray self, PyObject f, long n)
    {
        if (n < 0) return Errors.SetString(PyExc.ValueError, "negative count");
        int itemsize = self.ItemSize;
        if (n > long.MaxValue / itemsize) return Errors.NoMemory();
        long nbytes = n * itemsize;
        var count = PyLong.FromLong(nbytes);
        var b = Calls.CallMethod(f, "read", count);
        Py.DECREF(count);
        if (b == null) return null;
        if (b is not PyBytes bytes)
        {
            Py.DECREF(b);
            return Errors.SetString(PyExc.TypeError, "read() didn't return bytes");
        }
        bool notEnough = bytes.Value.Length != nbytes;
        var res = FromBytes(self, b);
        Py.DECREF(b);
        if (res == null) return null;
        if (notEnough)
        {
            Py.DECREF(res);
            return Errors.SetString(PyExc.EOFError, "read() didn't return enough bytes");
        }
        return res;
    }

    [PyMethod("fromlist", Doc = "Append items to array from list.")]
    static PyObject? FromList(PyArray self, PyObject list)
    {
        if (list is not PyList l) return Errors.SetString(PyExc.TypeError, "arg must be list");
        int n = l.Count;
        if (n == 0) return Py.None;
        int oldSize = self._size;
        if (self.Resize((long)oldSize + n) < 0) return null;
        for (int i = 0; i < n; i++)
        {
            var v = l.Items[i];
            if (self.SetItem(self._size - n + i, v) != 0)
            {
                self.Resize(oldSize);
                return null;
            }
            if (n != l.Count)
            {
                Errors.SetString(PyExc.RuntimeError, "list changed size during iteration");
                self.Resize(oldSize);
                return null;
            }
        }
        return Py.None;
    }

    /// <summary>frombytes(buffer): append the items whose machine bytes a bytes-like object holds.</summary>
    [PyMethod("frombytes", Doc = "Appends items from the string, interpreting it as an array of machine values, as if it had been read from a file using the fromfile() method.")]
    static PyObject? FromBytes(PyArray self, PyObject buffer)
    {
        var view = PyBuffer.GetContiguous(buffer, "frombytes");
        if (view == null) return null;
        try
        {
            if (view.itemsize != 1) return Errors.SetString(PyExc.TypeError, "a bytes-like object is required");
            if (view.len % self.ItemSize != 0) return Errors.SetString(PyExc.ValueError, "bytes length not a multiple of item size");
            return self.AppendBytes(view.Span) < 0 ? null : Py.None;
        }
        finally
        {
            view.Release();
        }
    }

    [PyMethod("fromunicode", Doc = "Extends this array with data from the unicode string ustr.\n\nThe array must be a unicode type array; otherwise a ValueError is raised.\nUse array.frombytes(ustr.encode(...)) to append Unicode data to an array of\nsome other type.")]
    static PyObject? FromUnicode(PyArray self, PyUnicode ustr)
    {
        if (!self.Descr.IsUnicode)
            return Errors.SetString(PyExc.ValueError, "fromunicode() may only be called on unicode type arrays ('u' or 'w')");
        return self.AppendUnicode(ustr) < 0 ? null : Py.None;
    }

    [PyMethod("index", TextSignature = "($self, v, start=0, stop=sys.maxsize, /)", Doc = "Return index of first occurrence of v in the array.\n\nRaise ValueError if the value is not present.")]
    static PyObject? IndexOf(PyArray self, PyObject v, PyObject? start = null, PyObject? stop = null)
    {
        long lo = 0, hi = long.MaxValue;
        if (start != null && !SliceIndexNotNone(start, out lo)) return null;
        if (stop != null && !SliceIndexNotNone(stop, out hi)) return null;
        if (lo < 0)
        {
            lo += self._size;
            if (lo < 0) lo = 0;
        }
        if (hi < 0) hi += self._size;
        // The size is read on every round: a comparison may change the array.
        for (long i = lo; i < hi && i < self._size; i++)
        {
            var item = self.GetItem((int)i);
            if (item == null) return null;
            int cmp = Abstract.RichCompareBool(item, v, CompareOp.Eq);
            Py.DECREF(item);
            if (cmp > 0) return PyLong.FromLong(i);
            if (cmp < 0) return null;
        }
        return Errors.SetString(PyExc.ValueError, "array.index(x): x not in array");
    }

    /// <summary>_PyEval_SliceIndexNotNone: an index clamped to the ssize range.</summary>
    static bool SliceIndexNotNone(PyObject o, out long v)
    {
        v = 0;
        if (!StrSlice.IsIndex(o))
        {
            Errors.SetString(PyExc.TypeError, "slice indices must be integers or have an __index__ method");
            return false;
        }
        v = Abstract.AsSsize(o, null);
        return !(v == -1 && Errors.Occurred());
    }

    [PyMethod("insert", Doc = "Insert a new item v into the array before position i.")]
    static PyObject? InsertMethod(PyArray self, long i, PyObject v) => self.Insert(i, v) != 0 ? null : Py.None;

    [PyMethod("pop", Doc = "Return the i-th element and delete it from the array.\n\ni defaults to -1.")]
    static PyObject? Pop(PyArray self, long i = -1)
    {
        if (self._size == 0) return Errors.SetString(PyExc.IndexError, "pop from empty array");
        if (i < 0) i += self._size;
        if (i < 0 || i >= self._size) return Errors.SetString(PyExc.IndexError, "pop index out of range");
        var v = self.GetItem((int)i);
        if (v == null) return null;
        if (self.DeleteSlice(i, i + 1) != 0)
        {
            Py.DECREF(v);
            return null;
        }
        return v;
    }

    /// <summary>
    /// __reduce_ex__(protocol): (array._array_reconstructor, (type, typecode, mformat_code, bytes), dict)
    /// for protocol 3 and later, (type, (typecode, list), dict) before.
    /// </summary>
    [PyMethod("__reduce_ex__", Doc = "Return state information for pickling.")]
    static PyObject? ReduceEx(PyArray self, PyObject value)
    {
        var reconstructor = ArrayModule.Reconstructor();
        if (reconstructor == null) return null;
        if (value is not PyLong)
        {
            Py.DECREF(reconstructor);
            return Errors.SetString(PyExc.TypeError, "__reduce_ex__ argument should be an integer");
        }
        long protocol = Abstract.AsSsize(value, PyExc.OverflowError);
        if (protocol == -1 && Errors.Occurred())
        {
            Py.DECREF(reconstructor);
            return null;
        }
        if (Abstract.LookupAttr(self, PyUnicode.Intern("__dict__"), out var dict) < 0)
        {
            Py.DECREF(reconstructor);
            return null;
        }
        dict ??= Py.None;
        var typecode = PyUnicode.FromCodePoint(self.Descr.Typecode);
        if (protocol < 3)
        {
            Py.DECREF(reconstructor);
            var list = self.ToList();
            if (list == null)
            {
                Py.DECREF(dict);
                Py.DECREF(typecode);
                return null;
            }
            return PyTuple.FromStolen([Py.NewRef(self.ob_type), PyTuple.FromStolen([typecode, list]), dict]);
        }
        var bytes = PyBytes.FromSpan(self.Bytes);
        return PyTuple.FromStolen([reconstructor,
            PyTuple.FromStolen([Py.NewRef(self.ob_type), typecode, PyLong.FromLong(self.Descr.MachineFormat), bytes]), dict]);
    }

    [PyMethod("remove", Doc = "Remove the first occurrence of v in the array.")]
    static PyObject? Remove(PyArray self, PyObject v)
    {
        for (int i = 0; i < self._size; i++)
        {
            var item = self.GetItem(i);
            if (item == null) return null;
            int cmp = Abstract.RichCompareBool(item, v, CompareOp.Eq);
            Py.DECREF(item);
            if (cmp > 0) return self.DeleteSlice(i, i + 1) != 0 ? null : Py.None;
            if (cmp < 0) return null;
        }
        return Errors.SetString(PyExc.ValueError, "array.remove(x): x not in array");
    }

    [PyMethod("reverse", Doc = "Reverse the order of the items in the array.")]
    static void Reverse(PyArray self)
    {
        int size = self.ItemSize;
        var b = self.Bytes;
        Span<byte> tmp = stackalloc byte[8];
        for (int p = 0, q = (self._size - 1) * size; p < q; p += size, q -= size)
        {
            b.Slice(p, size).CopyTo(tmp);
            b.Slice(q, size).CopyTo(b.Slice(p, size));
            tmp[..size].CopyTo(b.Slice(q, size));
        }
    }

    [PyMethod("tofile", Doc = "Write all items (as machine values) to the file object f.")]
    static PyObject? ToFile(PyArray self, PyObject f)
    {
        const int BlockSize = 64 * 1024;
        int nbytes = self._size * self.ItemSize;
        // Blocks of 64K; the array may change while write() runs, so each block is cut afresh.
        for (long off = 0; off < nbytes; off += BlockSize)
        {
            var all = self.Bytes;
            if (off >= all.Length) break;
            var bytes = PyBytes.FromSpan(all.Slice((int)off, (int)Math.Min(BlockSize, all.Length - off)));
            var res = Calls.CallMethod(f, "write", bytes);
            Py.DECREF(bytes);
            if (res == null) return null;
            Py.DECREF(res);
        }
        return Py.None;
    }

    [PyMethod("tolist", Doc = "Convert array to an ordinary list with the same items.")]
    static PyObject? ToListMethod(PyArray self) => self.ToList();

    [PyMethod("tobytes", Doc = "Convert the array to an array of machine values and return the bytes representation.")]
    static PyObject? ToBytes(PyArray self) => PyBytes.FromSpan(self.Bytes);

    [PyMethod("tounicode", Doc = "Extends this array with data from the unicode string ustr.\n\nConvert the array to a unicode string.  The array must be a unicode type array;\notherwise a ValueError is raised.  Use array.tobytes().decode() to obtain a\nunicode string from an array of some other type.")]
    static PyObject? ToUnicodeMethod(PyArray self)
    {
        if (!self.Descr.IsUnicode)
            return Errors.SetString(PyExc.ValueError, "tounicode() may only be called on unicode type arrays ('u' or 'w')");
        return self.ToUnicode();
    }

    /// <summary>__sizeof__: CPython's 64-bit arrayobject (64 bytes) plus the allocated items.</summary>
    [PyMethod("__sizeof__", Doc = "Size of the array in memory, in bytes.")]
    static PyObject? SizeOf(PyArray self) => PyLong.FromLong(64 + self._items.Length);

    [PyMethod("__class_getitem__", Class = true, Doc = "See PEP 585")]
    static PyObject? ClassGetItem(PyType cls, PyObject args) => PyGenericAlias.New(cls, args);

    [PyGetter("typecode", Doc = "the typecode character used to create the array")]
    static PyObject? GetTypecode(PyArray self) => PyUnicode.FromCodePoint(self.Descr.Typecode);

    [PyGetter("itemsize", Doc = "the size, in bytes, of one array item")]
    static PyObject? GetItemSize(PyArray self) => PyLong.FromLong(self.ItemSize);
}
