using Sharpy.Objects;
using Sharpy.Runtime;
using SysMath = System.Math;

namespace Sharpy.Modules;

/// <summary>
/// The `cmath` module (Modules/cmathmodule.c): complex functions with C99 Annex G results for
/// infinities and NaNs (the special-value tables), CPython's branch cuts and signs of zeros,
/// and its error rules: a result Annex G marks invalid or divide-by-zero is ValueError "math
/// domain error", an overflow OverflowError "math range error". Each c_* function returns its
/// result and sets <c>errno</c> as CPython's does (0, EDOM or ERANGE).
/// </summary>
[PyModule("cmath", Doc = "This module provides access to mathematical functions for complex\nnumbers.")]
public static partial class CmathModule
{
    [PyConstant("pi")] const double Pi = SysMath.PI;
    [PyConstant("e")] const double E = SysMath.E;
    [PyConstant("tau")] const double Tau = 2 * SysMath.PI;
    [PyConstant("inf")] const double Inf = double.PositiveInfinity;
    [PyConstant("nan")] static readonly double Nan = PyFloat.NaN;
    [PyConstant("infj")] static PyObject InfJ => PyComplex.FromDoubles(0.0, double.PositiveInfinity);
    [PyConstant("nanj")] static PyObject NanJ => PyComplex.FromDoubles(0.0, PyFloat.NaN);

    const int EDOM = 33, ERANGE = 34;
    const double Ln2 = 0.6931471805599453094, Ln10 = 2.302585092994045684;
    // CM_LARGE_DOUBLE and friends: thresholds that avoid spurious overflow and underflow.
    const double LargeDouble = double.MaxValue / 4.0;
    static readonly double SqrtLargeDouble = SysMath.Sqrt(LargeDouble);
    static readonly double LogLargeDouble = SysMath.Log(LargeDouble);
    static readonly double SqrtDblMin = SysMath.Sqrt(DblMin);
    const double DblMin = 2.2250738585072014e-308;
    const int MantDig = 53;
    const int ScaleUp = 2 * (MantDig / 2) + 1, ScaleDown = -(ScaleUp + 1) / 2;

    static double Hypot(double x, double y) => LibM.Hypot(x, y);

    /// <summary>The Py_complex_protected converter and return converter: z → func(z), or the errno's exception.</summary>
    static PyObject? Protected(PyObject arg, CFunc func)
    {
        if (!PyComplex.AsCComplex(arg, out double re, out double im)) return null;
        int errno = 0;
        var (rr, ri) = func(re, im, ref errno);
        return errno != 0 ? MathError(errno) : PyComplex.FromDoubles(rr, ri);
    }

    delegate (double, double) CFunc(double re, double im, ref int errno);

    static PyObject? MathError(int errno) => errno == EDOM
        ? Errors.SetString(PyExc.ValueError, "math domain error")
        : Errors.SetString(PyExc.OverflowError, "math range error");

    [PyMethod("acos", Doc = "Return the arc cosine of z.")]
    static PyObject? Acos(PyObject z) => Protected(z, CAcos);

    [PyMethod("acosh", Doc = "Return the inverse hyperbolic cosine of z.")]
    static PyObject? Acosh(PyObject z) => Protected(z, CAcosh);

    [PyMethod("asin", Doc = "Return the arc sine of z.")]
    static PyObject? Asin(PyObject z) => Protected(z, CAsin);

    [PyMethod("asinh", Doc = "Return the inverse hyperbolic sine of z.")]
    static PyObject? Asinh(PyObject z) => Protected(z, CAsinh);

    [PyMethod("atan", Doc = "Return the arc tangent of z.")]
    static PyObject? Atan(PyObject z) => Protected(z, CAtan);

    [PyMethod("atanh", Doc = "Return the inverse hyperbolic tangent of z.")]
    static PyObject? Atanh(PyObject z) => Protected(z, CAtanh);

    [PyMethod("cos", Doc = "Return the cosine of z.")]
    static PyObject? Cos(PyObject z) => Protected(z, CCos);

    [PyMethod("cosh", Doc = "Return the hyperbolic cosine of z.")]
    static PyObject? Cosh(PyObject z) => Protected(z, CCosh);

    [PyMethod("exp", Doc = "Return the exponential value e**z.")]
    static PyObject? Exp(PyObject z) => Protected(z, CExp);

