using System;
using System.Buffers.Binary;
using System.Numerics;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// The item formats memoryview reads and writes itself (Objects/memoryobject.c: native
/// single-character struct formats, with the sizes of 64-bit Linux: 'l', 'L', 'n', 'N', 'P'
/// are 8 bytes), and their conversion to and from Python objects (unpack_single, pack_single).
/// </summary>
internal static class MemoryFormat
{
    /// <summary>get_native_fmtchar: the item size of a native single-character format (optional '@'), or -1.</summary>
    public static int NativeSize(string? fmt, out char code)
    {
        code = '\0';
        if (fmt == null) { code = 'B'; return 1; }
        int at = fmt.Length > 0 && fmt[0] == '@' ? 1 : 0;
        if (fmt.Length != at + 1) return -1;
        code = fmt[at];
        return code switch
        {
            'c' or 'b' or 'B' or '?' => 1,
            'h' or 'H' or 'e' => 2,
            'i' or 'I' or 'f' => 4,
            'l' or 'L' or 'q' or 'Q' or 'n' or 'N' or 'd' or 'P' => 8,
            _ => -1,
        };
    }

    public static bool IsByteFormat(char c) => c == 'b' || c == 'B' || c == 'c';

    /// <summary>IS_BYTE_FORMAT on a format string.</summary>
    public static bool IsByteFormat(string? f) => f == null || f == "b" || f == "B" || f == "c";

    /// <summary>unpack_single: the item at <paramref name="p"/> as a Python object.</summary>
    public static PyObject Unpack(ReadOnlySpan<byte> p, char code) => code switch
    {
        'B' => PyLong.FromLong(p[0]),
        'b' => PyLong.FromLong((sbyte)p[0]),
        'c' => PyBytes.FromByte(p[0]),
        '?' => Py.NewBool(p[0] != 0),
        'h' => PyLong.FromLong(BinaryPrimitives.ReadInt16LittleEndian(p)),
        'H' => PyLong.FromLong(BinaryPrimitives.ReadUInt16LittleEndian(p)),
        'i' => PyLong.FromLong(BinaryPrimitives.ReadInt32LittleEndian(p)),
        'I' => PyLong.FromLong(BinaryPrimitives.ReadUInt32LittleEndian(p)),
        'l' or 'q' or 'n' => PyLong.FromLong(BinaryPrimitives.ReadInt64LittleEndian(p)),
        'L' or 'Q' or 'N' or 'P' => FromULong(BinaryPrimitives.ReadUInt64LittleEndian(p)),
        'e' => PyFloat.FromDouble((double)BinaryPrimitives.ReadHalfLittleEndian(p)),
        'f' => PyFloat.FromDouble(BinaryPrimitives.ReadSingleLittleEndian(p)),
        _ => PyFloat.FromDouble(BinaryPrimitives.ReadDoubleLittleEndian(p)),
    };

    static PyLong FromULong(ulong v) => v <= long.MaxValue ? PyLong.FromLong((long)v) : PyLong.FromBigInteger(new BigInteger(v));

