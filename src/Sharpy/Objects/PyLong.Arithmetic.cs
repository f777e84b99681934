using System;
using System.Numerics;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// int's number slots (Objects/longobject.c). Both operands of a binary slot may be of any
// type: a non-int operand gives NotImplemented (CHECK_BINOP). Values that fit a long take
// the fast path with overflow checks; otherwise BigInteger.
public partial class PyLong
{
    /// <summary>A new reference to the int with value <paramref name="v"/>.</summary>
    internal static PyObject NewInt(BigInteger v) => FromBigInteger(v);

    internal int Sign => IsBig ? _big.Sign : Math.Sign(Value);

    internal bool IsZero => !IsBig && Value == 0;

    [PySlot("nb_add")]
    public static PyObject? Add(PyObject a, PyObject b)
    {
        if (a is not PyLong x || b is not PyLong y) return Py.NotImplemented;
        if (!x.IsBig && !y.IsBig)
        {
            long l = x.Value, r = y.Value, s = unchecked(l + r);
            if (((l ^ s) & (r ^ s)) >= 0) return FromLong(s);
        }
        return FromBigInteger(x.ToBigInteger() + y.ToBigInteger());
    }

    [PySlot("nb_subtract")]
    public static PyObject? Subtract(PyObject a, PyObject b)
    {
        if (a is not PyLong x || b is not PyLong y) return Py.NotImplemented;
        if (!x.IsBig && !y.IsBig)
        {
            long l = x.Value, r = y.Value, s = unchecked(l - r);
            if (((l ^ r) & (l ^ s)) >= 0) return FromLong(s);
        }
        return FromBigInteger(x.ToBigInteger() - y.ToBigInteger());
    }

    [PySlot("nb_multiply")]
    public static PyObject? Multiply(PyObject a, PyObject b)
    {
        if (a is not PyLong x || b is not PyLong y) return Py.NotImplemented;
        if (!x.IsBig && !y.IsBig)
        {
            long hi = Math.BigMul(x.Value, y.Value, out long lo);
            if (hi == (lo >> 63)) return FromLong(lo);
        }
        return FromBigInteger(x.ToBigInteger() * y.ToBigInteger());
    }

    static PyObject? DivisionByZero() => Errors.SetString(PyExc.ZeroDivisionError, "division by zero");

    /// <summary>Floor division and modulo of BigIntegers (Python's signs: the remainder takes the divisor's sign).</summary>
    internal static BigInteger FloorDivMod(BigInteger a, BigInteger b, out BigInteger mod)
    {
        var q = BigInteger.DivRem(a, b, out var r);
        if (!r.IsZero && (r.Sign < 0) != (b.Sign < 0))
        {
            q -= 1;
            r += b;
        }
        mod = r;
        return q;
    }

    static long FloorDivLong(long a, long b, out long mod)
    {
        // Callers exclude b == 0 and (long.MinValue, -1).
        long q = a / b, r = a - q * b;
        if (r != 0 && ((r ^ b) < 0))
        {
            q--;
            r += b;
        }
        mod = r;
        return q;
    }

    [PySlot("nb_floor_divide")]
    public static PyObject? FloorDivide(PyObject a, PyObject b)
    {
        if (a is not PyLong x || b is not PyLong y) return Py.NotImplemented;
        if (y.IsZero) return DivisionByZero();
        if (!x.IsBig && !y.IsBig && !(x.Value == long.MinValue && y.Value == -1))
            return FromLong(FloorDivLong(x.Value, y.Value, out _));
        return FromBigInteger(FloorDivMod(x.ToBigInteger(), y.ToBigInteger(), out _));
    }

    [PySlot("nb_remainder")]
    public static PyObject? Remainder(PyObject a, PyObject b)
    {
        if (a is not PyLong x || b is not PyLong y) return Py.NotImplemented;
        if (y.IsZero) return DivisionByZero();
        if (!x.IsBig && !y.IsBig)
        {
            if (y.Value == -1) return FromLong(0);
            FloorDivLong(x.Value, y.Value, out long m);
            return FromLong(m);
        }
        FloorDivMod(x.ToBigInteger(), y.ToBigInteger(), out var mod);
        return FromBigInteger(mod);
    }

    [PySlot("nb_divmod")]
    public static PyObject? DivMod(PyObject a, PyObject b)
    {
        if (a is not PyLong x || b is not PyLong y) return Py.NotImplemented;
        if (y.IsZero) return DivisionByZero();
        PyObject q, m;
        if (!x.IsBig && !y.IsBig && !(x.Value == long.MinValue && y.Value == -1))
        {
            q = FromLong(FloorDivLong(x.Value, y.Value, out long mm));
            m = FromLong(mm);
        }
        else
        {
            q = FromBigInteger(FloorDivMod(x.ToBigInteger(), y.ToBigInteger(), out var mb));
            m = FromBigInteger(mb);
        }
        return PyTuple.FromStolen([q, m]);
    }

