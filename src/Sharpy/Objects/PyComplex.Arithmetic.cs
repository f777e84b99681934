using System;
using System.Numerics;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// complex arithmetic (complexobject.c, 3.14): complex op complex uses the C99 Annex G
// formulas; a real operand (int or float) takes part as a real, not as complex(x, 0), so
// signs of zeros survive (complex(1, -0.0) + 1.0 == (2-0j)).
public partial class PyComplex
{
    /// <summary>1 complex, 2 real (int or float), 0 neither (NotImplemented), -1 error.</summary>
    static int Classify(PyObject o, out double re, out double im)
    {
        im = 0;
        if (o is PyComplex c)
        {
            re = c.Real;
            im = c.Imag;
            return 1;
        }
        int r = PyFloat.ConvertOperand(o, out re);
        return r == 1 ? 2 : r;
    }

    static PyObject? Binary(PyObject a, PyObject b, int op)
    {
        int ka = Classify(a, out double ar, out double ai);
        if (ka <= 0) return ka == 0 ? Py.NotImplemented : null;
        int kb = Classify(b, out double br, out double bi);
        if (kb <= 0) return kb == 0 ? Py.NotImplemented : null;
        if (!Arith(op, ar, ai, ka == 1, br, bi, kb == 1, out double rr, out double ri))
            return Errors.SetString(PyExc.ZeroDivisionError, "division by zero");
        return FromDoubles(rr, ri);
    }

    /// <summary>
    /// Complex +, -, *, / (op 0..3) with 3.14's mixed-mode rules: a real operand has no
    /// imaginary part to combine, so 0.0 - 0j is -0j and 2.0 * (1-0j) keeps the -0.0.
    /// False for a division by zero. The compiler's constant folding uses it too.
    /// </summary>
    internal static bool Arith(int op, double ar, double ai, bool aComplex, double br, double bi, bool bComplex, out double rr, out double ri)
    {
        int ka = aComplex ? 1 : 2, kb = bComplex ? 1 : 2;
        switch (op)
        {
            case 0: // +
                if (ka == 1 && kb == 1) { rr = ar + br; ri = ai + bi; }
                else if (ka == 1) { rr = ar + br; ri = ai; }
                else { rr = ar + br; ri = bi; }
                break;
            case 1: // -
                if (ka == 1 && kb == 1) { rr = ar - br; ri = ai - bi; }
                else if (ka == 1) { rr = ar - br; ri = ai; }
                else { rr = ar - br; ri = -bi; }
                break;
            case 2: // *
                if (ka == 1 && kb == 1) (rr, ri) = Prod(ar, ai, br, bi);
                else if (ka == 1) { rr = ar * br; ri = ai * br; }
                else { rr = br * ar; ri = bi * ar; }
                break;
            default: // /
                bool ok;
                if (ka == 1 && kb == 1) ok = Quot(ar, ai, br, bi, out rr, out ri);
                else if (ka == 1)
                {
                    ok = br != 0;
                    rr = ok ? ar / br : 0;
                    ri = ok ? ai / br : 0;
                }
                else ok = RealQuot(ar, br, bi, out rr, out ri);
                return ok;
        }
        return true;
    }

    [PySlot("nb_add")]
    public static PyObject? Add(PyObject a, PyObject b) => Binary(a, b, 0);

    [PySlot("nb_subtract")]
    public static PyObject? Subtract(PyObject a, PyObject b) => Binary(a, b, 1);

    [PySlot("nb_multiply")]
    public static PyObject? Multiply(PyObject a, PyObject b) => Binary(a, b, 2);

    [PySlot("nb_true_divide")]
    public static PyObject? TrueDivide(PyObject a, PyObject b) => Binary(a, b, 3);

    static double Box(double x) => Math.CopySign(double.IsInfinity(x) ? 1.0 : 0.0, x);
    static double NanToZero(double x) => double.IsNaN(x) ? Math.CopySign(0.0, x) : x;

    /// <summary>_Py_c_prod, recovering infinities that compute as nan+nanj (C11 Annex G.5.1).</summary>
    internal static (double, double) Prod(double a, double b, double c, double d)
    {
        double ac = a * c, bd = b * d, ad = a * d, bc = b * c;
        double rr = ac - bd, ri = ad + bc;
        if (double.IsNaN(rr) && double.IsNaN(ri))
        {
            bool recalc = false;
            if (double.IsInfinity(a) || double.IsInfinity(b))
            {
                a = Box(a); b = Box(b);
                c = NanToZero(c); d = NanToZero(d);
                recalc = true;
            }
            if (double.IsInfinity(c) || double.IsInfinity(d))
            {
                c = Box(c); d = Box(d);
                a = NanToZero(a); b = NanToZero(b);
                recalc = true;
            }
            if (!recalc && (double.IsInfinity(ac) || double.IsInfinity(bd) || double.IsInfinity(ad) || double.IsInfinity(bc)))
            {
                a = NanToZero(a); b = NanToZero(b); c = NanToZero(c); d = NanToZero(d);
                recalc = true;
            }
            if (recalc)
            {
                rr = double.PositiveInfinity * (a * c - b * d);
                ri = double.PositiveInfinity * (a * d + b * c);
            }
        }
        return (rr, ri);
    }

