using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>
/// struct arraydescr (Modules/arraymodule.c): one array typecode, with the C type's size on
/// 64-bit Linux (long is 8 bytes, wchar_t 4) and the conversions between Python objects and
/// the item's bytes, with the messages of the getargs/PyLong_As* calls CPython makes.
/// </summary>
internal sealed class ArrayDescr
{
    public readonly char Typecode;
    public readonly int ItemSize;
    public readonly bool IsIntegerType;
    public readonly bool IsSigned;
    /// <summary>The buffer's struct format ('u' exports as 'w': wchar_t is UCS-4 here).</summary>
    public readonly string Format;

    ArrayDescr(char typecode, int itemSize, bool isInteger, bool isSigned, string format)
    {
        Typecode = typecode;
        ItemSize = itemSize;
        IsIntegerType = isInteger;
        IsSigned = isSigned;
        Format = format;
    }

    /// <summary>descriptors[], in CPython's order (array.typecodes).</summary>
    public static readonly ArrayDescr[] All =
    [
        new('b', 1, true, true, "b"),
        new('B', 1, true, false, "B"),
        new('u', 4, false, false, "w"),
        new('w', 4, false, false, "w"),
        new('h', 2, true, true, "h"),
        new('H', 2, true, false, "H"),
        new('i', 4, true, true, "i"),
        new('I', 4, true, false, "I"),
        new('l', 8, true, true, "l"),
        new('L', 8, true, false, "L"),
        new('q', 8, true, true, "q"),
        new('Q', 8, true, false, "Q"),
        new('f', 4, false, false, "f"),
        new('d', 8, false, false, "d"),
    ];

    public static ArrayDescr? Find(int typecode)
    {
        foreach (var d in All)
            if (d.Typecode == typecode) return d;
        return null;
    }

    public bool IsUnicode => Typecode is 'u' or 'w';

    /// <summary>Item <paramref name="i"/> of type T (bounds-checked).</summary>
    static T Read<T>(byte[] items, int i) where T : unmanaged
        => MemoryMarshal.Read<T>(items.AsSpan(i * Unsafe.SizeOf<T>()));

    /// <summary>The *_getitem functions: item <paramref name="i"/> as a new Python object.</summary>
    public PyObject? GetItem(byte[] items, int i)
    {
        switch (Typecode)
        {
            case 'd': return PyFloat.FromDouble(Read<double>(items, i));
            case 'f': return PyFloat.FromDouble(Read<float>(items, i));
            case 'b': return PyLong.FromLong(Read<sbyte>(items, i));
            case 'B': return PyLong.FromLong(items[i]);
            case 'h': return PyLong.FromLong(Read<short>(items, i));
            case 'H': return PyLong.FromLong(Read<ushort>(items, i));
            case 'i': return PyLong.FromLong(Read<int>(items, i));
            case 'I': return PyLong.FromLong(Read<uint>(items, i));
            case 'l': case 'q': return PyLong.FromLong(Read<long>(items, i));
            case 'L': case 'Q': return FromULong(Read<ulong>(items, i));
            default: return FromOrdinal(Read<int>(items, i));
        }
    }

    internal static PyObject FromULong(ulong v) => v <= long.MaxValue ? PyLong.FromLong((long)v) : PyLong.FromBigInteger(new BigInteger(v));

    /// <summary>PyUnicode_FromOrdinal: ValueError outside range(0x110000).</summary>
    internal static PyObject? FromOrdinal(int cp)
    {
        if ((uint)cp > 0x10FFFF) return Errors.SetString(PyExc.ValueError, "chr() arg not in range(0x110000)");
        return PyUnicode.FromCodePoint(cp);
    }