    [PySlot("nb_true_divide")]
    public static PyObject? TrueDivide(PyObject a, PyObject b)
    {
        if (a is not PyLong x || b is not PyLong y) return Py.NotImplemented;
        if (y.IsZero) return DivisionByZero();
        const long Exact = 1L << 53;
        if (!x.IsBig && !y.IsBig && x.Value >= -Exact && x.Value <= Exact && y.Value >= -Exact && y.Value <= Exact)
            return PyFloat.FromDouble((double)x.Value / y.Value);
        if (!NumberConvert.TrueDivide(x.ToBigInteger(), y.ToBigInteger(), out double d))
            return Errors.SetString(PyExc.OverflowError, "integer division result too large for a float");
        return PyFloat.FromDouble(d);
    }

    [PySlot("nb_power")]
    public static PyObject? Power(PyObject a, PyObject b, PyObject c)
    {
        if (a is not PyLong x || b is not PyLong y) return Py.NotImplemented;
        if (c is PyLong m) return ModPow(x, y, m);
        if (c != Py.None) return Py.NotImplemented;
        if (y.Sign < 0)
        {
            // A negative exponent makes a float (long_pow hands over to float's power).
            double fx = 0, fy = 0;
            if (!AsDouble(x, out fx) || !AsDouble(y, out fy)) return null;
            return PyFloat.PowDoubles(fx, fy);
        }
        if (!x.IsBig && !y.IsBig)
        {
            if (TryPowLong(x.Value, y.Value, out long r)) return FromLong(r);
        }
        var bx = x.ToBigInteger();
        if (bx.IsZero || bx.IsOne) return Py.NewRef(x.IsBig ? FromBigInteger(bx) : FromLong(x.Value));
        if (bx == BigInteger.MinusOne) return FromLong(y.ToBigInteger().IsEven ? 1 : -1);
        if (y.IsBig || y.Value > int.MaxValue) return Errors.NoMemory();
        // The result's size, y * log2|x| bits (a little under the true length when it is exact).
        if (BigInteger.Log(BigInteger.Abs(bx), 2) * y.Value > MaxBits) return Errors.NoMemory();
        try
        {
            return FromBigInteger(BigInteger.Pow(bx, (int)y.Value));
        }
        catch (OutOfMemoryException)
        {
            return Errors.NoMemory();
        }
    }

    /// <summary>The largest int this runtime builds, in bits: BigInteger's own limit (Array.MaxLength / 32
    /// 32-bit words, just under 2**31 bits). Beyond it MemoryError, as when CPython's allocation fails.</summary>
    internal static readonly long MaxBits = (long)(Array.MaxLength / 32) * 32;

    static bool TryPowLong(long b, long e, out long result)
    {
        long r = 1;
        while (true)
        {
            if ((e & 1) != 0)
            {
                long hi = Math.BigMul(r, b, out long lo);
                if (hi != (lo >> 63)) { result = 0; return false; }
                r = lo;
            }
            e >>= 1;
            if (e == 0) break;
            long h2 = Math.BigMul(b, b, out long l2);
            if (h2 != (l2 >> 63)) { result = 0; return false; }
            b = l2;
        }
        result = r;
        return true;
    }

    static PyObject? ModPow(PyLong x, PyLong y, PyLong m)
    {
        var mod = m.ToBigInteger();
        if (mod.IsZero) return Errors.SetString(PyExc.ValueError, "pow() 3rd argument cannot be 0");
        bool negMod = mod.Sign < 0;
        if (negMod) mod = -mod;
        var bas = x.ToBigInteger();
        var exp = y.ToBigInteger();
        if (exp.Sign < 0)
        {
            var inv = ModInverse(bas, mod);
            if (inv == null) return Errors.SetString(PyExc.ValueError, "base is not invertible for the given modulus");
            bas = inv.Value;
            exp = -exp;
        }
        bas %= mod;
        if (bas.Sign < 0) bas += mod;
        var r = mod.IsOne ? BigInteger.Zero : BigInteger.ModPow(bas, exp, mod);
        if (negMod && !r.IsZero) r -= mod;
        return FromBigInteger(r);
    }

    static BigInteger? ModInverse(BigInteger a, BigInteger n)
    {
        a %= n;
        if (a.Sign < 0) a += n;
        BigInteger t = 0, newT = 1, r = n, newR = a;
        while (!newR.IsZero)
        {
            var q = BigInteger.Divide(r, newR);
            (t, newT) = (newT, t - q * newT);
            (r, newR) = (newR, r - q * newR);
        }
        if (!r.IsOne) return null;
        if (t.Sign < 0) t += n;
        return t;
    }

    [PySlot("nb_negative")]
    public static PyObject? Negative(PyObject a)
    {
        var x = (PyLong)a;
        if (!x.IsBig && x.Value != long.MinValue) return FromLong(-x.Value);
        return FromBigInteger(-x.ToBigInteger());
    }

