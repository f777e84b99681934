using System;
using System.Globalization;
using System.Numerics;
using System.Text;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// float's methods and attributes (floatobject.c's float_methods and float_getset).
public partial class PyFloat
{
    [PyMethod("conjugate")]
    public static PyObject? Conjugate(PyFloat self) => ExactCopy(self);

    [PyMethod("is_integer")]
    public static PyObject? IsInteger(PyFloat self)
    {
        double x = self.Value;
        return Py.NewBool(double.IsFinite(x) && Math.Floor(x) == x);
    }

    [PyMethod("__trunc__")]
    public static PyObject? Trunc(PyFloat self) => ToIntegral(self.Value);

    [PyMethod("__floor__")]
    public static PyObject? Floor(PyFloat self) => ToIntegral(Math.Floor(self.Value));

    [PyMethod("__ceil__")]
    public static PyObject? Ceil(PyFloat self) => ToIntegral(Math.Ceiling(self.Value));

    [PyMethod("__getnewargs__")]
    public static PyObject? GetNewArgs(PyFloat self) => PyTuple.FromStolen([FromDouble(self.Value)]);

    [PyGetter("real")]
    public static PyObject? GetReal(PyFloat self) => ExactCopy(self);

    [PyGetter("imag")]
    public static PyObject? GetImag(PyFloat self) => FromDouble(0.0);

    const int NDigitsMax = 323;   // (DBL_MANT_DIG - DBL_MIN_EXP) * log10(2)
    const int NDigitsMin = -308;  // -(DBL_MAX_EXP + 1) * log10(2)

    [PyMethod("__round__")]
    public static PyObject? Round(PyFloat self, PyObject? ndigits = null)
    {
        double x = self.Value;
        if (ndigits == null || ndigits == Py.None)
        {
            double rounded = Math.Round(x, MidpointRounding.ToEven);
            return ToIntegral(rounded);
        }
        long nd = Abstract.AsSsize(ndigits, null);
        if (nd == -1 && Errors.Occurred()) return null;
        if (!double.IsFinite(x)) return FromDouble(x);
        if (nd > NDigitsMax) return FromDouble(x);
        if (nd < NDigitsMin) return FromDouble(0.0 * x);
        return RoundDouble(x, (int)nd);
    }

