using System.Numerics;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

// The integer functions: gcd, lcm, isqrt, factorial, comb, perm. Their results are exact, so
// BigInteger arithmetic gives CPython's values; the checks and messages are CPython's.
public static partial class MathModule
{
    [PyMethod("gcd", TextSignature = "($module, /, *integers)", Doc = "Greatest Common Divisor.")]
    static PyObject? Gcd([VarArgs] PyTuple args)
    {
        int n = args.Count;
        if (n == 0) return PyLong.FromLong(0);
        BigInteger res = BigInteger.Zero;
        for (int i = 0; i < n; i++)
        {
            var x = Abstract.Index(args.Items[i]);
            if (x == null) return null;
            if (!res.IsOne) res = BigInteger.GreatestCommonDivisor(res, x.ToBigInteger());
            Py.DECREF(x);
        }
        return PyLong.FromBigInteger(res);
    }

    [PyMethod("lcm", TextSignature = "($module, /, *integers)", Doc = "Least Common Multiple.")]
    static PyObject? Lcm([VarArgs] PyTuple args)
    {
        int n = args.Count;
        if (n == 0) return PyLong.FromLong(1);
        BigInteger res = BigInteger.One;
        bool first = true;
        for (int i = 0; i < n; i++)
        {
            var x = Abstract.Index(args.Items[i]);
            if (x == null) return null;
            var v = x.ToBigInteger();
            Py.DECREF(x);
            if (first) { res = BigInteger.Abs(v); first = false; continue; }
            if (res.IsZero) continue;
            if (v.IsZero) { res = BigInteger.Zero; continue; }
            res = BigInteger.Abs(res / BigInteger.GreatestCommonDivisor(res, v) * v);
        }
        return PyLong.FromBigInteger(res);
    }

    [PyMethod("isqrt", Doc = "Return the integer part of the square root of the input.")]
    static PyObject? Isqrt(PyObject n)
    {
        var idx = Abstract.Index(n);
        if (idx == null) return null;
        var v = idx.ToBigInteger();
        Py.DECREF(idx);
        if (v.Sign < 0) return Errors.SetString(PyExc.ValueError, "isqrt() argument must be nonnegative");
        return PyLong.FromBigInteger(IntegerSqrt(v));
    }

    /// <summary>The largest a with a*a &lt;= n (n >= 0): CPython's adaptive-precision Newton iteration.</summary>
    internal static BigInteger IntegerSqrt(BigInteger n)
    {
        if (n.IsZero) return n;
        long c = ((long)n.GetBitLength() - 1) / 2;
        BigInteger a = BigInteger.One;
        long d = 0;
        int cBits = 0;
        for (long t = c; t > 0; t >>= 1) cBits++;
        for (int s = cBits - 1; s >= 0; s--)
        {
            long e = d;
            d = c >> s;
            a = (a << (int)(d - e - 1)) + (n >> (int)(2 * c - e - d + 1)) / a;
        }
        return a * a > n ? a - 1 : a;
    }

    [PyMethod("factorial", Doc = "Find n!.")]
    static PyObject? Factorial(PyObject n)
    {
        var idx = Abstract.Index(n);
        if (idx == null) return null;
        var v = idx.ToBigInteger();
        Py.DECREF(idx);
        if (v.Sign < 0) return Errors.SetString(PyExc.ValueError, "factorial() not defined for negative values");
        if (v > long.MaxValue)
            return Errors.SetString(PyExc.OverflowError, $"factorial() argument should not exceed {long.MaxValue}");
        return PyLong.FromBigInteger(FactorialOf((long)v));
    }

    /// <summary>n! as odd part times a power of two, the odd part by binary splitting (CPython's method).</summary>
    static BigInteger FactorialOf(long n)
    {
        if (n < 2) return BigInteger.One;
        BigInteger inner = BigInteger.One, outer = BigInteger.One;
        long upper = 3;
        for (int i = 63 - System.Numerics.BitOperations.LeadingZeroCount((ulong)n) - 1; i >= 0; i--)
        {
            long v = n >> i;
            if (v <= 2) continue;
            long lower = upper;
            upper = (v + 1) | 1;
            inner *= OddProduct(lower, upper);
            outer *= inner;
        }
        return outer << (int)(n - System.Numerics.BitOperations.PopCount((ulong)n));
    }