    [PyMethod("log10", Doc = "Return the base-10 logarithm of z.")]
    static PyObject? Log10(PyObject z) => Protected(z, CLog10);

    [PyMethod("sin", Doc = "Return the sine of z.")]
    static PyObject? Sin(PyObject z) => Protected(z, CSin);

    [PyMethod("sinh", Doc = "Return the hyperbolic sine of z.")]
    static PyObject? Sinh(PyObject z) => Protected(z, CSinh);

    [PyMethod("sqrt", Doc = "Return the square root of z.")]
    static PyObject? Sqrt(PyObject z) => Protected(z, CSqrt);

    [PyMethod("tan", Doc = "Return the tangent of z.")]
    static PyObject? Tan(PyObject z) => Protected(z, CTan);

    [PyMethod("tanh", Doc = "Return the hyperbolic tangent of z.")]
    static PyObject? Tanh(PyObject z) => Protected(z, CTanh);

    static (double, double) CAcos(double x, double y, ref int errno)
    {
        errno = 0;
        if (!double.IsFinite(x) || !double.IsFinite(y)) return Special(s_acos, x, y);
        if (SysMath.Abs(x) > LargeDouble || SysMath.Abs(y) > LargeDouble)
        {
            // Avoid needless overflow for large arguments.
            return (SysMath.Atan2(SysMath.Abs(y), x), -SysMath.CopySign(SysMath.Log(Hypot(x / 2.0, y / 2.0)) + Ln2 * 2.0, y));
        }
        var (s1r, s1i) = CSqrt(1.0 - x, -y, ref errno);
        var (s2r, s2i) = CSqrt(1.0 + x, y, ref errno);
        errno = 0;
        return (2.0 * SysMath.Atan2(s1r, s2r), SysMath.Asinh(s2r * s1i - s2i * s1r));
    }

    static (double, double) CAcosh(double x, double y, ref int errno)
    {
        errno = 0;
        if (!double.IsFinite(x) || !double.IsFinite(y)) return Special(s_acosh, x, y);
        if (SysMath.Abs(x) > LargeDouble || SysMath.Abs(y) > LargeDouble)
            return (SysMath.Log(Hypot(x / 2.0, y / 2.0)) + Ln2 * 2.0, SysMath.Atan2(y, x));
        var (s1r, s1i) = CSqrt(x - 1.0, y, ref errno);
        var (s2r, s2i) = CSqrt(x + 1.0, y, ref errno);
        errno = 0;
        return (SysMath.Asinh(s1r * s2r + s1i * s2i), 2.0 * SysMath.Atan2(s1i, s2r));
    }

    /// <summary>asin(z) = -i asinh(iz).</summary>
    static (double, double) CAsin(double x, double y, ref int errno)
    {
        var (sr, si) = CAsinh(-y, x, ref errno);
        return (si, -sr);
    }

    static (double, double) CAsinh(double x, double y, ref int errno)
    {
        errno = 0;
        if (!double.IsFinite(x) || !double.IsFinite(y)) return Special(s_asinh, x, y);
        if (SysMath.Abs(x) > LargeDouble || SysMath.Abs(y) > LargeDouble)
        {
            double re = y >= 0.0
                ? SysMath.CopySign(SysMath.Log(Hypot(x / 2.0, y / 2.0)) + Ln2 * 2.0, x)
                : -SysMath.CopySign(SysMath.Log(Hypot(x / 2.0, y / 2.0)) + Ln2 * 2.0, -x);
            return (re, SysMath.Atan2(y, SysMath.Abs(x)));
        }
        var (s1r, s1i) = CSqrt(1.0 + y, -x, ref errno);
        var (s2r, s2i) = CSqrt(1.0 - y, x, ref errno);
        errno = 0;
        return (SysMath.Asinh(s1r * s2i - s2r * s1i), SysMath.Atan2(y, s1r * s2r - s1i * s2i));
    }

    /// <summary>atan(z) = -i atanh(iz).</summary>
    static (double, double) CAtan(double x, double y, ref int errno)
    {
        var (sr, si) = CAtanh(-y, x, ref errno);
        return (si, -sr);
    }

