using System;
using System.Numerics;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// int's methods and attributes (longobject.c's long_methods and long_getset).
public partial class PyLong
{
    [PyMethod("bit_length", Doc = "Return the number of bits needed to write abs(self) in binary, without\nsign or leading zeros.\n\n>>> bin(37)\n'0b100101'\n>>> (37).bit_length()\n6")]
    public static PyObject? BitLength(PyLong self) => FromLong(self.BitLengthOfAbs());

    internal long BitLengthOfAbs()
    {
        if (!IsBig)
        {
            ulong u = Value < 0 ? (ulong)(-(Value + 1)) + 1 : (ulong)Value;
            return 64 - BitOperations.LeadingZeroCount(u);
        }
        return (long)BigInteger.Abs(_big).GetBitLength();
    }

    [PyMethod("bit_count", Doc = "Return the number of ones in the binary form of abs(self) (its population\ncount).\n\n>>> bin(13)\n'0b1101'\n>>> (13).bit_count()\n3")]
    public static PyObject? BitCount(PyLong self)
    {
        if (!self.IsBig)
        {
            ulong u = self.Value < 0 ? (ulong)(-(self.Value + 1)) + 1 : (ulong)self.Value;
            return FromLong(BitOperations.PopCount(u));
        }
        long count = 0;
        foreach (var b in BigInteger.Abs(self._big).ToByteArray(isUnsigned: true)) count += BitOperations.PopCount(b);
        return FromLong(count);
    }

    [PyMethod("conjugate")]
    public static PyObject? Conjugate(PyLong self) => ExactCopy(self);

    [PyMethod("as_integer_ratio", Doc = "Return the pair (self, 1): an int is its own numerator, over 1.\n\n>>> (7).as_integer_ratio()\n(7, 1)\n>>> (-8).as_integer_ratio()\n(-8, 1)")]
    public static PyObject? AsIntegerRatio(PyLong self) => PyTuple.FromStolen([ExactCopy(self), FromLong(1)]);

    [PyMethod("is_integer")]
    public static PyObject? IsInteger(PyLong self) => Py.NewBool(true);

    [PyMethod("__trunc__")]
    public static PyObject? Trunc(PyLong self) => ExactCopy(self);

    [PyMethod("__floor__")]
    public static PyObject? Floor(PyLong self) => ExactCopy(self);

    [PyMethod("__ceil__")]
    public static PyObject? Ceil(PyLong self) => ExactCopy(self);

    [PyMethod("__getnewargs__")]
    public static PyObject? GetNewArgs(PyLong self) => PyTuple.FromStolen([ExactCopy(self)]);

    /// <summary>64-bit CPython's size: a 24-byte header and 30-bit digits (at least one).</summary>
    [PyMethod("__sizeof__")]
    public static PyObject? SizeOf(PyLong self)
    {
        // At least one digit is allocated, even for zero.
        long ndigits = Math.Max(1, DigitCount(self));
        return FromLong(TypeSizes.BasicSize(self.ob_type) + TypeSizes.ItemSize(self.ob_type) * ndigits);
    }

    /// <summary>_PyLong_DigitCount: the 30-bit digits of the absolute value (0 for zero).</summary>
    internal static long DigitCount(PyLong n) => (n.BitLengthOfAbs() + 29) / 30;

    [PyMethod("__round__")]
    public static PyObject? Round(PyLong self, PyObject? ndigits = null)
    {
        if (ndigits == null || ndigits == Py.None) return ExactCopy(self);
        var nd = Abstract.Index(ndigits);
        if (nd == null) return null;
        var n = nd.ToBigInteger();
        Py.DECREF(nd);
        if (n.Sign >= 0) return ExactCopy(self);
        var v = self.ToBigInteger();
        var places = -n;
        // More places than digits: the result is zero.
        if (places > (long)BigInteger.Abs(v).GetBitLength() / 3 + 2) return FromLong(0);
        var pow10 = BigInteger.Pow(10, (int)places);
        var q = FloorDivMod(v, pow10, out var r);
        var twice = r * 2;
        int c = twice.CompareTo(pow10);
        bool up = c > 0 || (c == 0 && !q.IsEven);
        var result = v - r;
        if (up) result += pow10;
        return FromBigInteger(result);
    }

    static bool ParseByteOrder(PyObject? byteorder, out bool little)
    {
        little = false;
        if (byteorder == null) return true;
        if (byteorder is not PyUnicode s)
        {
            Errors.SetString(PyExc.TypeError,
                $"to_bytes() argument 'byteorder' must be str, not {byteorder.ob_type.tp_name}");
            return false;
        }
        if (s.Value == "little") little = true;
        else if (s.Value != "big")
        {
            Errors.SetString(PyExc.ValueError, "byteorder must be either 'little' or 'big'");
            return false;
        }
        return true;
    }

