using System;
using System.Collections.Generic;
using System.Text;

namespace Sharpy.Parser.Ast;

/// <summary>
/// A str constant that has a surrogate code point (U+D800..U+DFFF), held as its code points.
/// A C# string reads as UTF-16, where a high surrogate followed by a low one is one astral
/// character, so it cannot tell '\ud83d\ude00' (two code points) from '\U0001F600' (one).
/// A str constant is therefore a C# string when none of its code points is a surrogate (any
/// surrogate chars in it are pairs, i.e. astral characters), and a SurrogateStr otherwise.
/// Each str has exactly one form, so equal forms are equal str. <see cref="StrValue"/> and
/// <see cref="StrValueBuilder"/> work on both.
/// </summary>
public sealed class SurrogateStr : IEquatable<SurrogateStr>
{
    /// <summary>The code points; at least one is a surrogate. Never changed.</summary>
    public readonly int[] CodePoints;

    internal SurrogateStr(int[] codePoints) { CodePoints = codePoints; }

    public bool Equals(SurrogateStr? other) => other != null && CodePoints.AsSpan().SequenceEqual(other.CodePoints);

    public override bool Equals(object? obj) => Equals(obj as SurrogateStr);

    public override int GetHashCode()
    {
        var h = new HashCode();
        foreach (int cp in CodePoints) h.Add(cp);
        return h.ToHashCode();
    }

    /// <summary>The text as UTF-16 with each surrogate code point as one char: lossy, for messages only.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder(CodePoints.Length);
        foreach (int cp in CodePoints) StrValueBuilder.AppendUtf16(sb, cp);
        return sb.ToString();
    }
}

/// <summary>Questions about str constant values: a C# string or a <see cref="SurrogateStr"/>.</summary>
public static class StrValue
{
    /// <summary>Whether a constant value is a str.</summary>
    public static bool Is(object? value) => value is string or SurrogateStr;

    /// <summary>The str of these code points, in its one form.</summary>
    public static object FromCodePoints(ReadOnlySpan<int> cps)
    {
        foreach (int cp in cps)
            if (cp is >= 0xD800 and <= 0xDFFF) return new SurrogateStr(cps.ToArray());
        var sb = new StringBuilder(cps.Length);
        foreach (int cp in cps) StrValueBuilder.AppendUtf16(sb, cp);
        return sb.ToString();
    }

    /// <summary>The code points of a str value (a new array for a string, the shared one of a SurrogateStr).</summary>
    public static int[] CodePoints(object value)
    {
        if (value is SurrogateStr ss) return ss.CodePoints;
        var s = (string)value;
        var list = new List<int>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                list.Add(char.ConvertToUtf32(s[i], s[i + 1]));
                i++;
            }
            else list.Add(s[i]);
        }
        return list.ToArray();
    }

    /// <summary>len() of a str value.</summary>
    public static int Length(object value)
    {
        if (value is SurrogateStr ss) return ss.CodePoints.Length;
        var s = (string)value;
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            n++;
        }
        return n;
    }

    /// <summary>a + b of two str values.</summary>
    public static object Concat(object a, object b)
    {
        if (a is string sa && b is string sb) return sa + sb;
        var builder = new StrValueBuilder();
        builder.AppendValue(a);
        builder.AppendValue(b);
        return builder.ToValue();
    }
}

/// <summary>
/// Builds a str constant value piece by piece (escape decoding, implicit concatenation,
/// f-string parts): a StringBuilder until a surrogate code point comes, code points after.
/// </summary>
public sealed class StrValueBuilder
{
    readonly StringBuilder _sb;
    List<int>? _cps;

    public StrValueBuilder(int capacity = 16) { _sb = new StringBuilder(capacity); }

    /// <summary>Appends UTF-16 text that has no lone surrogate (a pair is one astral code point).</summary>
    public void Append(string s)
    {
        if (_cps == null) { _sb.Append(s); return; }
        _cps.AddRange(StrValue.CodePoints(s));
    }

    /// <summary>Appends a str value (a string or a SurrogateStr).</summary>
    public void AppendValue(object value)
    {
        if (value is string s) { Append(s); return; }
        var cps = ((SurrogateStr)value).CodePoints;
        SwitchToCodePoints();
        _cps!.AddRange(cps);
    }

    public void AppendCodePoint(int cp)
    {
        if (_cps != null) { _cps.Add(cp); return; }
        if (cp is < 0xD800 or > 0xDFFF) { AppendUtf16(_sb, cp); return; }
        SwitchToCodePoints();
        _cps!.Add(cp);
    }

    void SwitchToCodePoints()
    {
        if (_cps != null) return;
        _cps = new List<int>(StrValue.CodePoints(_sb.ToString()));
        _sb.Clear();
    }

    /// <summary>The str built: a string unless some code point is a surrogate.</summary>
    public object ToValue() => _cps == null ? _sb.ToString() : new SurrogateStr(_cps.ToArray());

    internal static void AppendUtf16(StringBuilder sb, int cp)
    {
        if (cp < 0x10000) sb.Append((char)cp);
        else sb.Append(char.ConvertFromUtf32(cp));
    }
}