    static (double, double) CAtanh(double x, double y, ref int errno)
    {
        errno = 0;
        if (!double.IsFinite(x) || !double.IsFinite(y)) return Special(s_atanh, x, y);
        // atanh(z) = -atanh(-z): reduce to x >= 0.
        if (x < 0.0)
        {
            var (nr, ni) = CAtanh(-x, -y, ref errno);
            return (-nr, -ni);
        }
        double ay = SysMath.Abs(y);
        if (x > SqrtLargeDouble || ay > SqrtLargeDouble)
        {
            // |z| large: atanh(z) ~ 1/z +/- i*pi/2.
            double h = Hypot(x / 2.0, y / 2.0);
            return (x / 4.0 / h / h, SysMath.CopySign(SysMath.PI / 2.0, y));
        }
        if (x == 1.0 && ay < SqrtDblMin)
        {
            // C99: atanh(1 +/- 0i) is inf +/- 0i.
            if (ay == 0.0)
            {
                errno = EDOM;
                return (double.PositiveInfinity, y);
            }
            return (-SysMath.Log(SysMath.Sqrt(ay) / SysMath.Sqrt(Hypot(ay, 2.0))), SysMath.CopySign(SysMath.Atan2(2.0, -ay) / 2, y));
        }
        return (LibM.Log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0, -SysMath.Atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0);
    }

    /// <summary>cos(z) = cosh(iz).</summary>
    static (double, double) CCos(double x, double y, ref int errno) => CCosh(-y, x, ref errno);

    static (double, double) CCosh(double x, double y, ref int errno)
    {
        double rr, ri;
        if (!double.IsFinite(x) || !double.IsFinite(y))
        {
            // cosh(+/-inf + iy) for finite nonzero y needs the signs of cos(y) and sin(y).
            if (double.IsInfinity(x) && double.IsFinite(y) && y != 0.0)
            {
                rr = SysMath.CopySign(double.PositiveInfinity, SysMath.Cos(y));
                ri = x > 0 ? SysMath.CopySign(double.PositiveInfinity, SysMath.Sin(y)) : -SysMath.CopySign(double.PositiveInfinity, SysMath.Sin(y));
            }
            else (rr, ri) = Special(s_cosh, x, y);
            errno = double.IsInfinity(y) && !double.IsNaN(x) ? EDOM : 0;
            return (rr, ri);
        }
        if (SysMath.Abs(x) > LogLargeDouble)
        {
            // cosh(x) overflows but cosh(z) may not.
            double xm1 = x - SysMath.CopySign(1.0, x);
            rr = SysMath.Cos(y) * SysMath.Cosh(xm1) * SysMath.E;
            ri = SysMath.Sin(y) * SysMath.Sinh(xm1) * SysMath.E;
        }
        else
        {
            rr = SysMath.Cos(y) * SysMath.Cosh(x);
            ri = SysMath.Sin(y) * SysMath.Sinh(x);
        }
        errno = double.IsInfinity(rr) || double.IsInfinity(ri) ? ERANGE : 0;
        return (rr, ri);
    }

    static (double, double) CExp(double x, double y, ref int errno)
    {
        double rr, ri;
        if (!double.IsFinite(x) || !double.IsFinite(y))
        {
            if (double.IsInfinity(x) && double.IsFinite(y) && y != 0.0)
            {
                if (x > 0)
                {
                    rr = SysMath.CopySign(double.PositiveInfinity, SysMath.Cos(y));
                    ri = SysMath.CopySign(double.PositiveInfinity, SysMath.Sin(y));
                }
                else
                {
                    rr = SysMath.CopySign(0.0, SysMath.Cos(y));
                    ri = SysMath.CopySign(0.0, SysMath.Sin(y));
                }
            }
            else (rr, ri) = Special(s_exp, x, y);
            errno = double.IsInfinity(y) && (double.IsFinite(x) || (double.IsInfinity(x) && x > 0)) ? EDOM : 0;
            return (rr, ri);
        }
        if (x > LogLargeDouble)
        {
            double l = SysMath.Exp(x - 1.0);
            rr = l * SysMath.Cos(y) * SysMath.E;
            ri = l * SysMath.Sin(y) * SysMath.E;
        }
        else
        {
            double l = SysMath.Exp(x);
            rr = l * SysMath.Cos(y);
            ri = l * SysMath.Sin(y);
        }
        errno = double.IsInfinity(rr) || double.IsInfinity(ri) ? ERANGE : 0;
        return (rr, ri);
    }

