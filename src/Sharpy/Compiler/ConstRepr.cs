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
        double d => Sharpy.Objects.FloatFormat.Repr(d),
        Complex z => Sharpy.Objects.PyComplex.ToRepr(z),
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
