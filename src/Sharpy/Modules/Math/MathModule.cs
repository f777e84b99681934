using Sharpy.Objects;
using Sharpy.Runtime;
using SysMath = System.Math;

namespace Sharpy.Modules;

/// <summary>
/// The `math` module (Modules/mathmodule.c): libm's functions with CPython's error rules
/// (math_1/math_2: a NaN from a non-NaN input is ValueError, an infinity from a finite input
/// is OverflowError or ValueError), 3.14's specific domain-error messages, and CPython's own
/// algorithms where it computes a result itself (gamma, lgamma, fsum, hypot, sumprod, ...).
/// </summary>
[PyModule("math", Doc = "This module provides access to the mathematical functions\ndefined by the C standard.")]
public static partial class MathModule
{
    [PyConstant("pi")] public const double Pi = 3.141592653589793;
    [PyConstant("e")] public const double E = 2.718281828459045;
    [PyConstant("tau")] public const double Tau = 6.283185307179586;
    [PyConstant("inf")] public const double Inf = double.PositiveInfinity;
    [PyConstant("nan")] static readonly double Nan = PyFloat.NaN;

    /// <summary>PyFloat_AsDouble with false on error (the exception set).</summary>
    static bool ToDouble(PyObject o, out double d)
    {
        if (o is PyFloat f && o.ob_type == PyFloat.Type) { d = f.Value; return true; }
        d = PyFloat.AsDouble(o);
        return !(d == -1.0 && Errors.Occurred());
    }

    static PyObject? DomainError(string? message, double x)
    {
        if (message == null) return Errors.SetString(PyExc.ValueError, "math domain error");
        return Errors.SetString(PyExc.ValueError, string.Format(message, FloatFormat.Repr(x)));
    }

    static PyObject? RangeError() => Errors.SetString(PyExc.OverflowError, "math range error");

    /// <summary>
    /// math_1: wrap a one-argument libm function. A NaN from a non-NaN argument is a domain
    /// error; an infinity from a finite one is OverflowError if the function can overflow,
    /// else a domain error (a singularity). <paramref name="message"/> ({0} is the argument's
    /// repr) is 3.14's specific message for the domain error, or null for "math domain error".
    /// </summary>
    static PyObject? Math1(PyObject arg, System.Func<double, double> func, bool canOverflow, string? message = null)
    {
        if (!ToDouble(arg, out double x)) return null;
        double r = func(x);
        if (double.IsNaN(r) && !double.IsNaN(x)) return DomainError(message, x);
        if (double.IsInfinity(r) && double.IsFinite(x))
            return canOverflow ? RangeError() : DomainError(message, x);
        return PyFloat.FromDouble(r);
    }