    /// <summary>
    /// c_log: log|z| rescaled where |z| is subnormal or overflows, and through log1p where |z|
    /// is near 1 (where plain log(hypot) loses accuracy); log(0) is -inf with EDOM.
    /// </summary>
    static (double, double) CLog(double x, double y, ref int errno)
    {
        errno = 0;
        if (!double.IsFinite(x) || !double.IsFinite(y)) return Special(s_log, x, y);
        double ax = SysMath.Abs(x), ay = SysMath.Abs(y), rr;
        if (ax > LargeDouble || ay > LargeDouble) rr = SysMath.Log(Hypot(ax / 2.0, ay / 2.0)) + Ln2;
        else if (ax < DblMin && ay < DblMin)
        {
            if (ax > 0.0 || ay > 0.0)
                rr = SysMath.Log(Hypot(SysMath.ScaleB(ax, MantDig), SysMath.ScaleB(ay, MantDig))) - MantDig * Ln2;
            else
            {
                errno = EDOM;
                return (double.NegativeInfinity, SysMath.Atan2(y, x));
            }
        }
        else
        {
            double h = Hypot(ax, ay);
            if (0.71 <= h && h <= 1.73)
            {
                double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
                rr = LibM.Log1p((am - 1) * (am + 1) + an * an) / 2.0;
            }
            else rr = SysMath.Log(h);
        }
        return (rr, SysMath.Atan2(y, x));
    }

    static (double, double) CLog10(double x, double y, ref int errno)
    {
        var (rr, ri) = CLog(x, y, ref errno);
        return (rr / Ln10, ri / Ln10);
    }

    /// <summary>sin(z) = -i sinh(iz).</summary>
    static (double, double) CSin(double x, double y, ref int errno)
    {
        var (sr, si) = CSinh(-y, x, ref errno);
        return (si, -sr);
    }

    static (double, double) CSinh(double x, double y, ref int errno)
    {
        double rr, ri;
        if (!double.IsFinite(x) || !double.IsFinite(y))
        {
            if (double.IsInfinity(x) && double.IsFinite(y) && y != 0.0)
            {
                rr = x > 0 ? SysMath.CopySign(double.PositiveInfinity, SysMath.Cos(y)) : -SysMath.CopySign(double.PositiveInfinity, SysMath.Cos(y));
                ri = SysMath.CopySign(double.PositiveInfinity, SysMath.Sin(y));
            }
            else (rr, ri) = Special(s_sinh, x, y);
            errno = double.IsInfinity(y) && !double.IsNaN(x) ? EDOM : 0;
            return (rr, ri);
        }
        if (SysMath.Abs(x) > LogLargeDouble)
        {
            double xm1 = x - SysMath.CopySign(1.0, x);
            rr = SysMath.Cos(y) * SysMath.Sinh(xm1) * SysMath.E;
            ri = SysMath.Sin(y) * SysMath.Cosh(xm1) * SysMath.E;
        }
        else
        {
            rr = SysMath.Cos(y) * SysMath.Sinh(x);
            ri = SysMath.Sin(y) * SysMath.Cosh(x);
        }
        errno = double.IsInfinity(rr) || double.IsInfinity(ri) ? ERANGE : 0;
        return (rr, ri);
    }

    /// <summary>
    /// c_sqrt: for x, y >= 0 the real part is sqrt((x + hypot(x, y))/2), computed as
    /// 2*sqrt(x/8 + hypot(x/8, y/8)) against overflow and with both parts scaled up when
    /// subnormal; the imaginary part is y/(2s); symmetries give the other quadrants.
    /// </summary>
    static (double, double) CSqrt(double x, double y, ref int errno)
    {
        errno = 0;
        if (!double.IsFinite(x) || !double.IsFinite(y)) return Special(s_sqrt, x, y);
        if (x == 0.0 && y == 0.0) return (0.0, y);
        double ax = SysMath.Abs(x), ay = SysMath.Abs(y), s;
        if (ax < DblMin && ay < DblMin)
        {
            ax = SysMath.ScaleB(ax, ScaleUp);
            s = SysMath.ScaleB(SysMath.Sqrt(ax + Hypot(ax, SysMath.ScaleB(ay, ScaleUp))), ScaleDown);
        }
        else
        {
            ax /= 8.0;
            s = 2.0 * SysMath.Sqrt(ax + Hypot(ax, ay / 8.0));
        }
        double d = ay / (2.0 * s);
        return x >= 0.0 ? (s, SysMath.CopySign(d, y)) : (d, SysMath.CopySign(s, y));
    }