    /// <summary>_Py_c_quot: Smith's algorithm, with Annex G.5.2's recovery of infinities and zeros; false on division by zero.</summary>
    internal static bool Quot(double ar, double ai, double br, double bi, out double rr, out double ri)
    {
        double absBr = Math.Abs(br), absBi = Math.Abs(bi);
        if (absBr >= absBi)
        {
            if (absBr == 0.0)
            {
                rr = ri = 0;
                return false;
            }
            double ratio = bi / br, denom = br + bi * ratio;
            rr = (ar + ai * ratio) / denom;
            ri = (ai - ar * ratio) / denom;
        }
        else if (absBi >= absBr)
        {
            double ratio = br / bi, denom = br * ratio + bi;
            rr = (ar * ratio + ai) / denom;
            ri = (ai * ratio - ar) / denom;
        }
        else rr = ri = double.NaN;
        if (double.IsNaN(rr) && double.IsNaN(ri))
        {
            if ((double.IsInfinity(ar) || double.IsInfinity(ai)) && double.IsFinite(br) && double.IsFinite(bi))
            {
                double x = Box(ar), y = Box(ai);
                rr = double.PositiveInfinity * (x * br + y * bi);
                ri = double.PositiveInfinity * (y * br - x * bi);
            }
            else if ((double.IsInfinity(absBr) || double.IsInfinity(absBi)) && double.IsFinite(ar) && double.IsFinite(ai))
            {
                double x = Box(br), y = Box(bi);
                rr = 0.0 * (ar * x + ai * y);
                ri = 0.0 * (ai * x - ar * y);
            }
        }
        return true;
    }

    /// <summary>_Py_rc_quot: a real divided by a complex.</summary>
    internal static bool RealQuot(double a, double br, double bi, out double rr, out double ri)
    {
        double absBr = Math.Abs(br), absBi = Math.Abs(bi);
        if (absBr >= absBi)
        {
            if (absBr == 0.0)
            {
                rr = ri = 0;
                return false;
            }
            double ratio = bi / br, denom = br + bi * ratio;
            rr = a / denom;
            ri = (-a * ratio) / denom;
        }
        else if (absBi >= absBr)
        {
            double ratio = br / bi, denom = br * ratio + bi;
            rr = (a * ratio) / denom;
            ri = (-a) / denom;
        }
        else rr = ri = double.NaN;
        if (double.IsNaN(rr) && double.IsNaN(ri) && double.IsFinite(a) && (double.IsInfinity(absBr) || double.IsInfinity(absBi)))
        {
            double x = Box(br), y = Box(bi);
            rr = 0.0 * (a * x);
            ri = 0.0 * (-a * y);
        }
        return true;
    }

    [PySlot("nb_power")]
    public static PyObject? Power(PyObject a, PyObject b, PyObject c)
    {
        int ka = Classify(a, out double ar, out double ai);
        if (ka <= 0) return ka == 0 ? Py.NotImplemented : null;
        int kb = Classify(b, out double br, out double bi);
        if (kb <= 0) return kb == 0 ? Py.NotImplemented : null;
        if (c != Py.None) return Errors.SetString(PyExc.ValueError, "complex modulo");
        return PowObjects(new Complex(ar, ai), new Complex(br, bi));
    }

    /// <summary>complex_pow: small integral exponents by repeated multiplication, else polar form.</summary>
    public static PyObject? PowObjects(Complex a, Complex b)
    {
        switch (PowValue(a, b, out Complex r))
        {
            case PowError.ZeroToNegative:
                return Errors.SetString(PyExc.ZeroDivisionError, "zero to a negative or complex power");
            case PowError.Overflow:
                return Errors.SetString(PyExc.OverflowError, "complex exponentiation");
            default:
                return FromComplex(r);
        }
    }

    internal enum PowError { None, ZeroToNegative, Overflow }

    /// <summary>complex_pow's value, without raising: the compiler's constant folding uses it too.</summary>
    internal static PowError PowValue(Complex a, Complex b, out Complex result)
    {
        double rr, ri;
        bool edom = false;
        if (b.Imaginary == 0.0 && b.Real == Math.Floor(b.Real) && Math.Abs(b.Real) <= 100.0)
        {
            long n = (long)b.Real;
            if (n > 0) (rr, ri) = PowU(a.Real, a.Imaginary, n);
            else
            {
                var (pr, pi) = PowU(a.Real, a.Imaginary, -n);
                edom = !Quot(1, 0, pr, pi, out rr, out ri);
            }
        }
        else
        {
            edom = !CPow(a.Real, a.Imaginary, b.Real, b.Imaginary, out rr, out ri);
        }
        result = new Complex(rr, ri);
        if (edom) return PowError.ZeroToNegative;
        if (double.IsInfinity(rr) || double.IsInfinity(ri)) return PowError.Overflow;
        return PowError.None;
    }

    static (double, double) PowU(double xr, double xi, long n)
    {
        double rr = 1, ri = 0, pr = xr, pi = xi;
        long mask = 1;
        while (mask > 0 && n >= mask)
        {
            if ((n & mask) != 0) (rr, ri) = Prod(rr, ri, pr, pi);
            mask <<= 1;
            (pr, pi) = Prod(pr, pi, pr, pi);
        }
        return (rr, ri);
    }

    /// <summary>_Py_c_pow; false for zero to a negative or complex power.</summary>
    static bool CPow(double ar, double ai, double br, double bi, out double rr, out double ri)
    {
        if (br == 0 && bi == 0)
        {
            rr = 1; ri = 0;
            return true;
        }
        if (ar == 0 && ai == 0)
        {
            rr = ri = 0;
            return !(bi != 0 || br < 0);
        }
        double vabs = double.Hypot(ar, ai);
        double len = Math.Pow(vabs, br);
        double at = Math.Atan2(ai, ar);
        double phase = at * br;
        if (bi != 0.0)
        {
            len /= Math.Exp(at * bi);
            phase += bi * Math.Log(vabs);
        }
        rr = len * Math.Cos(phase);
        ri = len * Math.Sin(phase);
        return true;
    }
}
