using System;
using System.Collections;
using System.Globalization;
using System.IO;
using System.Numerics;
using System.Text;
using Sharpy.Parser.Ast;

namespace Sharpy.Parser;

/// <summary>`ast.dump(node, include_attributes=True)` (Lib/ast.py), and the output of
/// tools/astdump.py for one file.</summary>
public static class AstDump
{
    public static string Dump(Node node)
    {
        var sb = new StringBuilder();
        Format(sb, node);
        return sb.ToString();
    }

    /// <summary>What astdump.py prints for `path`, without the "== path" line.</summary>
    public static string DumpFile(string path) => DumpFile(path, typeComments: false);

    /// <summary>Likewise with ast.parse(..., type_comments=typeComments).</summary>
    public static string DumpFile(string path, bool typeComments)
    {
        byte[] bytes = File.ReadAllBytes(path);
        var tree = PythonParser.Parse(bytes, path, ParseMode.Exec, typeComments ? ParseFlags.TypeComments : ParseFlags.None, out var error);
        if (tree == null) return error!.ToString();
        return Dump(tree);
    }

    static void Format(StringBuilder sb, Node node)
    {
        sb.Append(node.AstName).Append('(');
        bool first = true;
        var names = node.FieldNames;
        for (int i = 0; i < names.Length; i++)
        {
            object? value = node.GetField(i);
            if (value == null && !(names[i] == "value" && node is Constant or MatchSingleton)) continue;
            if (value is IList list && value is not byte[] && list.Count == 0) continue;
            if (!first) sb.Append(", ");
            first = false;
            sb.Append(names[i]).Append('=');
            FormatValue(sb, value);
        }
        if (node is LocatedNode ln)
        {
            if (!first) sb.Append(", ");
            sb.Append("lineno=").Append(ln.Lineno)
              .Append(", col_offset=").Append(ln.ColOffset)
              .Append(", end_lineno=").Append(ln.EndLineno)
              .Append(", end_col_offset=").Append(ln.EndColOffset);
        }
        sb.Append(')');
    }

    static void FormatValue(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null: sb.Append("None"); break;
            case Node n: Format(sb, n); break;
            case string or SurrogateStr: sb.Append(Repr.Str(value)); break;
            case byte[] b: sb.Append(Repr.Bytes(b)); break;
            case IList list:
                sb.Append('[');
                for (int i = 0; i < list.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    FormatValue(sb, list[i]);
                }
                sb.Append(']');
                break;
            case Enum e: sb.Append(EnumName(e)).Append("()"); break;
            default: sb.Append(Repr.Constant(value)); break;
        }
    }

    static string EnumName(Enum e) => e switch
    {
        ExprContext c => c.ToString(),
        BoolOpKind b => b.ToString(),
        OperatorKind o => o.ToString(),
        UnaryOpKind u => u.ToString(),
        CmpOpKind c => c.ToString(),
        _ => e.ToString(),
    };
}

/// <summary>Python's repr() of the constant values the parser produces.</summary>
public static class Repr
{
    public static string Constant(object? value) => value switch
    {
        null => "None",
        bool b => b ? "True" : "False",
        long l => l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        BigInteger bi => bi.ToString(CultureInfo.InvariantCulture),
        double d => Float(d),
        Complex c => ComplexRepr(c),
        string or SurrogateStr => Str(value),
        byte[] b => Bytes(b),
        EllipsisValue => "Ellipsis",
        _ => value.ToString() ?? "",
    };

    /// <summary>float.__repr__.</summary>
    public static string Float(double d) => Sharpy.Objects.FloatFormat.Repr(d);

    static string ComplexRepr(Complex c) => Sharpy.Objects.PyComplex.ToRepr(c);

    /// <summary>str.__repr__ of a str value (a string or a <see cref="SurrogateStr"/>).</summary>
    public static string Str(object value)
    {
        var cps = StrValue.CodePoints(value);
        char quote = Array.IndexOf(cps, '\'') >= 0 && Array.IndexOf(cps, '"') < 0 ? '"' : '\'';
        var sb = new StringBuilder(cps.Length + 2);
        sb.Append(quote);
        foreach (int cp in cps)
        {
            if (cp == quote || cp == '\\') sb.Append('\\').Append((char)cp);
            else if (cp == '\t') sb.Append("\\t");
            else if (cp == '\n') sb.Append("\\n");
            else if (cp == '\r') sb.Append("\\r");
            else if (cp < ' ' || cp == 0x7F) sb.Append("\\x").Append(cp.ToString("x2"));
            else if (cp < 0x7F) sb.Append((char)cp);
            else if (cp >= 0xD800 && cp <= 0xDFFF) sb.Append("\\u").Append(cp.ToString("x4"));
            else if (UnicodeIdent.IsPrintable(cp)) sb.Append(char.ConvertFromUtf32(cp));
            else if (cp <= 0xFF) sb.Append("\\x").Append(cp.ToString("x2"));
            else if (cp <= 0xFFFF) sb.Append("\\u").Append(cp.ToString("x4"));
            else sb.Append("\\U").Append(cp.ToString("x8"));
        }
        sb.Append(quote);
        return sb.ToString();
    }

    /// <summary>bytes.__repr__.</summary>
    public static string Bytes(byte[] b)
    {
        bool hasSingle = Array.IndexOf(b, (byte)'\'') >= 0, hasDouble = Array.IndexOf(b, (byte)'"') >= 0;
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder(b.Length + 3);
        sb.Append('b').Append(quote);
        foreach (byte c in b)
        {
            if (c == quote || c == '\\') sb.Append('\\').Append((char)c);
            else if (c == '\t') sb.Append("\\t");
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c < ' ' || c >= 0x7F) sb.Append("\\x").Append(c.ToString("x2"));
            else sb.Append((char)c);
        }
        sb.Append(quote);
        return sb.ToString();
    }
}
