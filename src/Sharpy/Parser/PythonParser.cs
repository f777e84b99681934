using System;
using System.Text;

namespace Sharpy.Parser;

/// <summary>The parser's entry points: source bytes or text to an `ast` module tree.
/// <see cref="ParseFlags"/> are the parser options compile() flags ask for.</summary>
public static class PythonParser
{
    /// <summary>The minor version the parser accepts by default (feature_version: 3.14).</summary>
    public const int CurrentFeatureVersion = Parser.CurrentFeatureVersion;

    /// <summary>Parses source bytes as `ast.parse(bytes)` does: BOM and PEP 263 coding cookie
    /// decide the encoding.</summary>
    public static Ast.Mod? Parse(byte[] source, string filename, ParseMode mode, out ParseError? error) =>
        Parse(source, filename, mode, ParseFlags.None, out error, out _);

    public static Ast.Mod? Parse(byte[] source, string filename, ParseMode mode, out ParseError? error, out ParseDiagnostics diagnostics) =>
        Parse(source, filename, mode, ParseFlags.None, out error, out diagnostics);

    public static Ast.Mod? Parse(byte[] source, string filename, ParseMode mode, ParseFlags flags, out ParseError? error) =>
        Parse(source, filename, mode, flags, out error, out _);

    public static Ast.Mod? Parse(byte[] source, string filename, ParseMode mode, ParseFlags flags, out ParseError? error, out ParseDiagnostics diagnostics) =>
        Parse(source, filename, mode, flags, Parser.CurrentFeatureVersion, out error, out diagnostics);

    /// <summary>As above, parsing as Python 3.<paramref name="featureVersion"/> would (ast.parse's feature_version).</summary>
    public static Ast.Mod? Parse(byte[] source, string filename, ParseMode mode, ParseFlags flags, int featureVersion, out ParseError? error,
        out ParseDiagnostics diagnostics)
    {
        diagnostics = new ParseDiagnostics();
        byte[]? utf8;
        if ((flags & ParseFlags.IgnoreCookie) != 0)
        {
            utf8 = source;
            error = Array.IndexOf(source, (byte)0) >= 0 ? SourceDecoder.NullBytesError(filename) : null;
        }
        else utf8 = SourceDecoder.Decode(source, filename, (flags & ParseFlags.FileInput) != 0, out error);
        if (utf8 == null || error != null) return null;
        return Run(utf8, filename, mode, flags, featureVersion, diagnostics, out error);
    }

    /// <summary>Parses text as `ast.parse(str)` does (no coding cookie processing).</summary>
    public static Ast.Mod? ParseString(string source, string filename, ParseMode mode, out ParseError? error) =>
        ParseString(source, filename, mode, ParseFlags.None, out error, out _);

    public static Ast.Mod? ParseString(string source, string filename, ParseMode mode, out ParseError? error, out ParseDiagnostics diagnostics) =>
        ParseString(source, filename, mode, ParseFlags.None, out error, out diagnostics);

    public static Ast.Mod? ParseString(string source, string filename, ParseMode mode, ParseFlags flags, out ParseError? error) =>
        ParseString(source, filename, mode, flags, out error, out _);

    public static Ast.Mod? ParseString(string source, string filename, ParseMode mode, ParseFlags flags, out ParseError? error, out ParseDiagnostics diagnostics)
    {
        diagnostics = new ParseDiagnostics();
        if (source.IndexOf('\0') >= 0)
        {
            error = SourceDecoder.NullBytesError(filename);
            return null;
        }
        return Run(Encoding.UTF8.GetBytes(source), filename, mode, flags, Parser.CurrentFeatureVersion, diagnostics, out error);
    }

    static Ast.Mod? Run(byte[] utf8, string filename, ParseMode mode, ParseFlags flags, int featureVersion, ParseDiagnostics diagnostics,
        out ParseError? error)
    {
        var text = SourceDecoder.TranslateNewlines(utf8, appendNewline: mode == ParseMode.Exec, out int length);
        var src = new SourceText(text, length, filename);
        var parser = new Parser(src, mode, diagnostics, flags, featureVersion);
        return parser.Run(out error);
    }
}