    /// <summary>The product of the odd numbers in [start, stop), start and stop odd.</summary>
    static BigInteger OddProduct(long start, long stop)
    {
        long count = (stop - start) / 2;
        if (count <= 8)
        {
            BigInteger p = start;
            for (long j = start + 2; j < stop; j += 2) p *= j;
            return p;
        }
        long mid = (start + count) | 1;
        return OddProduct(start, mid) * OddProduct(mid, stop);
    }

    [PyMethod("comb", Doc = "Number of ways to choose k items from n items without repetition and without order.\n\nEvaluates to n! / (k! * (n - k)!) when k <= n and evaluates\nto zero when k > n.\n\nAlso called the binomial coefficient because it is equivalent\nto the coefficient of k-th term in polynomial expansion of the\nexpression (1 + x)**n.\n\nRaises TypeError if either of the arguments are not integers.\nRaises ValueError if either of the arguments are negative.")]
    static PyObject? Comb(PyObject n, PyObject k) => PermComb(n, k, true);

    [PyMethod("perm", Doc = "Number of ways to choose k items from n items without repetition and with order.\n\nEvaluates to n! / (n - k)! when k <= n and evaluates\nto zero when k > n.\n\nIf k is not specified or is None, then k defaults to n\nand the function returns n!.\n\nRaises TypeError if either of the arguments are not integers.\nRaises ValueError if either of the arguments are negative.")]
    static PyObject? Perm(PyObject n, PyObject? k = null)
    {
        if (k == null || k == Py.None) return Factorial(n);
        return PermComb(n, k, false);
    }

    static PyObject? PermComb(PyObject n, PyObject k, bool comb)
    {
        var ni = Abstract.Index(n);
        if (ni == null) return null;
        var ki = Abstract.Index(k);
        if (ki == null) { Py.DECREF(ni); return null; }
        var nv = ni.ToBigInteger();
        var kv = ki.ToBigInteger();
        Py.DECREF(ni);
        Py.DECREF(ki);
        if (nv.Sign < 0) return Errors.SetString(PyExc.ValueError, "n must be a non-negative integer");
        if (kv.Sign < 0) return Errors.SetString(PyExc.ValueError, "k must be a non-negative integer");
        if (kv > nv) return PyLong.FromLong(0);
        if (comb)
        {
            var other = nv - kv;
            if (other < kv) kv = other;
            if (kv > long.MaxValue)
                return Errors.SetString(PyExc.OverflowError, $"min(n - k, k) must not exceed {long.MaxValue}");
        }
        else if (kv > long.MaxValue)
            return Errors.SetString(PyExc.OverflowError, $"k must not exceed {long.MaxValue}");
        return PyLong.FromBigInteger(comb ? CombOf(nv, (long)kv) : PermOf(nv, (long)kv));
    }

    /// <summary>P(n, k) = P(n, j) * P(n-j, k-j), split in halves so the multiplications balance.</summary>
    static BigInteger PermOf(BigInteger n, long k)
    {
        if (k == 0) return BigInteger.One;
        if (k == 1) return n;
        long j = k / 2;
        return PermOf(n, j) * PermOf(n - j, k - j);
    }

    /// <summary>C(n, k) = C(n, j) * C(n-j, k-j) // C(k, j).</summary>
    static BigInteger CombOf(BigInteger n, long k)
    {
        if (k == 0) return BigInteger.One;
        if (k == 1) return n;
        if (k <= 16 && n <= 10_000)
        {
            // Small: the running product divides exactly at every step.
            BigInteger r = BigInteger.One;
            for (long i = 1; i <= k; i++) r = r * (n - k + i) / i;
            return r;
        }
        long j = k / 2;
        return CombOf(n, j) * CombOf(n - j, k - j) / CombOf(k, j);
    }
}
