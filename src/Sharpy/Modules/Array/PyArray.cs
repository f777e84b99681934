using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>
/// `array.array` (Modules/arraymodule.c arrayobject): a resizable run of C values of one
/// typecode, kept as their native (little-endian) bytes so that the buffer protocol exports
/// them in place. While buffers are exported (<see cref="Exports"/> &gt; 0) the size cannot
/// change, so the storage stays where the views point.
/// </summary>
[PyType("array.array", BaseType = true, Doc = ArrayModule.ArrayTypeDoc)]
public sealed partial class PyArray : PyObject, IWeakReferenceable
{
    internal readonly ArrayDescr Descr;
    /// <summary>The items' bytes; its length is the allocation (CPython's data->allocated * itemsize).</summary>
    byte[] _items = [];
    /// <summary>Py_SIZE: the number of items.</summary>
    int _size;
    /// <summary>ob_exports: buffer views currently held.</summary>
    internal int Exports;

    public PyWeakReference? WeakRefList { get; set; }

    internal PyArray(PyType type, ArrayDescr descr) : base(type) { Descr = descr; }

    /// <summary>newarrayobject: an array of <paramref name="size"/> zeroed items (type array.array).</summary>
    internal static PyArray? New(ArrayDescr descr, long size, PyType? type = null)
    {
        if (size > Array.MaxLength / descr.ItemSize) { Errors.NoMemory(); return null; }
        var a = new PyArray(type ?? Type, descr);
        if (size > 0) a._items = new byte[size * descr.ItemSize];
        a._size = (int)size;
        return a;
    }

    public int Count => _size;

    internal int ItemSize => Descr.ItemSize;

    /// <summary>The storage (for views: valid while exported, since resizing is refused then).</summary>
    internal byte[] Items => _items;

    /// <summary>The live bytes of the items.</summary>
    internal Span<byte> Bytes => _items.AsSpan(0, _size * Descr.ItemSize);

    internal PyObject? GetItem(int i) => Descr.GetItem(_items, i);

    /// <summary>
    /// setarrayitem: convert <paramref name="v"/>, then store it at <paramref name="i"/>. The
    /// index is checked after the conversion, which runs Python code that may shrink the array
    /// (IndexError <paramref name="outOfRange"/>).
    /// </summary>
    internal int SetItem(long i, PyObject v, string outOfRange = "array assignment index out of range")
    {
        Span<byte> item = stackalloc byte[8];
        if (Descr.Pack(v, item) < 0) return -1;
        if ((ulong)i >= (ulong)_size)
        {
            Errors.SetString(PyExc.IndexError, outOfRange);
            return -1;
        }
        int itemsize = Descr.ItemSize;
        item[..itemsize].CopyTo(_items.AsSpan((int)i * itemsize));
        return 0;
    }

    /// <summary>
    /// array_resize: set the size to <paramref name="newSize"/> items with CPython's
    /// over-allocation (about 1/16 extra); BufferError while buffers are exported.
    /// </summary>
    internal int Resize(long newSize)
    {
        if (Exports > 0 && newSize != _size)
        {
            Errors.SetString(PyExc.BufferError, "cannot resize an array that is exporting buffers");
            return -1;
        }
        int itemsize = Descr.ItemSize;
        long allocated = _items.Length / itemsize;
        if (allocated >= newSize && _size < newSize + 16)
        {
            _size = (int)newSize;
            return 0;
        }
        if (newSize == 0)
        {
            _items = [];
            _size = 0;
            return 0;
        }
        long alloc = (newSize >> 4) + (_size < 8 ? 3 : 7) + newSize;
        if (alloc > Array.MaxLength / itemsize) { Errors.NoMemory(); return -1; }
        var a = new byte[alloc * itemsize];
        _items.AsSpan(0, (int)Math.Min(_size, newSize) * itemsize).CopyTo(a);
        _items = a;
        _size = (int)newSize;
        return 0;
    }

    /// <summary>ins1: insert <paramref name="v"/> before <paramref name="where"/> (clamped), converting it first.</summary>
    internal int Insert(long where, PyObject v)
    {
        Span<byte> item = stackalloc byte[8];
        if (Descr.Pack(v, item) < 0) return -1;
        int n = _size;
        if (Resize(n + 1L) < 0) return -1;
        if (where < 0)
        {
            where += n;
            if (where < 0) where = 0;
        }
        if (where > n) where = n;
        int itemsize = Descr.ItemSize;
        if (where != n)
            _items.AsSpan((int)where * itemsize, (n - (int)where) * itemsize).CopyTo(_items.AsSpan(((int)where + 1) * itemsize));
        return SetItem(where, v);
    }

