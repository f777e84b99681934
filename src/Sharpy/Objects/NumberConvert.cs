using System;
using System.Numerics;

namespace Sharpy.Objects;

/// <summary>
/// Correctly rounded conversions between big integers and doubles (longobject.c's
/// _PyLong_Frexp / PyLong_AsDouble and long_true_divide): round-half-even, subnormals
/// rounded once, never twice.
/// </summary>
public static class NumberConvert
{
    const int MantDig = 53;
    const int MinExp = -1021;   // DBL_MIN_EXP
    const int MaxExp = 1024;    // DBL_MAX_EXP
    const int MinSubExp = -1074;

    /// <summary>
    /// The double nearest to (m + a positive amount below one unit if <paramref name="sticky"/>) * 2**exp2,
    /// for m >= 0. False when the result overflows.
    /// </summary>
    public static bool Round(BigInteger m, long exp2, bool sticky, out double d)
    {
        d = 0;
        if (m.IsZero) return true;
        long nb = (long)m.GetBitLength();
        long lsb = Math.Max(exp2 + nb - MantDig, MinSubExp);
        long drop = lsb - exp2;
        BigInteger kept;
        if (drop <= 0)
        {
            kept = m;
            lsb = exp2;
        }
        else
        {
            kept = m >> (int)Math.Min(drop, int.MaxValue);
            if (drop <= nb)
            {
                bool half = !(m >> (int)(drop - 1)).IsEven;
                bool rest = sticky || !(m & ((BigInteger.One << (int)(drop - 1)) - 1)).IsZero;
                if (half && (rest || !kept.IsEven)) kept += 1;
            }
        }
        if (lsb + (long)kept.GetBitLength() > MaxExp) return false;
        d = Math.ScaleB((double)(ulong)kept, (int)lsb);
        return !double.IsInfinity(d);
    }

    /// <summary>PyLong_AsDouble for a BigInteger; false on overflow.</summary>
    public static bool ToDouble(BigInteger v, out double d)
    {
        bool neg = v.Sign < 0;
        if (!Round(BigInteger.Abs(v), 0, false, out d)) return false;
        if (neg) d = -d;
        return true;
    }

    /// <summary>a / b correctly rounded (b != 0); false when the quotient is too large for a float.</summary>
    public static bool TrueDivide(BigInteger a, BigInteger b, out double d)
    {
        bool neg = (a.Sign < 0) != (b.Sign < 0);
        d = neg ? -0.0 : 0.0;
        if (a.IsZero) return true;
        a = BigInteger.Abs(a);
        b = BigInteger.Abs(b);
        long diff = (long)a.GetBitLength() - (long)b.GetBitLength();
        // a/b lies in [2**(diff-1), 2**(diff+1)).
        if (diff > MaxExp + 1) return false;
        if (diff < MinSubExp - 2)
        {
            return true; // underflows to zero
        }
        // Scale so the quotient has at least MantDig + 2 bits.
        long shift = Math.Max(diff, MinExp) - MantDig - 3;
        BigInteger num = a, den = b;
        if (shift > 0) den <<= (int)shift;
        else num <<= (int)-shift;
        var q = BigInteger.DivRem(num, den, out var r);
        if (!Round(q, shift, !r.IsZero, out double x)) return false;
        d = neg ? -x : x;
        return true;
    }
}
