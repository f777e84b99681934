using System;
using System.Numerics;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// float comparison and hash (float_richcompare, _Py_HashDouble). A float and an int compare
// by their exact values, never by rounding the int to a float.
public partial class PyFloat
{
    /// <summary>
    /// Compare finite d with the int w exactly: -1, 0 or 1.
    /// </summary>
    internal static int CompareWithInt(double d, PyLong w)
    {
        if (w.TryGetLong(out long l))
        {
            if (l >= -(1L << 53) && l <= (1L << 53)) return d.CompareTo((double)l);
            if (d >= 9.2233720368547758E18) return 1;
            if (d < -9.2233720368547758E18) return -1;
            double fl = Math.Floor(d);
            long lf = (long)fl;
            if (lf != l) return lf < l ? -1 : 1;
            return d == fl ? 0 : 1;
        }
        var bw = w.ToBigInteger();
        if (Math.Abs(d) < 9.2233720368547758E18) return bw.Sign > 0 ? -1 : 1;
        double f = Math.Floor(d);
        int c = new BigInteger(f).CompareTo(bw);
        if (c != 0) return c;
        return d == f ? 0 : 1;
    }

    [PySlot("tp_richcompare")]
    public static PyObject? RichCompare(PyObject a, PyObject b, CompareOp op)
    {
        if (a is not PyFloat fa) return Py.NotImplemented;
        double i = fa.Value, j;
        if (b is PyFloat fb) j = fb.Value;
        else if (b is PyLong lb)
        {
            if (!double.IsFinite(i)) j = 0.0; // inf and nan compare with every int as with 0
            else return Py.NewBool(PyLong.CompareResult(CompareWithInt(i, lb), op));
        }
        else return Py.NotImplemented;
        return Py.NewBool(CompareValues(i, j, op));
    }

    /// <summary>float_richcompare's comparison of two doubles (IEEE: NaN is unordered); the eval loop's fast path uses it too.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool CompareValues(double i, double j, CompareOp op) => op switch
    {
        CompareOp.Lt => i < j,
        CompareOp.Le => i <= j,
        CompareOp.Eq => i == j,
        CompareOp.Ne => i != j,
        CompareOp.Gt => i > j,
        _ => i >= j,
    };

    /// <summary>
    /// _Py_HashDouble: the value reduced modulo 2**61 - 1, so equal ints and floats hash
    /// alike; infinities hash to +-314159 and a NaN hashes by identity.
    /// </summary>
    public static long HashDouble(PyObject? inst, double v)
    {
        if (!double.IsFinite(v))
        {
            if (double.IsInfinity(v)) return v > 0 ? PyLongHash.Inf : -PyLongHash.Inf;
            return inst == null ? 0 : Interpreter.HashPointer(inst);
        }
        if (v == 0) return 0;
        long bits = BitConverter.DoubleToInt64Bits(v);
        int bexp = (int)((bits >> 52) & 0x7FF);
        long mant = bits & 0xFFFFFFFFFFFFFL;
        if (bexp == 0) bexp = 1;
        else mant |= 1L << 52;
        int e = bexp - 1075;
        // 2**61 == 1 (mod 2**61 - 1): multiplying by 2**e rotates the 61-bit value by e mod 61.
        int r = ((e % PyLongHash.Bits) + PyLongHash.Bits) % PyLongHash.Bits;
        ulong x = (ulong)mant;
        x = ((x << r) & (ulong)PyLongHash.Modulus) | (x >> (PyLongHash.Bits - r));
        long h = (long)x;
        if (v < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    [PySlot("tp_hash")]
    public static long Hash(PyObject a) => HashDouble(a, ((PyFloat)a).Value);
}