    /// <summary>tan(z) = -i tanh(iz).</summary>
    static (double, double) CTan(double x, double y, ref int errno)
    {
        var (sr, si) = CTanh(-y, x, ref errno);
        return (si, -sr);
    }

    /// <summary>
    /// c_tanh: tanh(x+iy) = (tanh(x)(1+tan(y)^2) + i tan(y)(1-tanh(x)^2)) / (1+tan(y)^2 tanh(x)^2),
    /// with 1-tanh(x)^2 as 1/cosh(x)^2, and approximated by 4 exp(-2|x|) for large |x|.
    /// </summary>
    static (double, double) CTanh(double x, double y, ref int errno)
    {
        double rr, ri;
        if (!double.IsFinite(x) || !double.IsFinite(y))
        {
            if (double.IsInfinity(x) && double.IsFinite(y) && y != 0.0)
            {
                rr = x > 0 ? 1.0 : -1.0;
                ri = SysMath.CopySign(0.0, 2.0 * SysMath.Sin(y) * SysMath.Cos(y));
            }
            else (rr, ri) = Special(s_tanh, x, y);
            errno = double.IsInfinity(y) && double.IsFinite(x) ? EDOM : 0;
            return (rr, ri);
        }
        errno = 0;
        if (SysMath.Abs(x) > LogLargeDouble)
            return (SysMath.CopySign(1.0, x), 4.0 * SysMath.Sin(y) * SysMath.Cos(y) * SysMath.Exp(-2.0 * SysMath.Abs(x)));
        double tx = SysMath.Tanh(x), ty = SysMath.Tan(y), cx = 1.0 / SysMath.Cosh(x);
        double txty = tx * ty, denom = 1.0 + txty * txty;
        return (tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx);
    }

    /// <summary>log(z[, base]): log(z)/log(base); a zero divisor is a domain error.</summary>
    [PyMethod("log", TextSignature = "($module, z, base=<unrepresentable>, /)", Doc = "log(z[, base]) -> the logarithm of z to the given base.\n\nIf the base is not specified, returns the natural logarithm (base e) of z.")]
    static PyObject? Log(PyObject z, PyObject? @base = null)
    {
        if (!PyComplex.AsCComplex(z, out double x, out double y)) return null;
        int errno = 0;
        var (rr, ri) = CLog(x, y, ref errno);
        if (@base != null)
        {
            if (!PyComplex.AsCComplex(@base, out double bx, out double by)) return null;
            // As in CPython, the base's log decides errno: log(0, 2) is (-inf+nanj), not an error.
            var (br, bi) = CLog(bx, by, ref errno);
            if (!PyComplex.Quot(rr, ri, br, bi, out rr, out ri)) errno = EDOM;
        }
        return errno != 0 ? MathError(errno) : PyComplex.FromDoubles(rr, ri);
    }

    [PyMethod("phase", Doc = "Return argument, also known as the phase angle, of a complex.")]
    static PyObject? Phase(PyObject z)
    {
        if (!PyComplex.AsCComplex(z, out double x, out double y)) return null;
        return PyFloat.FromDouble(SysMath.Atan2(y, x));
    }

    [PyMethod("polar", Doc = "Convert a complex from rectangular coordinates to polar coordinates.\n\nr is the distance from 0 and phi the phase angle.")]
    static PyObject? Polar(PyObject z)
    {
        if (!PyComplex.AsCComplex(z, out double x, out double y)) return null;
        double phi = SysMath.Atan2(y, x);
        double r = CAbs(x, y, out int errno);
        if (errno != 0) return MathError(errno);
        return PyTuple.FromStolen([PyFloat.FromDouble(r), PyFloat.FromDouble(phi)]);
    }

    /// <summary>_Py_c_abs: hypot, with an infinite part winning over a NaN; ERANGE when finite parts overflow.</summary>
    static double CAbs(double x, double y, out int errno)
    {
        errno = 0;
        if (!double.IsFinite(x) || !double.IsFinite(y))
        {
            if (double.IsInfinity(x)) return SysMath.Abs(x);
            if (double.IsInfinity(y)) return SysMath.Abs(y);
            return PyFloat.NaN;
        }
        double r = Hypot(x, y);
        if (!double.IsFinite(r)) errno = ERANGE;
        return r;
    }