    /// <summary>array_del_slice: delete the items in [lo, hi) (clamped).</summary>
    internal int DeleteSlice(long lo, long hi)
    {
        if (lo < 0) lo = 0;
        else if (lo > _size) lo = _size;
        if (hi < 0) hi = 0;
        if (hi < lo) hi = lo;
        else if (hi > _size) hi = _size;
        long d = hi - lo;
        if (d != 0 && Exports > 0)
        {
            Errors.SetString(PyExc.BufferError, "cannot resize an array that is exporting buffers");
            return -1;
        }
        if (d > 0)
        {
            int itemsize = Descr.ItemSize;
            _items.AsSpan((int)hi * itemsize, (_size - (int)hi) * itemsize).CopyTo(_items.AsSpan((int)lo * itemsize));
            return Resize(_size - d);
        }
        return 0;
    }

    /// <summary>array_slice: a new array.array of the items in [lo, hi) (clamped).</summary>
    internal PyArray? Slice(long lo, long hi)
    {
        if (lo < 0) lo = 0;
        else if (lo > _size) lo = _size;
        if (hi < 0) hi = 0;
        if (hi < lo) hi = lo;
        else if (hi > _size) hi = _size;
        var np = New(Descr, hi - lo);
        if (np == null) return null;
        int itemsize = Descr.ItemSize;
        _items.AsSpan((int)lo * itemsize, (int)(hi - lo) * itemsize).CopyTo(np._items);
        return np;
    }

    /// <summary>Append raw item bytes (frombytes); the caller checked the length is a multiple of the item size.</summary>
    internal int AppendBytes(ReadOnlySpan<byte> data)
    {
        int itemsize = Descr.ItemSize;
        long n = data.Length / itemsize;
        if (n == 0) return 0;
        int old = _size;
        if (old + n > Array.MaxLength / itemsize) { Errors.NoMemory(); return -1; }
        var copy = data.Overlaps(_items) ? data.ToArray() : data;
        if (Resize(old + n) < 0) return -1;
        copy.CopyTo(_items.AsSpan(old * itemsize));
        return 0;
    }

    /// <summary>array_iter_extend: append every item of an iterable.</summary>
    internal int ExtendFromIterable(PyObject iterable)
    {
        var it = Abstract.GetIter(iterable);
        if (it == null) return -1;
        return ExtendFromIterator(it);
    }

    /// <summary>Append every item an iterator yields; consumes the iterator reference.</summary>
    internal int ExtendFromIterator(PyObject it)
    {
        PyObject? v;
        while ((v = Abstract.IterNext(it)) != null)
        {
            int r = Insert(_size, v);
            Py.DECREF(v);
            if (r != 0)
            {
                Py.DECREF(it);
                return -1;
            }
        }
        Py.DECREF(it);
        return Errors.Occurred() ? -1 : 0;
    }

    /// <summary>array_do_extend: from another array of the same typecode, or from any iterable.</summary>
    internal int Extend(PyObject bb)
    {
        if (bb is not PyArray b) return ExtendFromIterable(bb);
        if (b.Descr != Descr)
        {
            Errors.SetString(PyExc.TypeError, "can only extend with array of same kind");
            return -1;
        }
        int old = _size, bsize = b._size;
        if ((long)old + bsize > Array.MaxLength / Descr.ItemSize) { Errors.NoMemory(); return -1; }
        if (Resize((long)old + bsize) < 0) return -1;
        // b may be this array: its items are still the first bsize.
        b._items.AsSpan(0, bsize * Descr.ItemSize).CopyTo(_items.AsSpan(old * Descr.ItemSize));
        return 0;
    }

    /// <summary>array_array_tolist_impl.</summary>
    internal PyList? ToList()
    {
        var list = PyList.New(_size);
        for (int i = 0; i < _size; i++)
        {
            var v = GetItem(i);
            if (v == null)
            {
                Py.DECREF(list);
                return null;
            }
            list.AppendSteal(v);
        }
        return list;
    }

    /// <summary>tounicode for 'u' and 'w' arrays (the caller checked the typecode): the code points; out of range is ValueError.</summary>
    internal PyObject? ToUnicode()
    {
        var cps = new int[_size];
        for (int i = 0; i < _size; i++)
        {
            int c = BitConverter.ToInt32(_items, i * 4);
            if ((uint)c > 0x10FFFF)
            {
                // 'u' goes through PyUnicode_FromWideChar, 'w' through the UTF-32 decoder (UnicodeDecodeError).
                if (Descr.Typecode == 'u')
                    return Errors.SetString(PyExc.ValueError, $"character U+{(uint)c:x} is not in range [U+0000; U+10ffff]");
                var bytes = PyBytes.FromSpan(Bytes);
                var r = PyUnicode.DecodeObject(bytes, "utf-32-le", "strict");
                Py.DECREF(bytes);
                return r;
            }
            cps[i] = c;
        }
        return PyUnicode.FromCodePointsOwned(cps, cps.Length);
    }

    /// <summary>Append the code points of <paramref name="s"/> ('u' and 'w' arrays).</summary>
    internal int AppendUnicode(PyUnicode s)
    {
        int n = s.Length;
        if (n == 0) return 0;
        int old = _size;
        if (Resize((long)old + n) < 0) return -1;
        for (int i = 0; i < n; i++) BitConverter.TryWriteBytes(_items.AsSpan((old + i) * 4), s[i]);
        return 0;
    }
}
