using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// `bytearray` (Objects/bytearrayobject.c): a mutable byte array and a writable buffer
/// exporter. While views are exported (<see cref="Exports"/> &gt; 0) its size cannot change,
/// so the storage array stays where the views point.
/// </summary>
[PyType("bytearray", BaseType = true, Doc = "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\nbytearray() -> empty bytes array\n\nConstruct a mutable bytearray object from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - a bytes or a buffer object\n  - any object implementing the buffer API.\n  - an integer")]
public partial class PyByteArray : PyObject
{
    /// <summary>Storage; its length is CPython's ob_alloc (room for the size plus a trailing NUL).</summary>
    byte[] _bytes = [];
    int _size;
    /// <summary>ob_exports: buffer views currently held on this object.</summary>
    public int Exports;

    public PyByteArray(PyType type) : base(type) { }

    public static PyByteArray FromSpan(ReadOnlySpan<byte> s)
    {
        var r = new PyByteArray(Type);
        if (s.Length > 0)
        {
            r._bytes = new byte[s.Length + 1];
            s.CopyTo(r._bytes);
            r._size = s.Length;
        }
        return r;
    }

    /// <summary>A bytearray with the content of <paramref name="a"/> (copied, with CPython's allocation).</summary>
    public static PyByteArray FromArray(byte[] a) => FromSpan(a);

    public int Count => _size;

    /// <summary>The live bytes (borrowed; invalid after a resize).</summary>
    public Span<byte> AsSpan() => _bytes.AsSpan(0, _size);

    /// <summary>The storage array (for views: valid while exported, since resizing is refused then).</summary>
    internal byte[] Storage => _bytes;

    /// <summary>_canresize: BufferError while views are exported.</summary>
    bool CanResize()
    {
        if (Exports > 0)
        {
            Errors.SetString(PyExc.BufferError, "Existing exports of data: object cannot be re-sized");
            return false;
        }
        return true;
    }

    /// <summary>
    /// PyByteArray_Resize: set the size to <paramref name="size"/> with CPython's allocation
    /// policy (exact for big jumps, about 1/8 extra for moderate growth); 0, or -1 with
    /// BufferError while exported or MemoryError.
    /// </summary>
    public int Resize(long size)
    {
        if (size == _size) return 0;
        if (!CanResize()) return -1;
        if (size >= Array.MaxLength) { Errors.NoMemory(); return -1; }
        long alloc = _bytes.Length;
        if (size + 1 <= alloc)
        {
            if (size >= alloc / 2)
            {
                // Minor downsize: keep the storage.
                _bytes.AsSpan((int)size, _size > size ? _size - (int)size : 0).Clear();
                _size = (int)size;
                return 0;
            }
            alloc = size + 1;
        }
        else if (size <= alloc * 1.125) alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
        else alloc = size + 1;
        if (alloc > Array.MaxLength) alloc = size + 1;
        var a = new byte[alloc];
        _bytes.AsSpan(0, (int)Math.Min(_size, size)).CopyTo(a);
        _bytes = a;
        _size = (int)size;
        return 0;
    }

    /// <summary>Replace the bytes in [lo, hi) by <paramref name="src"/> (bytearray_setslice_linear).</summary>
    internal int SetSliceLinear(long lo, long hi, ReadOnlySpan<byte> src)
    {
        long growth = src.Length - (hi - lo);
        if (growth == 0)
        {
            src.CopyTo(_bytes.AsSpan((int)lo));
            return 0;
        }
        if (!CanResize()) return -1;
        int oldSize = _size;
        if (growth < 0)
        {
            // Shift the tail left, then shrink.
            _bytes.AsSpan((int)hi, oldSize - (int)hi).CopyTo(_bytes.AsSpan((int)(lo + src.Length)));
            src.CopyTo(_bytes.AsSpan((int)lo));
            return Resize(oldSize + growth);
        }
        var copy = src.ToArray(); // src may be a view of self
        if (Resize(oldSize + growth) < 0) return -1;
        _bytes.AsSpan((int)hi, oldSize - (int)hi).CopyTo(_bytes.AsSpan((int)(hi + growth)));
        copy.CopyTo(_bytes.AsSpan((int)lo));
        return 0;
    }
}