    /// <summary>
    /// rect(r, phi): r*(cos(phi) + i sin(phi)), with special values in the spirit of C99: like
    /// exp(log(r) + i phi) for positive r, -exp(log(-r) + i phi) for negative r.
    /// </summary>
    [PyMethod("rect", Doc = "Convert from polar coordinates to rectangular coordinates.")]
    static PyObject? Rect(double r, double phi)
    {
        double zr, zi;
        int errno = 0;
        if (!double.IsFinite(r) || !double.IsFinite(phi))
        {
            if (double.IsInfinity(r) && double.IsFinite(phi) && phi != 0.0)
            {
                double c = SysMath.CopySign(double.PositiveInfinity, SysMath.Cos(phi));
                double s = SysMath.CopySign(double.PositiveInfinity, SysMath.Sin(phi));
                (zr, zi) = r > 0 ? (c, s) : (-c, -s);
            }
            else (zr, zi) = Special(s_rect, r, phi);
            if (r != 0.0 && !double.IsNaN(r) && double.IsInfinity(phi)) errno = EDOM;
        }
        else if (phi == 0.0)
        {
            zr = r;
            zi = r * phi;
        }
        else
        {
            zr = r * SysMath.Cos(phi);
            zi = r * SysMath.Sin(phi);
        }
        return errno != 0 ? MathError(errno) : PyComplex.FromDoubles(zr, zi);
    }

    [PyMethod("isfinite", Doc = "Return True if both the real and imaginary parts of z are finite, else False.")]
    static PyObject? IsFinite(PyObject z)
    {
        if (!PyComplex.AsCComplex(z, out double x, out double y)) return null;
        return Py.NewBool(double.IsFinite(x) && double.IsFinite(y));
    }

    [PyMethod("isnan", Doc = "Checks if the real or imaginary part of z not a number (NaN).")]
    static PyObject? IsNan(PyObject z)
    {
        if (!PyComplex.AsCComplex(z, out double x, out double y)) return null;
        return Py.NewBool(double.IsNaN(x) || double.IsNaN(y));
    }

    [PyMethod("isinf", Doc = "Checks if the real or imaginary part of z is infinite.")]
    static PyObject? IsInf(PyObject z)
    {
        if (!PyComplex.AsCComplex(z, out double x, out double y)) return null;
        return Py.NewBool(double.IsInfinity(x) || double.IsInfinity(y));
    }

    [PyMethod("isclose", Doc = "Determine whether two complex numbers are close in value.\n\n  rel_tol\n    maximum difference for being considered \"close\", relative to the\n    magnitude of the input values\n  abs_tol\n    maximum difference for being considered \"close\", regardless of the\n    magnitude of the input values\n\nReturn True if a is close in value to b, and False otherwise.\n\nFor the values to be considered close, the difference between them must be\nsmaller than at least one of the tolerances.\n\n-inf, inf and NaN behave similarly to the IEEE 754 Standard. That is, NaN is\nnot close to anything, even itself. inf and -inf are only close to themselves.")]
    static PyObject? IsClose([Keyword] PyObject a, [Keyword] PyObject b, [KeywordOnly] double rel_tol = 1e-09, [KeywordOnly] double abs_tol = 0.0)
    {
        if (!PyComplex.AsCComplex(a, out double ar, out double ai)) return null;
        if (!PyComplex.AsCComplex(b, out double br, out double bi)) return null;
        if (rel_tol < 0.0 || abs_tol < 0.0) return Errors.SetString(PyExc.ValueError, "tolerances must be non-negative");
        // Exact equality first: it catches two infinities of the same sign.
        if (ar == br && ai == bi) return Py.NewBool(true);
        // An infinity against anything else: never close (the relative test would be infinite).
        if (double.IsInfinity(ar) || double.IsInfinity(ai) || double.IsInfinity(br) || double.IsInfinity(bi)) return Py.NewBool(false);
        double diff = CAbs(ar - br, ai - bi, out _);
        return Py.NewBool(diff <= rel_tol * CAbs(br, bi, out _) || diff <= rel_tol * CAbs(ar, ai, out _) || diff <= abs_tol);
    }
}