    /// <summary>double_round: correctly rounded to ndigits decimal places, via the decimal digits.</summary>
    static PyObject? RoundDouble(double x, int ndigits)
    {
        FloatFormat.Dtoa(x, 3, ndigits, out string digits, out int decpt, out bool negative);
        string text = (negative ? "-" : "") + "0" + digits + "e" + (decpt - digits.Length).ToString(CultureInfo.InvariantCulture);
        double r = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(r)) return Errors.SetString(PyExc.OverflowError, "rounded value too large to represent");
        return FromDouble(r);
    }

    [PyMethod("as_integer_ratio", Doc = "Return the pair of integers in lowest terms, with a positive denominator,\nwhose ratio is exactly this float.\n\nRaise OverflowError for infinities and ValueError for NaNs.\n\n>>> (0.75).as_integer_ratio()\n(3, 4)\n>>> (-2.5).as_integer_ratio()\n(-5, 2)")]
    public static PyObject? AsIntegerRatio(PyFloat self)
    {
        double x = self.Value;
        if (double.IsInfinity(x)) return Errors.SetString(PyExc.OverflowError, "cannot convert Infinity to integer ratio");
        if (double.IsNaN(x)) return Errors.SetString(PyExc.ValueError, "cannot convert NaN to integer ratio");
        if (x == 0) return PyTuple.FromStolen([PyLong.FromLong(0), PyLong.FromLong(1)]);
        long bits = BitConverter.DoubleToInt64Bits(x);
        int bexp = (int)((bits >> 52) & 0x7FF);
        long mant = bits & 0xFFFFFFFFFFFFFL;
        if (bexp == 0) bexp = 1;
        else mant |= 1L << 52;
        int e = bexp - 1075;
        if (x < 0) mant = -mant;
        if (e >= 0) return PyTuple.FromStolen([PyLong.FromBigInteger(new BigInteger(mant) << e), PyLong.FromLong(1)]);
        int tz = Math.Min(BitOperations.TrailingZeroCount(mant), -e);
        mant >>= tz;
        e += tz;
        return PyTuple.FromStolen([PyLong.FromLong(mant), PyLong.FromBigInteger(BigInteger.One << -e)]);
    }

    [PyMethod("hex", Doc = "Return the exact hexadecimal form of this float.\n\n>>> (3.0).hex()\n'0x1.8000000000000p+1'")]
    public static PyObject? Hex(PyFloat self) => PyUnicode.FromString(ToHex(self.Value));

    /// <summary>float.hex(): "0x1.8000000000000p+0"; subnormals as "0x0.…p-1022".</summary>
    public static string ToHex(double x)
    {
        if (!double.IsFinite(x)) return FloatFormat.Repr(x);
        if (x == 0) return double.IsNegative(x) ? "-0x0.0p+0" : "0x0.0p+0";
        long bits = BitConverter.DoubleToInt64Bits(x);
        int bexp = (int)((bits >> 52) & 0x7FF);
        long frac = bits & 0xFFFFFFFFFFFFFL;
        int lead = bexp == 0 ? 0 : 1;
        int e = bexp == 0 ? -1022 : bexp - 1023;
        var sb = new StringBuilder();
        if (x < 0) sb.Append('-');
        sb.Append("0x").Append((char)('0' + lead)).Append('.');
        sb.Append(frac.ToString("x13", CultureInfo.InvariantCulture));
        sb.Append('p').Append(e >= 0 ? '+' : '-').Append(Math.Abs(e).ToString(CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    [PyMethod("fromhex", Class = true, Doc = "Make a float from its hexadecimal form.\n\n>>> float.fromhex('0x1.8p1')\n3.0")]
    public static PyObject? FromHex(PyType cls, PyObject @string)
    {
        if (@string is not PyUnicode s)
            return Errors.SetString(PyExc.TypeError, "bad argument type for built-in operation");
        var r = ParseHex(s.Value, out double d);
        if (r == 1) return Errors.SetString(PyExc.ValueError, "invalid hexadecimal floating-point string");
        if (r == 2) return Errors.SetString(PyExc.OverflowError, "hexadecimal value too large to represent as a float");
        var f = FromDouble(d);
        if (cls == Type) return f;
        var res = Calls.CallOneArg(cls, f);
        Py.DECREF(f);
        return res;
    }

    static int HexDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>float_fromhex's grammar; 0 ok, 1 invalid, 2 overflow. Correctly rounded.</summary>
    internal static int ParseHex(string s, out double d)
    {
        d = 0;
        int i = 0, n = s.Length;
        while (i < n && NumberText.IsSpace(s[i])) i++;
        while (n > i && NumberText.IsSpace(s[n - 1])) n--;
        bool negative = false;
        if (i < n && (s[i] == '+' || s[i] == '-'))
        {
            negative = s[i] == '-';
            i++;
        }
        var rest = s.AsSpan(i, n - i);
        if (rest.Equals("inf", StringComparison.OrdinalIgnoreCase) || rest.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            d = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return 0;
        }
        if (rest.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            d = NaN;
            return 0;
        }
        if (i + 1 < n && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) i += 2;
        BigInteger m = BigInteger.Zero;
        long intDigits = 0, fracDigits = 0;
        while (i < n && HexDigit(s[i]) >= 0)
        {
            m = (m << 4) + HexDigit(s[i]);
            i++;
            intDigits++;
        }
        if (i < n && s[i] == '.')
        {
            i++;
            while (i < n && HexDigit(s[i]) >= 0)
            {
                m = (m << 4) + HexDigit(s[i]);
                i++;
                fracDigits++;
            }
        }
        if (intDigits + fracDigits == 0) return 1;
        long exp = 0;
        if (i < n && (s[i] == 'p' || s[i] == 'P'))
        {
            i++;
            bool eneg = false;
            if (i < n && (s[i] == '+' || s[i] == '-'))
            {
                eneg = s[i] == '-';
                i++;
            }
            int start = i;
            while (i < n && s[i] >= '0' && s[i] <= '9')
            {
                if (exp < (1L << 40)) exp = exp * 10 + (s[i] - '0');
                i++;
            }
            if (i == start) return 1;
            if (eneg) exp = -exp;
        }
        if (i != n) return 1;
        if (m.IsZero)
        {
            d = negative ? -0.0 : 0.0;
            return 0;
        }
        long e2 = exp - 4 * fracDigits;
        long top = e2 + (long)m.GetBitLength();
        if (top > 1025) return 2;
        if (top < -1080)
        {
            d = negative ? -0.0 : 0.0;
            return 0;
        }
        if (!NumberConvert.Round(m, e2, false, out double v)) return 2;
        d = negative ? -v : v;
        return 0;
    }

    /// <summary>float.from_number (3.14): a real number (not a string) as a float.</summary>
    [PyMethod("from_number", Class = true)]
    public static PyObject? FromNumber(PyType cls, PyObject number)
    {
        var r = FromObjectNumber(number);
        if (r == null || cls == Type) return r;
        var res = Calls.CallOneArg(cls, r);
        Py.DECREF(r);
        return res;
    }

    [PyMethod("__getformat__", Class = true)]
    public static PyObject? GetFormat(PyType cls, string typestr)
    {
        if (typestr != "double" && typestr != "float")
            return Errors.SetString(PyExc.ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
        return PyUnicode.FromString("IEEE, little-endian");
    }

    [PyMethod("__format__")]
    public static PyObject? Format(PyObject self, PyObject format_spec)
    {
        if (format_spec is not PyUnicode spec)
            return Errors.SetString(PyExc.TypeError, $"__format__() argument must be str, not {format_spec.ob_type.tp_name}");
        var s = FormatToString((PyFloat)self, spec.Value);
        return s == null ? null : PyUnicode.FromString(s);
    }

    /// <summary>format(float, spec) as a .NET string; null with an exception set.</summary>
    public static string? FormatToString(PyFloat self, string spec)
    {
        if (spec.Length == 0)
        {
            var str = Abstract.Str(self);
            if (str == null) return null;
            var text = ((PyUnicode)str).Value;
            Py.DECREF(str);
            return text;
        }
        if (!FormatSpec.TryParse(spec, self.ob_type.tp_name, '\0', '>', out var f)) return null;
        return FloatFormat.FormatSpecified(self.Value, f, self.ob_type.tp_name);
    }
}
