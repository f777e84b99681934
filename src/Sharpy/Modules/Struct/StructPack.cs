using System;
using System.Buffers.Binary;
using System.Numerics;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Struct;

/// <summary>Packing and unpacking one value of a struct code (_struct.c's np_*/lp_*/bp_* functions).</summary>
internal static class StructPack
{
    static bool Fail(string message)
    {
        Errors.SetString(StructState.Get().Error, message);
        return false;
    }

    /// <summary>get_pylong: an int, or __index__ of another object; struct.error otherwise.</summary>
    static bool GetInteger(PyObject v, out BigInteger value)
    {
        value = default;
        if (v is PyLong l) { value = l.ToBigInteger(); return true; }
        if (v.ob_type.nb_index == null) return Fail("required argument is not an integer");
        var idx = Abstract.Index(v);
        if (idx == null) return false;
        value = idx.ToBigInteger();
        Py.DECREF(idx);
        return true;
    }

    static bool GetDouble(PyObject v, out double d)
    {
        d = PyFloat.AsDouble(v);
        if (d == -1.0 && Errors.Occurred())
        {
            Errors.Clear();
            return Fail("required argument is not a float");
        }
        return true;
    }

    /// <summary>PyFloat_Pack4: a finite double too large for a float is an OverflowError.</summary>
    static bool PackFloat(double d, Span<byte> dst, bool little)
    {
        float x = (float)d;
        if (float.IsInfinity(x) && double.IsFinite(d))
        {
            Errors.SetString(PyExc.OverflowError, "float too large to pack with f format");
            return false;
        }
        if (little) BinaryPrimitives.WriteSingleLittleEndian(dst, x);
        else BinaryPrimitives.WriteSingleBigEndian(dst, x);
        return true;
    }

    static bool PackDouble(double d, Span<byte> dst, bool little)
    {
        if (little) BinaryPrimitives.WriteDoubleLittleEndian(dst, d);
        else BinaryPrimitives.WriteDoubleBigEndian(dst, d);
        return true;
    }

    static double UnpackFloat(ReadOnlySpan<byte> src, bool little) => little ? BinaryPrimitives.ReadSingleLittleEndian(src) : BinaryPrimitives.ReadSingleBigEndian(src);

    static double UnpackDouble(ReadOnlySpan<byte> src, bool little) => little ? BinaryPrimitives.ReadDoubleLittleEndian(src) : BinaryPrimitives.ReadDoubleBigEndian(src);

    static bool Signed(char c) => c is 'b' or 'h' or 'i' or 'l' or 'q' or 'n';

    public static bool PackOne(StructCode code, PyObject v, Span<byte> dst, bool little)
    {
        switch (code.Format)
        {
            case '?':
            {
                int t = Abstract.IsTrue(v);
                if (t < 0) return false;
                dst[0] = (byte)t;
                return true;
            }
            case 'c':
            {
                if (v is PyBytes b && b.Value.Length == 1) { dst[0] = b.Value[0]; return true; }
                if (v is PyByteArray ba && ba.Count == 1) { dst[0] = ba.AsSpan()[0]; return true; }
                return Fail("char format requires a bytes object of length 1");
            }
            case 's':
            case 'p':
            {
                ReadOnlySpan<byte> src;
                if (v is PyBytes b) src = b.Value;
                else if (v is PyByteArray ba) src = ba.AsSpan();
                else return Fail($"argument for '{code.Format}' must be a bytes object");
                int n = (int)code.Size;
                if (code.Format == 's')
                {
                    src[..Math.Min(n, src.Length)].CopyTo(dst);
                    return true;
                }
                if (n == 0) return true;
                int take = Math.Min(n - 1, src.Length);
                src[..take].CopyTo(dst.Slice(1));
                dst[0] = (byte)Math.Min(take, 255);
                return true;
            }
            case 'e':
            {
                if (!GetDouble(v, out double d)) return false;
                var h = (Half)d;
                if (Half.IsInfinity(h) && double.IsFinite(d))
                {
                    Errors.SetString(PyExc.OverflowError, "float too large to pack with e format");
                    return false;
                }
                ushort bits = BitConverter.HalfToUInt16Bits(h);
                if (double.IsNaN(d)) bits = (ushort)((double.IsNegative(d) ? 0x8000 : 0) | 0x7e00);
                if (little) BinaryPrimitives.WriteUInt16LittleEndian(dst, bits);
                else BinaryPrimitives.WriteUInt16BigEndian(dst, bits);
                return true;
            }
            case 'f':
                return GetDouble(v, out double fv) && PackFloat(fv, dst, little);
            case 'd':
                return GetDouble(v, out double dv) && PackDouble(dv, dst, little);
            case 'F':
            case 'D':
            {
                // 3.14's C complex formats: the real part, then the imaginary part.
                if (!PyComplex.AsCComplex(v, out double re, out double im))
                {
                    Errors.Clear();
                    return Fail("required argument is not a complex");
                }
                if (code.Format == 'F') return PackFloat(re, dst, little) && PackFloat(im, dst.Slice(4), little);
                return PackDouble(re, dst, little) && PackDouble(im, dst.Slice(8), little);
            }
        }
        // Integers. An exact int that fits a long is checked against the code's range without
        // BigInteger (the common case; the message for a value out of range is the same).
        int size = (int)code.Size;
        if (v is PyLong small && !small.IsBig && code.Format != 'P')
        {
            long x = small.Value;
            bool fits;
            if (Signed(code.Format)) fits = size == 8 || (x >= -(1L << (size * 8 - 1)) && x < (1L << (size * 8 - 1)));
            else fits = x >= 0 && (size == 8 || x < (1L << (size * 8)));
            if (fits)
            {
                WriteInteger(unchecked((ulong)x), size, dst, little);
                return true;
            }
        }
        if (!GetInteger(v, out var value)) return false;
        BigInteger min, max;
        if (code.Format == 'P')
        {
            // PyLong_AsVoidPtr: any value that fits a signed or an unsigned pointer. Its
            // OverflowError becomes struct.error, as s_pack_internal turns it for any int.
            min = -(BigInteger.One << 63);
            max = (BigInteger.One << 64) - 1;
            if (value < min || value > max)
                return Fail("int too large to convert");
        }
        else
        {
            if (Signed(code.Format)) { min = -(BigInteger.One << (size * 8 - 1)); max = (BigInteger.One << (size * 8 - 1)) - 1; }
            else { min = 0; max = (BigInteger.One << (size * 8)) - 1; }
            if (value < min || value > max)
                return Fail($"'{code.Format}' format requires {min} <= number <= {max}");
        }
        WriteInteger(value.Sign < 0 ? unchecked((ulong)(long)value) : (ulong)value, size, dst, little);
        return true;
    }

