using System.Collections.Generic;

namespace Sharpy.Parser;

public enum ParseMode { Exec, Eval, Single, FuncType }

/// <summary>A SyntaxError (or subclass) as CPython raises it from the parser.
/// Offsets are 1-based character offsets, as `SyntaxError.offset`.</summary>
public sealed class ParseError
{
    /// <summary>"SyntaxError", "IndentationError", "TabError", "ValueError", "UnicodeDecodeError".</summary>
    public string ExceptionType = "SyntaxError";
    public string Message = "";
    public string Filename = "";
    public int Lineno, Offset, EndLineno, EndOffset;
    /// <summary>The source line, as `SyntaxError.text`.</summary>
    public string? Text;
    /// <summary>False for errors that are not SyntaxErrors (ValueError...): no location.</summary>
    public bool HasLocation = true;

    /// <summary>SyntaxError whose lineno/offset are None (e.g. null bytes in the source).</summary>
    public bool LocationIsNone;
    /// <summary>SyntaxError whose end_lineno/end_offset are None (e.g. unknown encoding).</summary>
    public bool EndIsNone;
    /// <summary>
    /// SyntaxError whose arguments have None for the filename, which is then set as the
    /// `filename` attribute only (errors of the string tokenizer's decoding: a BOM and a cookie
    /// that disagree, bytes that are not UTF-8).
    /// </summary>
    public bool FilenameOnlyAsAttribute;

    internal bool IsSyntaxErrorFamily => ExceptionType is "SyntaxError" or "IndentationError" or "TabError";

    /// <summary>The line astdump.py prints for this error.</summary>
    public override string ToString()
    {
        if (!HasLocation) return $"{ExceptionType}: {Message}";
        if (LocationIsNone) return $"{ExceptionType}: {Message} @ None:None-None:None";
        if (EndIsNone) return $"{ExceptionType}: {Message} @ {Lineno}:{Offset}-None:None";
        return $"{ExceptionType}: {Message} @ {Lineno}:{Offset}-{EndLineno}:{EndOffset}";
    }
}

/// <summary>A SyntaxWarning the parser or tokenizer produced (e.g. invalid escape sequence);
/// the runtime emits them through the warnings module.</summary>
public sealed class ParseWarning
{
    public string Category = "SyntaxWarning";
    public string Message = "";
    public string Filename = "";
    public int Lineno;
    public override string ToString() => $"{Filename}:{Lineno}: {Category}: {Message}";
}

/// <summary>Everything a parse produces besides the tree.</summary>
public sealed class ParseDiagnostics
{
    public List<ParseWarning> Warnings = new();
}
