using System;
using System.Globalization;
using System.Numerics;
using System.Text;
using Sharpy.Parser.Ast;

namespace Sharpy.Compiler;

/// <summary>repr() of constant values for <see cref="CodeDump"/> (until the runtime's repr takes over).</summary>
static class ConstRepr
{
    public static string Repr(object? c) => c switch
    {
        null => "None",
        bool b => b ? "True" : "False",
        long l => l.ToString(CultureInfo.InvariantCulture),
        BigInteger b => b.ToString(CultureInfo.InvariantCulture),
        double d => FloatRepr(d),
        Complex z => ComplexRepr(z),
        string or SurrogateStr => StrRepr(c),
        byte[] b => BytesRepr(b),
        EllipsisValue => "Ellipsis",
        CodeObject co => $"<code {co.QualName}>",
        object?[] t => t.Length == 1 ? $"({Repr(t[0])},)" : "(" + string.Join(", ", Array.ConvertAll(t, Repr)) + ")",
        FrozenSetConstant f => FrozenSetRepr(f),
        SliceConstant s => $"slice({Repr(s.Start)}, {Repr(s.Stop)}, {Repr(s.Step)})",
        _ => c.ToString() ?? "",
    };

    static string FrozenSetRepr(FrozenSetConstant f)
    {
        var items = Array.ConvertAll(f.Items, Repr);
        Array.Sort(items, StringComparer.Ordinal);
        return "frozenset({" + string.Join(", ", items) + "})";
    }

    public static string FloatRepr(double d)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsPositiveInfinity(d)) return "inf";
        if (double.IsNegativeInfinity(d)) return "-inf";
        string r = d.ToString("R", CultureInfo.InvariantCulture);
        int e = r.IndexOf('E');
        string mantissa = e >= 0 ? r[..e] : r;
        int exp = e >= 0 ? int.Parse(r[(e + 1)..], CultureInfo.InvariantCulture) : 0;
        string digits = mantissa.Replace("-", "").Replace(".", "");
        int pointPos = (mantissa.Replace("-", "").IndexOf('.') is int p && p >= 0 ? p : mantissa.Replace("-", "").Length) + exp;
        digits = digits.TrimStart('0');
        int lead = mantissa.Replace("-", "").Replace(".", "").Length - digits.Length;
        pointPos -= lead;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0) return d.ToString("0.0", CultureInfo.InvariantCulture).StartsWith("-") || double.IsNegative(d) ? "-0.0" : "0.0";
        string sign = d < 0 ? "-" : "";
        int decExp = pointPos - 1;
        if (decExp < -4 || decExp >= 16)
        {
            string m = digits.Length == 1 ? digits : digits[0] + "." + digits[1..];
            return $"{sign}{m}e{(decExp < 0 ? "-" : "+")}{Math.Abs(decExp):00}";
        }
        if (pointPos <= 0)
            return sign + "0." + new string('0', -pointPos) + digits;
        if (pointPos >= digits.Length)
            return sign + digits + new string('0', pointPos - digits.Length) + ".0";
        return sign + digits[..pointPos] + "." + digits[pointPos..];
    }

    static string ComplexRepr(Complex z)
    {
        string Im(double v) => FloatRepr(v).EndsWith(".0") ? FloatRepr(v)[..^2] : FloatRepr(v);
        if (z.Real == 0 && !double.IsNegative(z.Real))
            return Im(z.Imaginary) + "j";
        string im = Im(z.Imaginary);
        string sign = im.StartsWith('-') ? "" : "+";
        return "(" + Im(z.Real) + sign + im + "j)";
    }

    /// <summary>repr() of a str value (a string or a SurrogateStr).</summary>
    public static string StrRepr(object s) => Sharpy.Parser.Repr.Str(s);

    static string BytesRepr(byte[] b)
    {
        bool hasSingle = Array.IndexOf(b, (byte)'\'') >= 0, hasDouble = Array.IndexOf(b, (byte)'"') >= 0;
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder("b");
        sb.Append(quote);
        foreach (byte c in b)
        {
            if (c == quote || c == '\\') sb.Append('\\').Append((char)c);
            else if (c == '\t') sb.Append("\\t");
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c < 0x20 || c >= 0x7f) sb.Append($"\\x{c:x2}");
            else sb.Append((char)c);
        }
        sb.Append(quote);
        return sb.ToString();
    }
}
