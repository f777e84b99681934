using System.Numerics;
using Sharpy.Objects;
using Sharpy.Runtime;
using SysMath = System.Math;

namespace Sharpy.Modules;

// gamma and lgamma (CPython's own Lanczos implementation, m_tgamma/m_lgamma, not libm's),
// and the logarithms, which take ints of any size (loghelper).
public static partial class MathModule
{
    const double LogPi = 1.144729885849400174143427351353058711647;
    const string NonintegerOrPositive = "expected a noninteger or positive integer, got {0}";

    /// <summary>The outcome of a special function besides its value, as libm's errno.</summary>
    enum MathErr { None, Domain, Range }

    [PyMethod("gamma", Doc = "Gamma function at x.")]
    static PyObject? Gamma(PyObject arg) => WithErrno(arg, TGamma);

    [PyMethod("lgamma", Doc = "Natural logarithm of absolute value of Gamma function at x.")]
    static PyObject? LGamma(PyObject arg) => WithErrno(arg, LGammaCore);

    delegate double ErrnoFunc(double x, out MathErr err);

    /// <summary>math_1a: a function that reports domain and range errors itself, as errno.</summary>
    static PyObject? WithErrno(PyObject arg, ErrnoFunc f)
    {
        if (!ToDouble(arg, out double x)) return null;
        double r = f(x, out var err);
        if (err == MathErr.Domain) return DomainError(NonintegerOrPositive, x);
        // Underflow is not an error: only a result of magnitude >= 1.5 is an overflow (is_error).
        if (err == MathErr.Range && SysMath.Abs(r) >= 1.5) return RangeError();
        return PyFloat.FromDouble(r);
    }

    /// <summary>sin(pi*x), accurate for x near an integer (m_sinpi); x finite.</summary>
    static double SinPi(double x)
    {
        double y = SysMath.Abs(x) % 2.0, r;
        int n = (int)SysMath.Round(2.0 * y, System.MidpointRounding.AwayFromZero);
        switch (n)
        {
            case 0: r = SysMath.Sin(Pi * y); break;
            case 1: r = SysMath.Cos(Pi * (y - 0.5)); break;
            case 2: r = SysMath.Sin(Pi * (1.0 - y)); break; // not -sin(pi*(y-1.0)): that gives -0.0 at y == 1.0
            case 3: r = -SysMath.Cos(Pi * (y - 1.5)); break;
            default: r = SysMath.Sin(Pi * (y - 2.0)); break;
        }
        return double.CopySign(1.0, x) * r;
    }

    // Lanczos approximation with N=13 and g=6.024680040776729583740234375 (Boost's
    // parameters), as a rational function; CPython's coefficients.
    const double LanczosG = 6.024680040776729583740234375;
    const double LanczosGMinusHalf = 5.524680040776729583740234375;

    static readonly double[] LanczosNum =
    [
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    ];

    /// <summary>The denominator x*(x+1)*...*(x+11) as coefficients.</summary>
    static readonly double[] LanczosDen =
    [
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
    ];

    /// <summary>Gamma of 1 .. 23, exact.</summary>
    static readonly double[] GammaIntegral =
    [
        1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
        3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
        1307674368000.0, 20922789888000.0, 355687428096000.0,
        6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
        51090942171709440000.0, 1124000727777607680000.0,
    ];

    /// <summary>Lanczos' sum L_g(x) for x > 0; in 1/x for large x, against overflow.</summary>
    static double LanczosSum(double x)
    {
        double num = 0.0, den = 0.0;
        if (x < 5.0)
        {
            for (int i = LanczosNum.Length; --i >= 0;)
            {
                num = num * x + LanczosNum[i];
                den = den * x + LanczosDen[i];
            }
        }
        else
        {
            for (int i = 0; i < LanczosNum.Length; i++)
            {
                num = num / x + LanczosNum[i];
                den = den / x + LanczosDen[i];
            }
        }
        return num / den;
    }