    /// <summary>pack_single: store <paramref name="item"/> at <paramref name="p"/>; 0, or -1 with CPython's "memoryview: invalid type/value for format" errors.</summary>
    public static int Pack(Span<byte> p, char code, PyObject item)
    {
        string fmt = code.ToString();
        switch (code)
        {
            case 'c':
                if (item is not PyBytes b) return TypeError(fmt);
                if (b.Length != 1) return ValueError(fmt);
                p[0] = b.Value[0];
                return 0;
            case '?':
            {
                int t = Abstract.IsTrue(item);
                if (t < 0) return -1;
                p[0] = (byte)t;
                return 0;
            }
            case 'e' or 'f' or 'd':
            {
                double d = PyFloat.AsDouble(item);
                if (d == -1 && Errors.Occurred()) return FixError(fmt);
                if (code == 'd') BinaryPrimitives.WriteDoubleLittleEndian(p, d);
                else if (code == 'f') BinaryPrimitives.WriteSingleLittleEndian(p, (float)d); // a C cast: no range check

                else
                {
                    var h = (Half)d;
                    if (Half.IsInfinity(h) && !double.IsInfinity(d)) return ValueError(fmt);
                    BinaryPrimitives.WriteHalfLittleEndian(p, h);
                }
                return 0;
            }
        }
        var index = Abstract.Index(item);
        if (index == null) return FixError(fmt);
        var v = index.ToBigInteger();
        Py.DECREF(index);
        bool signed = code is 'b' or 'h' or 'i' or 'l' or 'q' or 'n';
        int size = NativeSize(fmt, out _);
        BigInteger min = signed ? -(BigInteger.One << (size * 8 - 1)) : BigInteger.Zero;
        BigInteger max = signed ? (BigInteger.One << (size * 8 - 1)) - 1 : (BigInteger.One << (size * 8)) - 1;
        // CPython converts with PyLong_AsLong / AsUnsignedLong first: their range is the 64-bit one.
        if (v < min || v > max) return ValueError(fmt);
        ulong bits = (ulong)(v & ulong.MaxValue);
        for (int i = 0; i < size; i++) p[i] = (byte)(bits >> (8 * i));
        return 0;
    }

    static int TypeError(string fmt)
    {
        Errors.SetString(PyExc.TypeError, $"memoryview: invalid type for format '{fmt}'");
        return -1;
    }

    static int ValueError(string fmt)
    {
        Errors.SetString(PyExc.ValueError, $"memoryview: invalid value for format '{fmt}'");
        return -1;
    }

    /// <summary>fix_error_int: a conversion's TypeError/ValueError becomes "invalid type", its OverflowError "invalid value".</summary>
    static int FixError(string fmt)
    {
        if (Errors.ExceptionMatches(PyExc.TypeError) || Errors.ExceptionMatches(PyExc.ValueError))
        {
            Errors.Clear();
            return TypeError(fmt);
        }
        if (Errors.ExceptionMatches(PyExc.OverflowError))
        {
            Errors.Clear();
            return ValueError(fmt);
        }
        return -1;
    }
}

/// <summary>
/// `managedbuffer` (_PyManagedBufferObject): the one view taken from an exporter, shared by
/// every memoryview made from it (directly, by slicing, cast or toreadonly). The exporter's
/// view is released when the last of those memoryviews is.
/// </summary>
[PyType("managedbuffer")]
public sealed partial class PyManagedBuffer : PyObject
{
    public readonly PyBuffer Master = new();
    /// <summary>Memoryviews registered on this buffer.</summary>
    public int Exports;
    public bool Released;

    PyManagedBuffer() : base(Type) { }

    /// <summary>_PyManagedBuffer_FromObject: the exporter's view for <paramref name="flags"/>, or null with an exception set.</summary>
    public static PyManagedBuffer? FromObject(PyObject o, int flags)
    {
        var mbuf = new PyManagedBuffer();
        if (PyBuffer.GetInto(o, mbuf.Master, flags) < 0)
        {
            mbuf.Released = true;
            Py.DECREF(mbuf);
            return null;
        }
        return mbuf;
    }

    /// <summary>A managed buffer over the view a bf_getbuffer gives, or null with an exception set.</summary>
    public static PyManagedBuffer? FromProc(PyObject o, int flags, GetBufferProc proc)
    {
        var mbuf = new PyManagedBuffer();
        if (proc(o, mbuf.Master, flags) < 0)
        {
            mbuf.Released = true;
            Py.DECREF(mbuf);
            return null;
        }
        return mbuf;
    }

    /// <summary>mbuf_release: give the view back to the exporter (once).</summary>
    public void Release()
    {
        if (Released) return;
        Released = true;
        Master.Release();
    }

    protected internal override void ReleaseReferences() => Release();

    protected internal override void Traverse(Visitor visit)
    {
        if (!Released && Master.obj != null) visit(Master.obj);
    }

    protected internal override void Clear() => Release();
}
