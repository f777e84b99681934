using System;
using System.Numerics;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// float's number slots (floatobject.c). An int operand is converted (OverflowError if too
// large); any other operand gives NotImplemented.
public partial class PyFloat
{
    [PySlot("nb_add")]
    public static PyObject? Add(PyObject a, PyObject b)
    {
        if (!Operands(a, b, out double x, out double y, out var ret)) return ret;
        return FromDouble(x + y);
    }

    [PySlot("nb_subtract")]
    public static PyObject? Subtract(PyObject a, PyObject b)
    {
        if (!Operands(a, b, out double x, out double y, out var ret)) return ret;
        return FromDouble(x - y);
    }

    [PySlot("nb_multiply")]
    public static PyObject? Multiply(PyObject a, PyObject b)
    {
        if (!Operands(a, b, out double x, out double y, out var ret)) return ret;
        return FromDouble(x * y);
    }

    static PyObject? DivisionByZero() => Errors.SetString(PyExc.ZeroDivisionError, "division by zero");

    [PySlot("nb_true_divide")]
    public static PyObject? TrueDivide(PyObject a, PyObject b)
    {
        if (!Operands(a, b, out double x, out double y, out var ret)) return ret;
        if (y == 0) return DivisionByZero();
        return FromDouble(x / y);
    }

    /// <summary>float_rem: fmod with the divisor's sign.</summary>
    internal static double Mod(double vx, double wx)
    {
        double mod = vx % wx;
        if (mod != 0)
        {
            if ((wx < 0) != (mod < 0)) mod += wx;
        }
        else mod = Math.CopySign(0.0, wx);
        return mod;
    }