    /// <summary>math_2: a two-argument libm function; NaN from non-NaNs is ValueError, infinity from finites OverflowError.</summary>
    static PyObject? Math2(PyObject a, PyObject b, System.Func<double, double, double> func)
    {
        if (!ToDouble(a, out double x) || !ToDouble(b, out double y)) return null;
        double r = func(x, y);
        if (double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y)) return DomainError(null, x);
        if (double.IsInfinity(r) && double.IsFinite(x) && double.IsFinite(y)) return RangeError();
        return PyFloat.FromDouble(r);
    }

    const string RangeMinus1To1 = "expected a number in range from -1 up to 1, got {0}";
    const string FiniteInput = "expected a finite input, got {0}";

    [PyMethod("acos", Doc = "Return the arc cosine (measured in radians) of x.\n\nThe result is between 0 and pi.")]
    static PyObject? Acos(PyObject x) => Math1(x, SysMath.Acos, false, RangeMinus1To1);

    [PyMethod("acosh", Doc = "Return the inverse hyperbolic cosine of x.")]
    static PyObject? Acosh(PyObject x) => Math1(x, SysMath.Acosh, false, "expected argument value not less than 1, got {0}");

    [PyMethod("asin", Doc = "Return the arc sine (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2.")]
    static PyObject? Asin(PyObject x) => Math1(x, SysMath.Asin, false, RangeMinus1To1);

    [PyMethod("asinh", Doc = "Return the inverse hyperbolic sine of x.")]
    static PyObject? Asinh(PyObject x) => Math1(x, SysMath.Asinh, false);

    [PyMethod("atan", Doc = "Return the arc tangent (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2.")]
    static PyObject? Atan(PyObject x) => Math1(x, SysMath.Atan, false);

    [PyMethod("atan2", Doc = "Return the arc tangent (measured in radians) of y/x.\n\nUnlike atan(y/x), the signs of both x and y are considered.")]
    static PyObject? Atan2(PyObject y, PyObject x) => Math2(y, x, MAtan2);

    [PyMethod("atanh", Doc = "Return the inverse hyperbolic tangent of x.")]
    static PyObject? Atanh(PyObject x) => Math1(x, SysMath.Atanh, false, "expected a number between -1 and 1, got {0}");

    [PyMethod("cbrt", Doc = "Return the cube root of x.")]
    static PyObject? Cbrt(PyObject x) => Math1(x, LibM.Cbrt, false);

    [PyMethod("copysign", Doc = "Return a float with the magnitude (absolute value) of x but the sign of y.\n\nOn platforms that support signed zeros, copysign(1.0, -0.0)\nreturns -1.0.\n")]
    static PyObject? CopySign(PyObject x, PyObject y) => Math2(x, y, SysMath.CopySign);

    [PyMethod("cos", Doc = "Return the cosine of x (measured in radians).")]
    static PyObject? Cos(PyObject x) => Math1(x, SysMath.Cos, false, FiniteInput);

    [PyMethod("cosh", Doc = "Return the hyperbolic cosine of x.")]
    static PyObject? Cosh(PyObject x) => Math1(x, SysMath.Cosh, true);

    [PyMethod("erf", Doc = "Error function at x.")]
    static PyObject? Erf(PyObject x) => Math1(x, LibM.Erf, false);

    [PyMethod("erfc", Doc = "Complementary error function at x.")]
    static PyObject? Erfc(PyObject x) => Math1(x, LibM.Erfc, false);

    [PyMethod("exp", Doc = "Return e raised to the power of x.")]
    static PyObject? Exp(PyObject x) => Math1(x, SysMath.Exp, true);

    [PyMethod("exp2", Doc = "Return 2 raised to the power of x.")]
    static PyObject? Exp2(PyObject x) => Math1(x, LibM.Exp2, true);

    [PyMethod("expm1", Doc = "Return exp(x)-1.\n\nThis function avoids the loss of precision involved in the direct evaluation of exp(x)-1 for small x.")]
    static PyObject? Expm1(PyObject x) => Math1(x, LibM.Expm1, true);

    [PyMethod("fabs", Doc = "Return the absolute value of the float x.")]
    static PyObject? Fabs(PyObject x) => Math1(x, SysMath.Abs, false);

    [PyMethod("log1p", Doc = "Return the natural logarithm of 1+x (base e).\n\nThe result is computed in a way which is accurate for x near zero.")]
    static PyObject? Log1p(PyObject x) => Math1(x, MLog1p, false, "expected argument value > -1, got {0}");

    [PyMethod("remainder", Doc = "Difference between x and the closest integer multiple of y.\n\nReturn x - n*y where n*y is the closest integer multiple of y.\nIn the case where x is exactly halfway between two multiples of\ny, the nearest even value of n is used. The result is always exact.")]
    static PyObject? Remainder(PyObject x, PyObject y) => Math2(x, y, MRemainder);

    [PyMethod("sin", Doc = "Return the sine of x (measured in radians).")]
    static PyObject? Sin(PyObject x) => Math1(x, SysMath.Sin, false, FiniteInput);

    [PyMethod("sinh", Doc = "Return the hyperbolic sine of x.")]
    static PyObject? Sinh(PyObject x) => Math1(x, SysMath.Sinh, true);

    [PyMethod("sqrt", Doc = "Return the square root of x.")]
    static PyObject? Sqrt(PyObject x) => Math1(x, SysMath.Sqrt, false, "expected a nonnegative input, got {0}");

    [PyMethod("tan", Doc = "Return the tangent of x (measured in radians).")]
    static PyObject? Tan(PyObject x) => Math1(x, SysMath.Tan, false, FiniteInput);

    [PyMethod("tanh", Doc = "Return the hyperbolic tangent of x.")]
    static PyObject? Tanh(PyObject x) => Math1(x, SysMath.Tanh, false);

    /// <summary>m_atan2: C99's special values decided here, the rest by libm.</summary>
    static double MAtan2(double y, double x)
    {
        if (double.IsNaN(x) || double.IsNaN(y)) return PyFloat.NaN;
        if (double.IsInfinity(y))
        {
            if (double.IsInfinity(x))
                return double.CopySign(double.IsPositive(x) ? 0.25 * Pi : 0.75 * Pi, y);
            return double.CopySign(0.5 * Pi, y);
        }
        if (double.IsInfinity(x) || y == 0.0)
            return double.IsPositive(x) ? double.CopySign(0.0, y) : double.CopySign(Pi, y);
        return SysMath.Atan2(y, x);
    }

    /// <summary>_Py_log1p: log1p(-0.0) is -0.0 on every platform.</summary>
    static double MLog1p(double x) => x == 0.0 ? x : LibM.Log1p(x);

    /// <summary>m_remainder: IEEE 754 remainder, exact, the even multiple on a tie.</summary>
    static double MRemainder(double x, double y)
    {
        if (double.IsFinite(x) && double.IsFinite(y))
        {
            if (y == 0.0) return PyFloat.NaN;
            double absx = SysMath.Abs(x), absy = SysMath.Abs(y);
            double m = CFmod(absx, absy);
            // Compare m with absy - m rather than with 0.5*absy, which may be inexact.
            double c = absy - m, r;
            if (m < c) r = m;
            else if (m > c) r = -c;
            else r = m - 2.0 * CFmod(0.5 * (absx - m), absy);
            return double.CopySign(1.0, x) * r;
        }
        if (double.IsNaN(x)) return x;
        if (double.IsNaN(y)) return y;
        if (double.IsInfinity(x)) return PyFloat.NaN;
        return x;
    }

    /// <summary>C's fmod (the result has x's sign; exact).</summary>
    static double CFmod(double x, double y) => x % y;

    [PyMethod("ceil", Doc = "Return the ceiling of x as an Integral.\n\nThis is the smallest integer >= x.")]
    static PyObject? Ceil(PyObject x) => Rounding(x, "__ceil__", SysMath.Ceiling);

    [PyMethod("floor", Doc = "Return the floor of x as an Integral.\n\nThis is the largest integer <= x.")]
    static PyObject? Floor(PyObject x) => Rounding(x, "__floor__", SysMath.Floor);

    /// <summary>math.floor/ceil: the type's __floor__/__ceil__ unless x is an exact float, else the float's.</summary>
    static PyObject? Rounding(PyObject number, string dunder, System.Func<double, double> f)
    {
        double x;
        if (number is PyFloat fl && number.ob_type == PyFloat.Type) x = fl.Value;
        else
        {
            var method = Calls.LookupSpecial(number, PyUnicode.Intern(dunder));
            if (method != null)
            {
                var r = Calls.CallNoArgs(method);
                Py.DECREF(method);
                return r;
            }
            if (Errors.Occurred()) return null;
            if (!ToDouble(number, out x)) return null;
        }
        return PyFloat.ToIntegral(f(x));
    }

    [PyMethod("trunc", Doc = "Truncates the Real x to the nearest Integral toward 0.\n\nUses the __trunc__ magic method.")]
    static PyObject? Trunc(PyObject x)
    {
        if (x is PyFloat f && x.ob_type == PyFloat.Type) return PyFloat.ToIntegral(f.Value);
        var trunc = Calls.LookupSpecial(x, PyUnicode.Intern("__trunc__"));
        if (trunc == null)
        {
            if (!Errors.Occurred())
                Errors.SetString(PyExc.TypeError, $"type {x.ob_type.tp_name} doesn't define __trunc__ method");
            return null;
        }
        var r = Calls.CallNoArgs(trunc);
        Py.DECREF(trunc);
        return r;
    }

    [PyMethod("degrees", Doc = "Convert angle x from radians to degrees.")]
    static double Degrees(double x) => x * (180.0 / Pi);

    [PyMethod("radians", Doc = "Convert angle x from degrees to radians.")]
    static double Radians(double x) => x * (Pi / 180.0);

    [PyMethod("isfinite", Doc = "Return True if x is neither an infinity nor a NaN, and False otherwise.")]
    static bool IsFinite(double x) => double.IsFinite(x);

    [PyMethod("isnan", Doc = "Return True if x is a NaN (not a number), and False otherwise.")]
    static bool IsNan(double x) => double.IsNaN(x);

    [PyMethod("isinf", Doc = "Return True if x is a positive or negative infinity, and False otherwise.")]
    static bool IsInf(double x) => double.IsInfinity(x);

    [PyMethod("isclose", Doc = "Determine whether two floating-point numbers are close in value.\n\n  rel_tol\n    maximum difference for being considered \"close\", relative to the\n    magnitude of the input values\n  abs_tol\n    maximum difference for being considered \"close\", regardless of the\n    magnitude of the input values\n\nReturn True if a is close in value to b, and False otherwise.\n\nFor the values to be considered close, the difference between them\nmust be smaller than at least one of the tolerances.\n\n-inf, inf and NaN behave similarly to the IEEE 754 Standard.  That\nis, NaN is not close to anything, even itself.  inf and -inf are\nonly close to themselves.")]
    static PyObject? IsClose([Keyword] double a, [Keyword] double b, [KeywordOnly] double rel_tol = 1e-09, [KeywordOnly] double abs_tol = 0.0)
    {
        if (rel_tol < 0.0 || abs_tol < 0.0)
            return Errors.SetString(PyExc.ValueError, "tolerances must be non-negative");
        if (a == b) return Py.NewRef(PyBool.True);
        if (double.IsInfinity(a) || double.IsInfinity(b)) return Py.NewRef(PyBool.False);
        double diff = SysMath.Abs(b - a);
        bool close = diff <= SysMath.Abs(rel_tol * b) || diff <= SysMath.Abs(rel_tol * a) || diff <= abs_tol;
        return Py.NewRef(PyBool.From(close));
    }

    [PyMethod("frexp", Doc = "Return the mantissa and exponent of x, as pair (m, e).\n\nm is a float and e is an int, such that x = m * 2.**e.\nIf x is 0, m and e are both 0.  Else 0.5 <= abs(m) < 1.0.")]
    static PyObject? Frexp(double x)
    {
        int e = 0;
        if (!(double.IsNaN(x) || double.IsInfinity(x) || x == 0.0)) x = CFrexp(x, out e);
        return PyTuple.FromStolen([PyFloat.FromDouble(x), PyLong.FromLong(e)]);
    }

    /// <summary>C's frexp for a finite nonzero x: x = m * 2**e with 0.5 &lt;= |m| &lt; 1.</summary>
    internal static double CFrexp(double x, out int e)
    {
        e = SysMath.ILogB(x) + 1;
        return SysMath.ScaleB(x, -e);
    }

    [PyMethod("ldexp", Doc = "Return x * (2**i).\n\nThis is essentially the inverse of frexp().")]
    static PyObject? Ldexp(double x, PyObject i)
    {
        if (i is not PyLong li)
            return Errors.SetString(PyExc.TypeError, "Expected an int as second argument to ldexp.");
        long exp = li.IsBig ? (li.ToBigInteger().Sign < 0 ? long.MinValue : long.MaxValue) : li.Value;
        double r;
        if (x == 0.0 || !double.IsFinite(x)) r = x;
        else if (exp > int.MaxValue) return RangeError();
        else if (exp < int.MinValue) r = double.CopySign(0.0, x);
        else
        {
            r = SysMath.ScaleB(x, (int)exp);
            if (double.IsInfinity(r)) return RangeError();
        }
        return PyFloat.FromDouble(r);
    }

    [PyMethod("modf", Doc = "Return the fractional and integer parts of x.\n\nBoth results carry the sign of x and are floats.")]
    static PyObject? Modf(double x)
    {
        if (double.IsInfinity(x)) return PyTuple.FromStolen([PyFloat.FromDouble(double.CopySign(0.0, x)), PyFloat.FromDouble(x)]);
        if (double.IsNaN(x)) return PyTuple.FromStolen([PyFloat.FromDouble(x), PyFloat.FromDouble(x)]);
        double ip = SysMath.Truncate(x);
        double frac = double.CopySign(x - ip, x);
        return PyTuple.FromStolen([PyFloat.FromDouble(frac), PyFloat.FromDouble(ip)]);
    }

    [PyMethod("fmod", Doc = "Return fmod(x, y), according to platform C.\n\nx % y may differ.")]
    static PyObject? Fmod(double x, double y)
    {
        if (double.IsInfinity(y) && double.IsFinite(x)) return PyFloat.FromDouble(x);
        double r = CFmod(x, y);
        if (double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y)) return DomainError(null, x);
        return PyFloat.FromDouble(r);
    }

    [PyMethod("pow", Doc = "Return x**y (x to the power of y).")]
    static PyObject? Pow(double x, double y)
    {
        double r;
        if (!double.IsFinite(x) || !double.IsFinite(y))
        {
            // IEEE special values decided here, as CPython does, not by the platform.
            if (double.IsNaN(x)) r = y == 0.0 ? 1.0 : x;
            else if (double.IsNaN(y)) r = x == 1.0 ? 1.0 : y;
            else if (double.IsInfinity(x))
            {
                bool oddY = double.IsFinite(y) && CFmod(SysMath.Abs(y), 2.0) == 1.0;
                if (y > 0.0) r = oddY ? x : SysMath.Abs(x);
                else if (y == 0.0) r = 1.0;
                else r = oddY ? double.CopySign(0.0, x) : 0.0;
            }
            else
            {
                if (SysMath.Abs(x) == 1.0) r = 1.0;
                else if (y > 0.0 && SysMath.Abs(x) > 1.0) r = y;
                else if (y < 0.0 && SysMath.Abs(x) < 1.0) r = -y;
                else r = 0.0;
            }
            return PyFloat.FromDouble(r);
        }
        r = SysMath.Pow(x, y);
        if (double.IsNaN(r)) return DomainError(null, x);
        if (double.IsInfinity(r)) return x == 0.0 ? DomainError(null, x) : RangeError();
        return PyFloat.FromDouble(r);
    }

    [PyMethod("fma", Doc = "Fused multiply-add operation.\n\nCompute (x * y) + z with a single round.")]
    static PyObject? Fma(double x, double y, double z)
    {
        double r = SysMath.FusedMultiplyAdd(x, y, z);
        if (!double.IsFinite(r))
        {
            if (double.IsNaN(r))
            {
                if (!double.IsNaN(x) && !double.IsNaN(y) && !double.IsNaN(z))
                    return Errors.SetString(PyExc.ValueError, "invalid operation in fma");
            }
            else if (double.IsFinite(x) && double.IsFinite(y) && double.IsFinite(z))
                return Errors.SetString(PyExc.OverflowError, "overflow in fma");
        }
        return PyFloat.FromDouble(r);
    }

    /// <summary>C's nextafter.</summary>
    static double NextAfter(double x, double y)
    {
        if (double.IsNaN(x)) return x;
        if (double.IsNaN(y)) return y;
        if (x == y) return y;
        if (x == 0.0) return double.CopySign(double.Epsilon, y);
        return (y > x) == (x > 0) ? SysMath.BitIncrement(SysMath.Abs(x)) * SysMath.Sign(x) : SysMath.BitDecrement(SysMath.Abs(x)) * SysMath.Sign(x);
    }

    [PyMethod("nextafter", Doc = "Return the floating-point value the given number of steps after x towards y.\n\nIf steps is not specified or is None, it defaults to 1.\n\nRaises a TypeError, if x or y is not a double, or if steps is not an integer.\nRaises ValueError if steps is negative.")]
    static PyObject? NextAfterMethod(double x, double y, [KeywordOnly] PyObject? steps = null)
    {
        if (steps == null || steps == Py.None) return PyFloat.FromDouble(NextAfter(x, y));
        var st = Abstract.Index(steps);
        if (st == null) return null;
        var big = st.ToBigInteger();
        Py.DECREF(st);
        if (big.Sign < 0) return Errors.SetString(PyExc.ValueError, "steps must be a non-negative integer");
        if (big.IsZero) return PyFloat.FromDouble(x);
        if (double.IsNaN(x)) return PyFloat.FromDouble(x);
        if (double.IsNaN(y)) return PyFloat.FromDouble(y);
        ulong usteps = big > ulong.MaxValue ? ulong.MaxValue : (ulong)big;
        // Step through the bit patterns, which order the doubles of one sign by magnitude.
        ulong ux = (ulong)System.BitConverter.DoubleToInt64Bits(x), uy = (ulong)System.BitConverter.DoubleToInt64Bits(y);
        if (ux == uy) return PyFloat.FromDouble(x);
        const ulong signBit = 1UL << 63;
        ulong ax = ux & ~signBit, ay = uy & ~signBit;
        ulong result;
        if (((ux ^ uy) & signBit) != 0)
        {
            // Opposite signs: down to zero, then up on y's side. (< not <=: +0.0 vs -0.0.)
            if (ax + ay <= usteps) return PyFloat.FromDouble(y);
            result = ax < usteps ? (uy & signBit) | (usteps - ax) : ux - usteps;
        }
        else if (ax > ay)
        {
            if (ax - ay < usteps) return PyFloat.FromDouble(y);
            result = ux - usteps;
        }
        else
        {
            if (ay - ax < usteps) return PyFloat.FromDouble(y);
            result = ux + usteps;
        }
        return PyFloat.FromDouble(System.BitConverter.Int64BitsToDouble((long)result));
    }

    [PyMethod("ulp", Doc = "Return the value of the least significant bit of the float x.")]
    static double Ulp(double x)
    {
        if (double.IsNaN(x)) return x;
        x = SysMath.Abs(x);
        if (double.IsInfinity(x)) return x;
        double x2 = NextAfter(x, double.PositiveInfinity);
        if (double.IsInfinity(x2)) return x - NextAfter(x, double.NegativeInfinity);
        return x2 - x;
    }
}