    /// <summary>The low <paramref name="size"/> bytes of <paramref name="u"/> in the format's byte order.</summary>
    static void WriteInteger(ulong u, int size, Span<byte> dst, bool little)
    {
        switch (size)
        {
            case 1: dst[0] = (byte)u; return;
            case 2:
                if (little) BinaryPrimitives.WriteUInt16LittleEndian(dst, (ushort)u);
                else BinaryPrimitives.WriteUInt16BigEndian(dst, (ushort)u);
                return;
            case 4:
                if (little) BinaryPrimitives.WriteUInt32LittleEndian(dst, (uint)u);
                else BinaryPrimitives.WriteUInt32BigEndian(dst, (uint)u);
                return;
            case 8:
                if (little) BinaryPrimitives.WriteUInt64LittleEndian(dst, u);
                else BinaryPrimitives.WriteUInt64BigEndian(dst, u);
                return;
        }
        for (int k = 0; k < size; k++)
        {
            byte by = (byte)(u >> (8 * k));
            if (little) dst[k] = by;
            else dst[size - 1 - k] = by;
        }
    }

    public static PyObject UnpackOne(StructCode code, ReadOnlySpan<byte> src, bool little)
    {
        switch (code.Format)
        {
            case '?': return PyBool.From(src[0] != 0);
            case 'c': return PyBytes.FromByte(src[0]);
            case 's': return PyBytes.FromSpan(src[..(int)code.Size]);
            case 'p':
            {
                if (code.Size == 0) return PyBytes.FromSpan([]);
                int n = (int)Math.Min(src[0], code.Size - 1);
                return PyBytes.FromSpan(src.Slice(1, n));
            }
            case 'e':
            {
                ushort bits = little ? BinaryPrimitives.ReadUInt16LittleEndian(src) : BinaryPrimitives.ReadUInt16BigEndian(src);
                return PyFloat.FromDouble((double)BitConverter.UInt16BitsToHalf(bits));
            }
            case 'f': return PyFloat.FromDouble(UnpackFloat(src, little));
            case 'd': return PyFloat.FromDouble(UnpackDouble(src, little));
            case 'F': return PyComplex.FromDoubles(UnpackFloat(src, little), UnpackFloat(src.Slice(4), little));
            case 'D': return PyComplex.FromDoubles(UnpackDouble(src, little), UnpackDouble(src.Slice(8), little));
        }
        int size = (int)code.Size;
        ulong u;
        switch (size)
        {
            case 1: u = src[0]; break;
            case 2: u = little ? BinaryPrimitives.ReadUInt16LittleEndian(src) : BinaryPrimitives.ReadUInt16BigEndian(src); break;
            case 4: u = little ? BinaryPrimitives.ReadUInt32LittleEndian(src) : BinaryPrimitives.ReadUInt32BigEndian(src); break;
            case 8: u = little ? BinaryPrimitives.ReadUInt64LittleEndian(src) : BinaryPrimitives.ReadUInt64BigEndian(src); break;
            default:
                u = 0;
                for (int k = 0; k < size; k++)
                {
                    byte by = little ? src[k] : src[size - 1 - k];
                    u |= (ulong)by << (8 * k);
                }
                break;
        }
        if (Signed(code.Format))
        {
            int shift = 64 - size * 8;
            return PyLong.FromLong((long)(u << shift) >> shift);
        }
        return u <= long.MaxValue ? PyLong.FromLong((long)u) : PyLong.FromBigInteger(u);
    }
}