    /// <summary>m_tgamma.</summary>
    static double TGamma(double x, out MathErr err)
    {
        err = MathErr.None;
        if (!double.IsFinite(x))
        {
            if (double.IsNaN(x) || x > 0.0) return x;
            err = MathErr.Domain;
            return PyFloat.NaN;
        }
        if (x == 0.0)
        {
            err = MathErr.Domain;
            return double.CopySign(double.PositiveInfinity, x);
        }
        if (x == SysMath.Floor(x))
        {
            if (x < 0.0)
            {
                err = MathErr.Domain;
                return PyFloat.NaN;
            }
            if (x <= GammaIntegral.Length) return GammaIntegral[(int)x - 1];
        }
        double absx = SysMath.Abs(x), r;
        if (absx < 1e-20)
        {
            r = 1.0 / x;
            if (double.IsInfinity(r)) err = MathErr.Range;
            return r;
        }
        if (absx > 200.0)
        {
            if (x < 0.0) return 0.0 / SinPi(x);
            err = MathErr.Range;
            return double.PositiveInfinity;
        }
        double y = absx + LanczosGMinusHalf, z;
        // The rounding error in y, to correct the result with (1 + z*g/y).
        if (absx > LanczosGMinusHalf)
        {
            double q = y - absx;
            z = q - LanczosGMinusHalf;
        }
        else
        {
            double q = y - LanczosGMinusHalf;
            z = q - absx;
        }
        z = z * LanczosG / y;
        if (x < 0.0)
        {
            r = -Pi / SinPi(absx) / absx * SysMath.Exp(y) / LanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) r /= SysMath.Pow(y, absx - 0.5);
            else
            {
                double sqrtpow = SysMath.Pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        }
        else
        {
            r = LanczosSum(absx) / SysMath.Exp(y);
            r += z * r;
            if (absx < 140.0) r *= SysMath.Pow(y, absx - 0.5);
            else
            {
                double sqrtpow = SysMath.Pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        if (double.IsInfinity(r)) err = MathErr.Range;
        return r;
    }

    /// <summary>m_lgamma: log(|Gamma(x)|).</summary>
    static double LGammaCore(double x, out MathErr err)
    {
        err = MathErr.None;
        if (!double.IsFinite(x)) return double.IsNaN(x) ? x : double.PositiveInfinity;
        if (x == SysMath.Floor(x) && x <= 2.0)
        {
            if (x <= 0.0)
            {
                err = MathErr.Domain;
                return double.PositiveInfinity;
            }
            return 0.0;
        }
        double absx = SysMath.Abs(x);
        if (absx < 1e-20) return -SysMath.Log(absx);
        double r = SysMath.Log(LanczosSum(absx)) - LanczosG;
        r += (absx - 0.5) * (SysMath.Log(absx + LanczosG - 0.5) - 1);
        if (x < 0.0) r = LogPi - SysMath.Log(SysMath.Abs(SinPi(absx))) - SysMath.Log(absx) - r;
        if (double.IsInfinity(r)) err = MathErr.Range;
        return r;
    }

    const string PositiveInput = "expected a positive input";

    /// <summary>
    /// loghelper: the logarithm of an int of any size (log(m * 2**e) = log(m) + log(2) * e when
    /// it does not fit a float), or of a float through libm.
    /// </summary>
    static PyObject? LogHelper(PyObject arg, System.Func<double, double> func)
    {
        if (arg is PyLong l)
        {
            var v = l.ToBigInteger();
            if (v.Sign <= 0) return Errors.SetString(PyExc.ValueError, PositiveInput);
            double result;
            if (NumberConvert.ToDouble(v, out double x)) result = func(x);
            else
            {
                // x ~= m * 2**e with 0.5 <= m < 1 (_PyLong_Frexp).
                long e = (long)v.GetBitLength();
                int shift = (int)(e - 55);
                NumberConvert.Round(v >> shift, 0, !(v & ((BigInteger.One << shift) - 1)).IsZero, out double top);
                double m = SysMath.ScaleB(top, -55);
                if (m == 1.0) { m = 0.5; e++; }
                result = func(m) + func(2.0) * e;
            }
            return PyFloat.FromDouble(result);
        }
        return Math1(arg, func, false, PositiveInput + ", got {0}");
    }

    /// <summary>m_log: special values decided here; positive finite x through libm.</summary>
    static double MLog(double x)
    {
        if (double.IsFinite(x)) return x > 0.0 ? SysMath.Log(x) : (x == 0.0 ? double.NegativeInfinity : PyFloat.NaN);
        if (double.IsNaN(x) || x > 0.0) return x;
        return PyFloat.NaN;
    }

    static double MLog2(double x)
    {
        if (!double.IsFinite(x)) return double.IsNaN(x) || x > 0.0 ? x : PyFloat.NaN;
        if (x > 0.0) return SysMath.Log2(x);
        return x == 0.0 ? double.NegativeInfinity : PyFloat.NaN;
    }

    static double MLog10(double x)
    {
        if (double.IsFinite(x)) return x > 0.0 ? SysMath.Log10(x) : (x == 0.0 ? double.NegativeInfinity : PyFloat.NaN);
        if (double.IsNaN(x) || x > 0.0) return x;
        return PyFloat.NaN;
    }

    [PyMethod("log", TextSignature = "", Doc = "log(x, [base=math.e])\nReturn the logarithm of x to the given base.\n\nIf the base is not specified, returns the natural logarithm (base e) of x.")]
    static PyObject? Log(PyObject x, PyObject? @base = null)
    {
        var num = LogHelper(x, MLog);
        if (num == null || @base == null) return num;
        var den = LogHelper(@base, MLog);
        if (den == null)
        {
            Py.DECREF(num);
            return null;
        }
        var ans = Abstract.BinaryOp(num, den, Compiler.NbOp.TRUE_DIVIDE);
        Py.DECREF(num);
        Py.DECREF(den);
        return ans;
    }

    [PyMethod("log2", Doc = "Return the base 2 logarithm of x.")]
    static PyObject? Log2(PyObject x) => LogHelper(x, MLog2);

    [PyMethod("log10", Doc = "Return the base 10 logarithm of x.")]
    static PyObject? Log10(PyObject x) => LogHelper(x, MLog10);
}
