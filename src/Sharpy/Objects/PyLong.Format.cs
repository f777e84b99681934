using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Text;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// int to text: repr/str in decimal with the int-to-str digit limit (PEP 651's sibling,
// CVE-2020-10735), bin/oct/hex (PyNumber_ToBase), and __format__.
public partial class PyLong
{
    /// <summary>The digit limit an interpreter starts with (_PY_LONG_DEFAULT_MAX_STR_DIGITS); the current one is InterpreterState.IntMaxStrDigits.</summary>
    public const int DefaultMaxStrDigits = 4300;

    /// <summary>The smallest non-zero limit sys.set_int_max_str_digits accepts.</summary>
    public const int MaxStrDigitsThreshold = 640;

    /// <summary>The decimal text of the value, or null with ValueError set when it exceeds the digit limit.</summary>
    public string? ToDecimalString() => IsBig ? BigToDecimalString(_big) : Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>long_to_decimal_string for any value (also %d's): null with ValueError set when its digits, sign not counted, exceed the limit.</summary>
    internal static string? BigToDecimalString(BigInteger v)
    {
        int limit = Interpreter.Current.IntMaxStrDigits;
        if (limit > 0)
        {
            // Quick reject before the quadratic conversion: at least (bits - 1) * log10(2) digits.
            long bits = (long)v.GetBitLength();
            if ((bits - 1) * 0.30102999566398120 > limit + 1) return DigitLimitError(limit);
        }
        string s = DecimalText(v);
        if (limit > 0 && s.Length - (v.Sign < 0 ? 1 : 0) > limit) return DigitLimitError(limit);
        return s;
    }

    /// <summary>Digits per leaf of <see cref="DecimalText"/>'s recursion; smaller values go to BigInteger.ToString.</summary>
    const int DecimalLeafDigits = 1000;

    /// <summary>
    /// The decimal text of <paramref name="v"/>. BigInteger.ToString is quadratic, so a big value is
    /// split by divide and conquer on powers 10**(leaf * 2**k), as CPython's _pylong.int_to_decimal_string
    /// does; the divisions are subquadratic.
    /// </summary>
    static string DecimalText(BigInteger v)
    {
        long bits = (long)v.GetBitLength();
        if (bits < 4 * DecimalLeafDigits) return v.ToString(CultureInfo.InvariantCulture);
        var powers = new List<BigInteger> { BigInteger.Pow(10, DecimalLeafDigits) };
        // Until v < powers[^1]**2 (bit lengths: 2 * (b - 1) >= bits suffices).
        while (2 * ((long)powers[^1].GetBitLength() - 1) < bits) powers.Add(powers[^1] * powers[^1]);
        var sb = new StringBuilder((int)(bits * 0.30103) + 2);
        if (v.Sign < 0) sb.Append('-');
        AppendDecimal(sb, BigInteger.Abs(v), powers, powers.Count - 1, pad: false);
        return sb.ToString();
    }

    /// <summary>Append <paramref name="v"/> (&lt; powers[k]**2), zero-padded to 2 * leaf * 2**k digits when <paramref name="pad"/>.</summary>
    static void AppendDecimal(StringBuilder sb, BigInteger v, List<BigInteger> powers, int k, bool pad)
    {
        if (k < 0)
        {
            string leaf = v.ToString(CultureInfo.InvariantCulture);
            if (pad) sb.Append('0', DecimalLeafDigits - leaf.Length);
            sb.Append(leaf);
            return;
        }
        var q = BigInteger.DivRem(v, powers[k], out var r);
        if (pad || !q.IsZero)
        {
            AppendDecimal(sb, q, powers, k - 1, pad);
            AppendDecimal(sb, r, powers, k - 1, pad: true);
        }
        else AppendDecimal(sb, r, powers, k - 1, pad: false);
    }

    static string? DigitLimitError(int limit)
    {
        Errors.SetString(PyExc.ValueError,
            $"Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        return null;
    }

    [PySlot("tp_repr")]
    public static PyObject? Repr(PyObject a)
    {
        var s = ((PyLong)a).ToDecimalString();
        return s == null ? null : PyUnicode.FromString(s);
    }

    /// <summary>The digits of |v| in base 2, 8 or 16 (lower case).</summary>
    internal static string AbsToPow2Base(BigInteger v, int bitsPerDigit)
    {
        v = BigInteger.Abs(v);
        if (v.IsZero) return "0";
        long nbits = (long)v.GetBitLength();
        int ndigits = (int)((nbits + bitsPerDigit - 1) / bitsPerDigit);
        var chars = new char[ndigits];
        byte[] bytes = v.ToByteArray(isUnsigned: true, isBigEndian: false);
        int mask = (1 << bitsPerDigit) - 1;
        for (int i = 0; i < ndigits; i++)
        {
            long bit = (long)i * bitsPerDigit;
            int byteIndex = (int)(bit >> 3), shift = (int)(bit & 7);
            int word = bytes[byteIndex] | (byteIndex + 1 < bytes.Length ? bytes[byteIndex + 1] << 8 : 0);
            int d = (word >> shift) & mask;
            chars[ndigits - 1 - i] = "0123456789abcdef"[d];
        }
        return new string(chars);
    }

    /// <summary>The digits of |value| in <paramref name="numberBase"/> (2, 8, 10 or 16), without sign or prefix; null if the decimal limit is exceeded.</summary>
    internal string? AbsDigits(int numberBase)
    {
        if (numberBase == 10)
        {
            if (!IsBig) return Value == long.MinValue ? "9223372036854775808" : Math.Abs(Value).ToString(CultureInfo.InvariantCulture);
            var s = ToDecimalString();
            return s == null ? null : s.TrimStart('-');
        }
        int bpd = numberBase == 2 ? 1 : numberBase == 8 ? 3 : 4;
        if (!IsBig)
        {
            ulong u = Value < 0 ? (ulong)(-(Value + 1)) + 1 : (ulong)Value;
            if (u == 0) return "0";
            var buf = new char[64];
            int p = 64;
            int mask = (1 << bpd) - 1;
            while (u != 0)
            {
                buf[--p] = "0123456789abcdef"[(int)(u & (ulong)mask)];
                u >>= bpd;
            }
            return new string(buf, p, 64 - p);
        }
        return AbsToPow2Base(_big, bpd);
    }

    /// <summary>PyNumber_ToBase: "0b101", "-0o17", "0xff" (bin, oct, hex).</summary>
    public static PyObject? ToBase(PyLong v, int numberBase)
    {
        var digits = v.AbsDigits(numberBase);
        if (digits == null) return null;
        string prefix = numberBase switch { 2 => "0b", 8 => "0o", 16 => "0x", _ => "" };
        return PyUnicode.FromString((v.Sign < 0 ? "-" : "") + prefix + digits);
    }

    [PyMethod("__format__")]
    public static PyObject? Format(PyObject self, PyObject format_spec)
    {
        if (format_spec is not PyUnicode spec)
            return Errors.SetString(PyExc.TypeError, $"__format__() argument must be str, not {format_spec.ob_type.tp_name}");
        var s = FormatToString((PyLong)self, spec.Value);
        return s == null ? null : PyUnicode.FromString(s);
    }

    /// <summary>format(int, spec) as a .NET string; null with an exception set.</summary>
    public static string? FormatToString(PyLong self, string spec)
    {
        if (spec.Length == 0)
        {
            var str = Abstract.Str(self);
            if (str == null) return null;
            var text = ((PyUnicode)str).Value;
            Py.DECREF(str);
            return text;
        }
        if (!FormatSpec.TryParse(spec, self.ob_type.tp_name, 'd', '>', out var f)) return null;
        switch (f.Type)
        {
            case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
                return FormatLongInternal(self, f);
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                if (!AsDouble(self, out double d)) return null;
                return FloatFormat.FormatSpecified(d, f, self.ob_type.tp_name);
            default:
                FormatSpec.UnknownType(f.Type, self.ob_type.tp_name);
                return null;
        }
    }

    static string? FormatLongInternal(PyLong v, in FormatSpec f)
    {
        if (f.Precision != -1)
        {
            Errors.SetString(PyExc.ValueError, "Precision not allowed in integer format specifier");
            return null;
        }
        if (f.NoNegZero)
        {
            Errors.SetString(PyExc.ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
            return null;
        }
        if (f.Type == 'c')
        {
            if (f.Sign != '\0')
            {
                Errors.SetString(PyExc.ValueError, "Sign not allowed with integer format specifier 'c'");
                return null;
            }
            if (f.Alternate)
            {
                Errors.SetString(PyExc.ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
                return null;
            }
            if (v.IsBig)
            {
                Errors.SetString(PyExc.OverflowError, "Python int too large to convert to C long");
                return null;
            }
            if (v.Value < 0 || v.Value > 0x10ffff)
            {
                Errors.SetString(PyExc.OverflowError, "%c arg not in range(0x110000)");
                return null;
            }
            string ch = v.Value >= 0xD800 && v.Value <= 0xDFFF ? ((char)v.Value).ToString() : char.ConvertFromUtf32((int)v.Value);
            return NumberFormat.Layout(f, false, "", "", null, ch, '\0', 0);
        }
        int numberBase = f.Type switch { 'b' => 2, 'o' => 8, 'x' or 'X' => 16, _ => 10 };
        string? digits = v.AbsDigits(numberBase);
        if (digits == null) return null;
        string prefix = "";
        if (f.Alternate)
        {
            prefix = f.Type switch { 'b' => "0b", 'o' => "0o", 'x' => "0x", 'X' => "0X", _ => "" };
        }
        if (f.Type == 'X') digits = digits.ToUpperInvariant();
        char sep = f.Type == 'n' ? '\0' : f.Thousands;
        int group = f.GroupByFour ? 4 : 3;
        return NumberFormat.Layout(f, v.Sign < 0, prefix, digits, null, "", sep, group);
    }
}