    /// <summary>
    /// The *_setitem functions' conversion: <paramref name="v"/> as the item's bytes in
    /// <paramref name="dest"/> (at least 8 bytes). 0, or -1 with an exception set. The caller
    /// stores the bytes afterwards: the conversion runs Python code that may resize the array.
    /// </summary>
    public int Pack(PyObject v, Span<byte> dest)
    {
        switch (Typecode)
        {
            case 'd':
            case 'f':
            {
                double x;
                if (v is PyFloat pf) x = pf.Value;
                else
                {
                    x = PyFloat.AsDouble(v);
                    if (x == -1.0 && Errors.Occurred()) return -1;
                }
                if (Typecode == 'd') MemoryMarshal.Write(dest, x);
                else MemoryMarshal.Write(dest, (float)x);
                return 0;
            }
            case 'u':
            case 'w':
            {
                if (v is not PyUnicode s)
                {
                    Errors.SetString(PyExc.TypeError, $"array item must be a unicode character, not {v.ob_type.tp_name}");
                    return -1;
                }
                if (s.Length != 1)
                {
                    Errors.SetString(PyExc.TypeError, $"array item must be a unicode character, not a string of length {s.Length}");
                    return -1;
                }
                MemoryMarshal.Write(dest, s[0]);
                return 0;
            }
            case 'L':
            case 'Q':
            case 'I':
            {
                if (!AsUnsigned(v, Typecode == 'Q', out ulong u)) return -1;
                if (Typecode == 'I' && u > uint.MaxValue)
                {
                    Errors.SetString(PyExc.OverflowError, "unsigned int is greater than maximum");
                    return -1;
                }
                if (Typecode == 'I') MemoryMarshal.Write(dest, (uint)u);
                else MemoryMarshal.Write(dest, u);
                return 0;
            }
            default:
            {
                // getargs' 'b', 'h', 'i', 'l' and 'L' formats: PyLong_AsLong (or AsLongLong), then the format's range.
                if (!Abstract.AsLong(v, out long x, Typecode == 'q' ? "int too big to convert" : "Python int too large to convert to C long")) return -1;
                string? error = Typecode switch
                {
                    'b' => x < short.MinValue ? "signed short integer is less than minimum"
                        : x > short.MaxValue ? "signed short integer is greater than maximum"
                        : x < sbyte.MinValue ? "signed char is less than minimum"
                        : x > sbyte.MaxValue ? "signed char is greater than maximum" : null,
                    'B' => x < 0 ? "unsigned byte integer is less than minimum"
                        : x > byte.MaxValue ? "unsigned byte integer is greater than maximum" : null,
                    'h' => x < short.MinValue ? "signed short integer is less than minimum"
                        : x > short.MaxValue ? "signed short integer is greater than maximum" : null,
                    'H' => x < int.MinValue ? "signed integer is less than minimum"
                        : x > int.MaxValue ? "signed integer is greater than maximum"
                        : x < 0 ? "unsigned short is less than minimum"
                        : x > ushort.MaxValue ? "unsigned short is greater than maximum" : null,
                    'i' => x < int.MinValue ? "signed integer is less than minimum"
                        : x > int.MaxValue ? "signed integer is greater than maximum" : null,
                    _ => null,
                };
                if (error != null)
                {
                    Errors.SetString(PyExc.OverflowError, error);
                    return -1;
                }
                switch (Typecode)
                {
                    case 'b': dest[0] = (byte)(sbyte)x; break;
                    case 'B': dest[0] = (byte)x; break;
                    case 'h': MemoryMarshal.Write(dest, (short)x); break;
                    case 'H': MemoryMarshal.Write(dest, (ushort)x); break;
                    case 'i': MemoryMarshal.Write(dest, (int)x); break;
                    default: MemoryMarshal.Write(dest, x); break;
                }
                return 0;
            }
        }
    }

    /// <summary>PyLong_AsUnsignedLong (or PyLong_AsUnsignedLongLong) of _PyNumber_Index(v).</summary>
    static bool AsUnsigned(PyObject v, bool longLong, out ulong x)
    {
        x = ulong.MaxValue;
        var n = Abstract.Index(v);
        if (n == null) return false;
        var big = n.ToBigInteger();
        Py.DECREF(n);
        if (big.Sign < 0)
        {
            Errors.SetString(PyExc.OverflowError, longLong ? "can't convert negative int to unsigned" : "can't convert negative value to unsigned int");
            return false;
        }
        if (big > ulong.MaxValue)
        {
            Errors.SetString(PyExc.OverflowError, longLong ? "int too big to convert" : "Python int too large to convert to C unsigned long");
            return false;
        }
        x = (ulong)big;
        return true;
    }

    /// <summary>compareitems for the integer and character types: memcmp by value over <paramref name="n"/> items; null for floats (NaN).</summary>
    public int CompareItems(byte[] a, byte[] b, int n)
    {
        for (int i = 0; i < n; i++)
        {
            int c = Typecode switch
            {
                'b' => Read<sbyte>(a, i).CompareTo(Read<sbyte>(b, i)),
                'B' => a[i].CompareTo(b[i]),
                'h' => Read<short>(a, i).CompareTo(Read<short>(b, i)),
                'H' => Read<ushort>(a, i).CompareTo(Read<ushort>(b, i)),
                'i' or 'u' => Read<int>(a, i).CompareTo(Read<int>(b, i)),
                'I' or 'w' => Read<uint>(a, i).CompareTo(Read<uint>(b, i)),
                'l' or 'q' => Read<long>(a, i).CompareTo(Read<long>(b, i)),
                _ => Read<ulong>(a, i).CompareTo(Read<ulong>(b, i)),
            };
            if (c != 0) return c;
        }
        return 0;
    }

    public bool HasCompareItems => Typecode is not ('f' or 'd');

    /// <summary>typecode_to_mformat_code on little-endian 64-bit Linux.</summary>
    public int MachineFormat => Typecode switch
    {
        'b' => ArrayModule.SIGNED_INT8,
        'B' => ArrayModule.UNSIGNED_INT8,
        'u' or 'w' => ArrayModule.UTF32_LE,
        'f' => ArrayModule.IEEE_754_FLOAT_LE,
        'd' => ArrayModule.IEEE_754_DOUBLE_LE,
        _ => ItemSize switch
        {
            2 => ArrayModule.UNSIGNED_INT16_LE,
            4 => ArrayModule.UNSIGNED_INT32_LE,
            _ => ArrayModule.UNSIGNED_INT64_LE,
        } + (IsSigned ? 2 : 0),
    };
}