    /// <summary>_float_div_mod: floor quotient and modulo, as CPython computes them.</summary>
    internal static void DivMod(double vx, double wx, out double floordiv, out double mod)
    {
        mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0)
        {
            if ((wx < 0) != (mod < 0))
            {
                mod += wx;
                div -= 1.0;
            }
        }
        else mod = Math.CopySign(0.0, wx);
        if (div != 0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        }
        else floordiv = Math.CopySign(0.0, vx / wx);
    }

    [PySlot("nb_remainder")]
    public static PyObject? Remainder(PyObject a, PyObject b)
    {
        if (!Operands(a, b, out double x, out double y, out var ret)) return ret;
        if (y == 0) return DivisionByZero();
        return FromDouble(Mod(x, y));
    }

    [PySlot("nb_floor_divide")]
    public static PyObject? FloorDivide(PyObject a, PyObject b)
    {
        if (!Operands(a, b, out double x, out double y, out var ret)) return ret;
        if (y == 0) return DivisionByZero();
        DivMod(x, y, out double q, out _);
        return FromDouble(q);
    }

    [PySlot("nb_divmod")]
    public static PyObject? DivModSlot(PyObject a, PyObject b)
    {
        if (!Operands(a, b, out double x, out double y, out var ret)) return ret;
        if (y == 0) return DivisionByZero();
        DivMod(x, y, out double q, out double m);
        return PyTuple.FromStolen([FromDouble(q), FromDouble(m)]);
    }

    [PySlot("nb_power")]
    public static PyObject? Power(PyObject a, PyObject b, PyObject c)
    {
        if (c != Py.None)
            return Errors.SetString(PyExc.TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
        if (!Operands(a, b, out double x, out double y, out var ret)) return ret;
        return PowDoubles(x, y);
    }

    static bool IsOddInteger(double x) => Math.Abs(x % 2.0) == 1.0;

    /// <summary>OverflowError(ERANGE, strerror(ERANGE)) as 64-bit Linux CPython raises it.</summary>
    internal static PyObject? RangeError()
    {
        var args = PyTuple.FromStolen([PyLong.FromLong(34), PyUnicode.FromString("Numerical result out of range")]);
        Errors.SetObject(PyExc.OverflowError, args);
        Py.DECREF(args);
        return null;
    }

    /// <summary>float_pow's special cases, then the C library's pow.</summary>
    public static PyObject? PowDoubles(double iv, double iw)
    {
        switch (PowValue(iv, iw, out double r))
        {
            case PowResult.Complex:
                // A negative number to a fractional power is complex.
                return PyComplex.PowObjects(new Complex(iv, 0), new Complex(iw, 0));
            case PowResult.ZeroToNegative:
                return Errors.SetString(PyExc.ZeroDivisionError, "zero to a negative power");
            case PowResult.Overflow:
                return RangeError();
            default:
                return FromDouble(r);
        }
    }

    internal enum PowResult { Ok, Complex, ZeroToNegative, Overflow }

    /// <summary>float_pow on two doubles, without raising: the compiler's constant folding uses it too.</summary>
    internal static PowResult PowValue(double iv, double iw, out double result)
    {
        result = 0;
        if (iw == 0) { result = 1.0; return PowResult.Ok; }
        if (double.IsNaN(iv)) { result = iv; return PowResult.Ok; }
        if (double.IsNaN(iw)) { result = iv == 1.0 ? 1.0 : iw; return PowResult.Ok; }
        if (double.IsInfinity(iw))
        {
            iv = Math.Abs(iv);
            if (iv == 1.0) result = 1.0;
            else if ((iw > 0) == (iv > 1.0)) result = Math.Abs(iw);
            else result = 0.0;
            return PowResult.Ok;
        }
        if (double.IsInfinity(iv))
        {
            bool odd = IsOddInteger(iw);
            if (iw > 0) result = odd ? iv : Math.Abs(iv);
            else result = odd ? Math.CopySign(0.0, iv) : 0.0;
            return PowResult.Ok;
        }
        if (iv == 0)
        {
            if (iw < 0) return PowResult.ZeroToNegative;
            result = IsOddInteger(iw) ? iv : 0.0;
            return PowResult.Ok;
        }
        bool negate = false;
        if (iv < 0)
        {
            if (iw != Math.Floor(iw)) return PowResult.Complex;
            iv = -iv;
            negate = IsOddInteger(iw);
        }
        if (iv == 1.0) { result = negate ? -1.0 : 1.0; return PowResult.Ok; }
        double ix = Math.Pow(iv, iw);
        if (double.IsInfinity(ix)) return PowResult.Overflow;
        result = negate ? -ix : ix;
        return PowResult.Ok;
    }

    [PySlot("nb_negative")]
    public static PyObject? Negative(PyObject a) => FromDouble(-((PyFloat)a).Value);

    [PySlot("nb_positive")]
    public static PyObject? Positive(PyObject a) => ExactCopy((PyFloat)a);

    [PySlot("nb_absolute")]
    public static PyObject? Absolute(PyObject a) => FromDouble(Math.Abs(((PyFloat)a).Value));

    [PySlot("nb_bool")]
    public static int Bool(PyObject a) => ((PyFloat)a).Value != 0 ? 1 : 0;

    internal static PyObject ExactCopy(PyFloat f) => f.ob_type == Type ? Py.NewRef(f) : FromDouble(f.Value);

    [PySlot("nb_float")]
    public static PyObject? Float(PyObject a) => ExactCopy((PyFloat)a);

    [PySlot("nb_int")]
    public static PyObject? Int(PyObject a) => ToIntegral(((PyFloat)a).Value);

    /// <summary>PyLong_FromDouble: the integer part; OverflowError for infinities, ValueError for NaN.</summary>
    public static PyObject? ToIntegral(double d)
    {
        if (d > -9.2233720368547758E18 && d < 9.2233720368547758E18) return PyLong.FromLong((long)d);
        if (double.IsInfinity(d)) return Errors.SetString(PyExc.OverflowError, "cannot convert float infinity to integer");
        if (double.IsNaN(d)) return Errors.SetString(PyExc.ValueError, "cannot convert float NaN to integer");
        return PyLong.FromBigInteger(new BigInteger(Math.Truncate(d)));
    }
}