    [PyMethod("to_bytes", TextSignature = "($self, /, length=1, byteorder='big', *, signed=False)")]
    public static PyObject? ToBytes(PyLong self, [Keyword] PyObject? length = null, [Keyword] PyObject? byteorder = null,
        [KeywordOnly] PyObject? signed = null)
    {
        long len = 1;
        if (length != null)
        {
            len = Abstract.AsSsize(length, PyExc.OverflowError);
            if (len == -1 && Errors.Occurred()) return null;
            if (len < 0) return Errors.SetString(PyExc.ValueError, "length argument must be non-negative");
        }
        if (!ParseByteOrder(byteorder, out bool little)) return null;
        bool isSigned = false;
        if (signed != null)
        {
            int t = Abstract.IsTrue(signed);
            if (t < 0) return null;
            isSigned = t == 1;
        }
        var v = self.ToBigInteger();
        if (!isSigned && v.Sign < 0) return Errors.SetString(PyExc.OverflowError, "can't convert negative int to unsigned");
        // Bytes needed: unsigned magnitude, or two's complement with a sign bit.
        long needed;
        if (isSigned)
        {
            long bits = v.Sign < 0 ? (long)(-(v + 1)).GetBitLength() : (long)v.GetBitLength();
            needed = v.IsZero ? 0 : (bits + 8) / 8;
            if (v == BigInteger.MinusOne) needed = 1;
        }
        else needed = ((long)v.GetBitLength() + 7) / 8;
        if (needed > len) return Errors.SetString(PyExc.OverflowError, "int too big to convert");
        if (len > int.MaxValue) return Errors.NoMemory();
        var result = new byte[len];
        if (len > 0)
        {
            byte[] raw = v.ToByteArray(isUnsigned: !isSigned, isBigEndian: false);
            byte fill = v.Sign < 0 ? (byte)0xFF : (byte)0;
            for (long i = 0; i < len; i++)
            {
                byte b = i < raw.Length ? raw[i] : fill;
                result[little ? i : len - 1 - i] = b;
            }
        }
        return PyBytes.FromBytes(result);
    }

    [PyMethod("from_bytes", Class = true, TextSignature = "($type, /, bytes, byteorder='big', *, signed=False)")]
    public static PyObject? FromBytes(PyType cls, [Keyword] PyObject bytes, [Keyword] PyObject? byteorder = null,
        [KeywordOnly] PyObject? signed = null)
    {
        if (!ParseByteOrder(byteorder, out bool little)) return null;
        bool isSigned = false;
        if (signed != null)
        {
            int t = Abstract.IsTrue(signed);
            if (t < 0) return null;
            isSigned = t == 1;
        }
        byte[]? data = BytesOf(bytes);
        if (data == null) return null;
        var span = (byte[])data.Clone();
        if (!little) Array.Reverse(span);
        var v = new BigInteger(span, isUnsigned: !isSigned, isBigEndian: false);
        if (span.Length == 0) v = BigInteger.Zero;
        PyObject r = FromBigInteger(v);
        if (cls == Type) return r;
        var res = Calls.CallOneArg(cls, r);
        Py.DECREF(r);
        return res;
    }

    /// <summary>PyBytes_FromObject's data: bytes, or an iterable of ints in range(256).</summary>
    static byte[]? BytesOf(PyObject o)
    {
        if (o is PyBytes b) return b.Value;
        // PyObject_Bytes: __bytes__ first.
        var bytesMeth = Calls.LookupSpecial(o, PyUnicode.Intern("__bytes__"));
        if (bytesMeth != null)
        {
            var r = Calls.CallNoArgs(bytesMeth);
            Py.DECREF(bytesMeth);
            if (r == null) return null;
            if (r is not PyBytes rb)
            {
                Errors.SetString(PyExc.TypeError, $"__bytes__ returned non-bytes (type {r.ob_type.tp_name})");
                Py.DECREF(r);
                return null;
            }
            var data = rb.Value;
            Py.DECREF(rb);
            return data;
        }
        if (Errors.Occurred()) return null;
        if (o is PyUnicode || o is PyLong)
        {
            Errors.SetString(PyExc.TypeError, $"cannot convert '{o.ob_type.tp_name}' object to bytes");
            return null;
        }
        var it = Abstract.GetIter(o);
        if (it == null)
        {
            if (Errors.ExceptionMatches(PyExc.TypeError))
            {
                Errors.Clear();
                Errors.SetString(PyExc.TypeError, $"cannot convert '{o.ob_type.tp_name}' object to bytes");
            }
            return null;
        }
        var list = new System.Collections.Generic.List<byte>();
        try
        {
            while (true)
            {
                var x = Abstract.IterNext(it);
                if (x == null)
                {
                    if (Errors.Occurred()) return null;
                    break;
                }
                long v = Abstract.AsSsize(x, null);
                Py.DECREF(x);
                if (v == -1 && Errors.Occurred()) return null;
                if (v < 0 || v > 255)
                {
                    Errors.SetString(PyExc.ValueError, "bytes must be in range(0, 256)");
                    return null;
                }
                list.Add((byte)v);
            }
        }
        finally
        {
            Py.DECREF(it);
        }
        return list.ToArray();
    }

    [PyGetter("real")]
    public static PyObject? GetReal(PyLong self) => ExactCopy(self);

    [PyGetter("imag")]
    public static PyObject? GetImag(PyLong self) => FromLong(0);

    [PyGetter("numerator")]
    public static PyObject? GetNumerator(PyLong self) => ExactCopy(self);

    [PyGetter("denominator")]
    public static PyObject? GetDenominator(PyLong self) => FromLong(1);
}