    [PySlot("nb_positive")]
    public static PyObject? Positive(PyObject a) => ExactCopy((PyLong)a);

    [PySlot("nb_absolute")]
    public static PyObject? Absolute(PyObject a)
    {
        var x = (PyLong)a;
        if (x.Sign >= 0) return ExactCopy(x);
        return Negative(a);
    }

    [PySlot("nb_invert")]
    public static PyObject? Invert(PyObject a)
    {
        var x = (PyLong)a;
        if (!x.IsBig) return FromLong(~x.Value);
        return FromBigInteger(-x.ToBigInteger() - 1);
    }

    [PySlot("nb_bool")]
    public static int Bool(PyObject a) => ((PyLong)a).IsZero ? 0 : 1;

    /// <summary>An exact int with the value of <paramref name="x"/> (the object itself if it is exact).</summary>
    internal static PyObject ExactCopy(PyLong x)
    {
        if (x.ob_type == Type) return Py.NewRef(x);
        return x.IsBig ? FromBigInteger(x._big) : FromLong(x.Value);
    }

    [PySlot("nb_int")]
    public static PyObject? Int(PyObject a) => ExactCopy((PyLong)a);

    [PySlot("nb_index")]
    public static PyObject? Index(PyObject a) => ExactCopy((PyLong)a);

    [PySlot("nb_float")]
    public static PyObject? Float(PyObject a)
    {
        if (!AsDouble((PyLong)a, out double d)) return null;
        return PyFloat.FromDouble(d);
    }

    /// <summary>PyLong_AsDouble: correctly rounded; OverflowError when too large.</summary>
    public static bool AsDouble(PyLong x, out double d)
    {
        if (!x.IsBig)
        {
            d = x.Value;
            return true;
        }
        if (!NumberConvert.ToDouble(x._big, out d))
        {
            Errors.SetString(PyExc.OverflowError, "int too large to convert to float");
            return false;
        }
        return true;
    }

    static PyObject? ShiftCount(PyLong y, out long count)
    {
        count = 0;
        if (y.Sign < 0)
        {
            Errors.SetString(PyExc.ValueError, "negative shift count");
            return null;
        }
        count = y.IsBig ? long.MaxValue : y.Value;
        return Py.None;
    }

    [PySlot("nb_lshift")]
    public static PyObject? LShift(PyObject a, PyObject b)
    {
        if (a is not PyLong x || b is not PyLong y) return Py.NotImplemented;
        if (ShiftCount(y, out long n) == null) return null;
        if (x.IsZero) return FromLong(0);
        if (!x.IsBig && n < 63)
        {
            long v = x.Value, r = v << (int)n;
            if ((r >> (int)n) == v) return FromLong(r);
        }
        if (y.IsBig || n > long.MaxValue / 2) return Errors.SetString(PyExc.OverflowError, "too many digits in integer");
        var bx = x.ToBigInteger();
        if (n + (long)bx.GetBitLength() > MaxBits) return Errors.NoMemory();
        try
        {
            return FromBigInteger(bx << (int)n);
        }
        catch (OutOfMemoryException)
        {
            return Errors.NoMemory();
        }
    }

    [PySlot("nb_rshift")]
    public static PyObject? RShift(PyObject a, PyObject b)
    {
        if (a is not PyLong x || b is not PyLong y) return Py.NotImplemented;
        if (ShiftCount(y, out long n) == null) return null;
        if (!x.IsBig) return FromLong(n >= 64 ? (x.Value < 0 ? -1 : 0) : x.Value >> (int)n);
        var bx = x._big;
        if (n >= (long)bx.GetBitLength()) return FromLong(bx.Sign < 0 ? -1 : 0);
        return FromBigInteger(bx >> (int)n);
    }

    [PySlot("nb_and")]
    public static PyObject? And(PyObject a, PyObject b)
    {
        if (a is not PyLong x || b is not PyLong y) return Py.NotImplemented;
        if (!x.IsBig && !y.IsBig) return FromLong(x.Value & y.Value);
        return FromBigInteger(x.ToBigInteger() & y.ToBigInteger());
    }

    [PySlot("nb_or")]
    public static PyObject? Or(PyObject a, PyObject b)
    {
        if (a is not PyLong x || b is not PyLong y) return Py.NotImplemented;
        if (!x.IsBig && !y.IsBig) return FromLong(x.Value | y.Value);
        return FromBigInteger(x.ToBigInteger() | y.ToBigInteger());
    }

    [PySlot("nb_xor")]
    public static PyObject? Xor(PyObject a, PyObject b)
    {
        if (a is not PyLong x || b is not PyLong y) return Py.NotImplemented;
        if (!x.IsBig && !y.IsBig) return FromLong(x.Value ^ y.Value);
        return FromBigInteger(x.ToBigInteger() ^ y.ToBigInteger());
    }
}
