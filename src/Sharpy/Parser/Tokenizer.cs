using System;
using System.Collections.Generic;
using System.Text;

namespace Sharpy.Parser;

/// <summary>
/// CPython's tokenizer (Parser/lexer/lexer.c) over UTF-8 bytes. Produces one token per
/// <see cref="Next"/> call, lazily, as pegen asks for them: error positions of CPython
/// depend on how far the tokenizer has read. Errors are recorded in <see cref="Error"/>
/// (or <see cref="Done"/> for the ones the parser turns into messages) and an ErrorToken
/// is returned.
/// </summary>
internal sealed partial class Tokenizer
{
    public const int EOF = -1;
    const int TabSize = 8, AltTabSize = 1, MaxIndent = 100, MaxLevel = 200;
    const int MaxFStringLevel = 150, MaxExprNesting = 3;

    internal enum State { Ok, Eof, Error, Dedent, TabSpace, TooDeep, LineCont, Eofs, Eols }

    readonly SourceText _src;
    readonly byte[] _buf;
    readonly int _len;
    readonly ParseDiagnostics _diag;

    // Reading position, as tok->cur, tok->inp (end of the current line), tok->line_start.
    internal int Cur, Inp, LineStart, Lineno;
    internal State Done = State.Ok;
    internal ParseError? Error;

    int _start, _startCol;          // tok->start and its column
    int _firstLineno, _multiLineStart; // for string tokens spanning lines
    bool _atbol = true, _contLine;
    int _pendin, _indent;
    readonly int[] _indstack = new int[MaxIndent], _altindstack = new int[MaxIndent];

    // Bracket nesting, as tok->level / parenstack.
    internal int Level;
    readonly byte[] _parenstack = new byte[MaxLevel];
    internal readonly int[] ParenLinenoStack = new int[MaxLevel];
    internal readonly int[] ParenColStack = new int[MaxLevel];

    readonly List<TokMode> _modes = new() { new TokMode() };

    /// <summary>State of one f-string/t-string being tokenized (tokenizer_mode).</summary>
    sealed class TokMode
    {
        public bool Regular = true;
        public byte Quote;
        public int QuoteSize;
        public bool Raw, IsT;
        public int Start, MultiLineStart, FirstLine;
        public int CurlyDepth, ExprStartDepth = -1;
        public bool InFormatSpec, InDebug;
    }

    /// <summary>PyCF_TYPE_COMMENTS: `# type:` comments are TYPE_COMMENT / TYPE_IGNORE tokens.</summary>
    internal bool TypeComments;

    /// <summary>
    /// tok_extra_tokens, for the `tokenize` module: comments are COMMENT tokens, blank lines
    /// and newlines inside brackets NL tokens, and INDENT/DEDENT carry positions; unbalanced
    /// brackets, the end of a number and the characters of an identifier are not checked.
    /// </summary>
    internal bool ExtraTokens;
    bool _commentNewline;   // a COMMENT ended a blank line: its newline is NL, not NEWLINE

    /// <summary>Where the current line starts, or the first line of a string spanning lines.</summary>
    internal int TokenLineStart(TokenType type) =>
        type is TokenType.String or TokenType.FStringMiddle or TokenType.TStringMiddle ? _multiLineStart : LineStart;

    /// <summary>The end of the text read so far (tok->inp): the end of the current line.</summary>
    internal int InputEnd => Inp;

    public Tokenizer(SourceText src, ParseDiagnostics diag)
    {
        _src = src;
        _buf = src.Buf;
        _len = src.Length;
        _diag = diag;
    }

    internal int ParenChar(int level) => _parenstack[level];

    internal bool InsideFString => _modes.Count > 1;
    internal char StringPrefix => _modes[^1].IsT ? 't' : 'f';

    int NextC()
    {
        if (Cur < Inp) return _buf[Cur++];
        if (Done != State.Ok) return EOF;
        if (Inp >= _len) { Done = State.Eof; Cur = Inp; return EOF; }
        LineStart = Cur;
        int e = Array.IndexOf(_buf, (byte)'\n', Cur, _len - Cur);
        Inp = e < 0 ? _len : e + 1;
        Lineno++;
        return _buf[Cur++];
    }

    void Backup(int c)
    {
        if (c != EOF) Cur--;
    }

    // ---- errors -------------------------------------------------------------------

    /// <summary>_PyTokenizer_syntaxerror: offset is the number of characters before the cursor.</summary>
    TokenType SyntaxError(string msg) => SyntaxErrorRange(msg, -1, -1);

    TokenType SyntaxErrorRange(string msg, int colOffset, int endColOffset)
    {
        if (Done == State.Error) return TokenType.ErrorToken;
        if (colOffset == -1) colOffset = SourceText.CountChars(_buf, LineStart, Cur - LineStart);
        if (endColOffset == -1) endColOffset = colOffset;
        int lineEnd = LineStart;
        while (lineEnd < _len && _buf[lineEnd] != (byte)'\n') lineEnd++;
        Error = new ParseError
        {
            ExceptionType = "SyntaxError", Message = msg, Filename = _src.Filename,
            Lineno = Lineno, Offset = colOffset, EndLineno = Lineno, EndOffset = endColOffset,
            Text = Encoding.UTF8.GetString(_buf, LineStart, lineEnd - LineStart),
        };
        Done = State.Error;
        return TokenType.ErrorToken;
    }

    TokenType IndentError()
    {
        Done = State.TabSpace;
        Cur = Inp;
        return TokenType.ErrorToken;
    }

    void Warn(string msg)
    {
        _diag.Warnings.Add(new ParseWarning { Message = msg, Filename = _src.Filename, Lineno = Lineno });
    }

    // ---- tokens -------------------------------------------------------------------

    TokenType Make(ref Token t, TokenType type, int pStart, int pEnd)
    {
        t.Type = type;
        t.Level = Level;
        t.Lineno = type is TokenType.String or TokenType.FStringMiddle or TokenType.TStringMiddle ? _firstLineno : Lineno;
        t.EndLineno = Lineno;
        if (pStart >= 0)
        {
            t.Start = pStart;
            t.End = pEnd;
            t.ColOffset = _startCol;
            t.EndColOffset = Cur - LineStart;
        }
        else
        {
            t.Start = t.End = Cur;
            t.ColOffset = t.EndColOffset = -1;
        }
        return type;
    }

    TokenType MakeEmpty(ref Token t, TokenType type) => Make(ref t, type, -1, -1);

    /// <summary>Produces the next token into <paramref name="t"/> (tok_get).</summary>
    public TokenType Next(ref Token t)
    {
        t = default;
        var mode = _modes[^1];
        if (mode.Regular) return NextNormal(ref t, mode);
        return NextFString(ref t, mode);
    }

    TokenType NextNormal(ref Token t, TokMode mode)
    {
        int c;
        bool blankline;
    nextline:
        blankline = false;
        if (_atbol)
        {
            int col = 0, altcol = 0, contLineCol = 0;
            _atbol = false;
            for (;;)
            {
                c = NextC();
                if (c == ' ') { col++; altcol++; }
                else if (c == '\t')
                {
                    col = (col / TabSize + 1) * TabSize;
                    altcol = (altcol / AltTabSize + 1) * AltTabSize;
                }
                else if (c == '\f') { col = altcol = 0; }
                else if (c == '\\')
                {
                    contLineCol = contLineCol != 0 ? contLineCol : col;
                    if ((c = ContinuationLine()) == -1) return MakeEmpty(ref t, TokenType.ErrorToken);
                }
                else break;
            }
            Backup(c);
            if (c == '#' || c == '\n' || c == '\r') blankline = true;
            if (!blankline && Level == 0)
            {
                col = contLineCol != 0 ? contLineCol : col;
                altcol = contLineCol != 0 ? contLineCol : altcol;
                if (col == _indstack[_indent])
                {
                    if (altcol != _altindstack[_indent]) return Make(ref t, IndentError(), -1, -1);
                }
                else if (col > _indstack[_indent])
                {
                    if (_indent + 1 >= MaxIndent)
                    {
                        Done = State.TooDeep;
                        Cur = Inp;
                        return MakeEmpty(ref t, TokenType.ErrorToken);
                    }
                    if (altcol <= _altindstack[_indent]) return Make(ref t, IndentError(), -1, -1);
                    _pendin++;
                    _indstack[++_indent] = col;
                    _altindstack[_indent] = altcol;
                }
                else
                {
                    while (_indent > 0 && col < _indstack[_indent]) { _pendin--; _indent--; }
                    if (col != _indstack[_indent])
                    {
                        Done = State.Dedent;
                        Cur = Inp;
                        return MakeEmpty(ref t, TokenType.ErrorToken);
                    }
                    if (altcol != _altindstack[_indent]) return Make(ref t, IndentError(), -1, -1);
                }
            }
        }

        _start = Cur;
        _startCol = Cur - LineStart;

        if (_pendin != 0)
        {
            if (_pendin < 0)
            {
                _pendin++;
                return ExtraTokens ? Make(ref t, TokenType.Dedent, Cur, Cur) : MakeEmpty(ref t, TokenType.Dedent);
            }
            _pendin--;
            if (ExtraTokens)
            {
                _startCol = 0;
                return Make(ref t, TokenType.Indent, LineStart, Cur);
            }
            return MakeEmpty(ref t, TokenType.Indent);
        }

    again:
        do { c = NextC(); } while (c == ' ' || c == '\t' || c == '\f');
        _start = Cur - (c == EOF ? 0 : 1);
        _startCol = _start - LineStart;

        if (c == '#')
        {
            while (c != EOF && c != '\n' && c != '\r') c = NextC();
            if (TypeComments && TypeCommentToken(ref t, c, blankline, out var tc)) return tc;
            if (ExtraTokens)
            {
                Backup(c);   // the newline (or EOF) is the next token
                _commentNewline = blankline;
                return Make(ref t, TokenType.Comment, _start, Cur);
            }
        }

        if (c == EOF)
        {
            if (Level != 0) return MakeEmpty(ref t, TokenType.ErrorToken);
            return MakeEmpty(ref t, Done == State.Eof ? TokenType.EndMarker : TokenType.ErrorToken);
        }

        if (IsPotentialIdentifierStart(c))
        {
            bool sawB = false, sawR = false, sawU = false, sawF = false, sawT = false;
            for (;;)
            {
                if (!sawB && (c == 'b' || c == 'B')) sawB = true;
                else if (!sawU && (c == 'u' || c == 'U')) sawU = true;
                else if (!sawR && (c == 'r' || c == 'R')) sawR = true;
                else if (!sawF && (c == 'f' || c == 'F')) sawF = true;
                else if (!sawT && (c == 't' || c == 'T')) sawT = true;
                else break;
                c = NextC();
                if (c == '"' || c == '\'')
                {
                    string? bad = IncompatiblePrefixes(sawB, sawR, sawU, sawF, sawT);
                    if (bad != null)
                    {
                        SyntaxErrorRange(bad, _start + 1 - LineStart, Cur - LineStart);
                        return MakeEmpty(ref t, TokenType.ErrorToken);
                    }
                    if (sawF || sawT) return FStringStart(ref t, c);
                    return StringLiteral(ref t, c, mode);
                }
            }
            bool nonascii = false;
            while (IsPotentialIdentifierChar(c))
            {
                if (c >= 128) nonascii = true;
                c = NextC();
            }
            Backup(c);
            if (nonascii && !VerifyIdentifier()) return MakeEmpty(ref t, TokenType.ErrorToken);
            return Make(ref t, TokenType.Name, _start, Cur);
        }

        if (c == '\r') c = NextC();

        if (c == '\n')
        {
            _atbol = true;
            if (blankline || Level > 0)
            {
                if (!ExtraTokens) goto nextline;
                _commentNewline = false;
                return Make(ref t, TokenType.NL, _start, Cur);
            }
            if (_commentNewline && ExtraTokens)
            {
                _commentNewline = false;
                return Make(ref t, TokenType.NL, _start, Cur);
            }
            _contLine = false;
            return Make(ref t, TokenType.Newline, _start, Cur - 1);
        }

        if (c == '.')
        {
            c = NextC();
            if (IsDigit(c)) return Number(ref t, c, fraction: true);
            if (c == '.')
            {
                c = NextC();
                if (c == '.') return Make(ref t, TokenType.Ellipsis, _start, Cur);
                Backup(c);
                Backup('.');
            }
            else Backup(c);
            return Make(ref t, TokenType.Dot, _start, Cur);
        }

        if (IsDigit(c)) return Number(ref t, c, fraction: false);

        if (c == '\'' || c == '"') return StringLiteral(ref t, c, mode);

        if (c == '\\')
        {
            if ((c = ContinuationLine()) == -1) return MakeEmpty(ref t, TokenType.ErrorToken);
            _contLine = true;
            goto again;
        }

        bool isPunct = c == ':' || c == '}' || c == '!' || c == '{';
        if (isPunct && InsideFString && mode.ExprStartDepth >= 0)
        {
            int cursor = mode.CurlyDepth - (c != '{' ? 1 : 0);
            if (c == ':' && cursor == mode.ExprStartDepth)
            {
                mode.Regular = false;
                mode.InFormatSpec = true;
                return Make(ref t, TokenType.Colon, _start, Cur);
            }
        }

        {
            int c2 = NextC();
            var two = TwoChars(c, c2);
            if (two != TokenType.Op)
            {
                int c3 = NextC();
                var three = ThreeChars(c, c2, c3);
                if (three != TokenType.Op) two = three;
                else Backup(c3);
                return Make(ref t, two, _start, Cur);
            }
            Backup(c2);
        }

        switch (c)
        {
            case '(':
            case '[':
            case '{':
                if (Level >= MaxLevel) return Make(ref t, SyntaxError("too many nested parentheses"), -1, -1);
                _parenstack[Level] = (byte)c;
                ParenLinenoStack[Level] = Lineno;
                ParenColStack[Level] = _start - LineStart;
                Level++;
                if (InsideFString) mode.CurlyDepth++;
                break;
            case ')':
            case ']':
            case '}':
                if (InsideFString && mode.CurlyDepth == 0 && c == '}')
                    return Make(ref t, SyntaxError($"{StringPrefix}-string: single '}}' is not allowed"), -1, -1);
                // The tokenize module's tokens (ExtraTokens) take unbalanced brackets as they come.
                if (!ExtraTokens && Level == 0) return Make(ref t, SyntaxError($"unmatched '{(char)c}'"), -1, -1);
                if (Level > 0)
                {
                    Level--;
                    int opening = _parenstack[Level];
                    if (!ExtraTokens && !((opening == '(' && c == ')') || (opening == '[' && c == ']') || (opening == '{' && c == '}')))
                    {
                        if (InsideFString && opening == '{' && mode.CurlyDepth - 1 == mode.ExprStartDepth)
                            return Make(ref t, SyntaxError($"{StringPrefix}-string: unmatched '{(char)c}'"), -1, -1);
                        if (ParenLinenoStack[Level] != Lineno)
                            return Make(ref t, SyntaxError($"closing parenthesis '{(char)c}' does not match opening parenthesis '{(char)opening}' on line {ParenLinenoStack[Level]}"), -1, -1);
                        return Make(ref t, SyntaxError($"closing parenthesis '{(char)c}' does not match opening parenthesis '{(char)opening}'"), -1, -1);
                    }
                }
                if (InsideFString)
                {
                    mode.CurlyDepth--;
                    if (mode.CurlyDepth < 0)
                        return Make(ref t, SyntaxError($"{StringPrefix}-string: unmatched '{(char)c}'"), -1, -1);
                    if (c == '}' && mode.CurlyDepth == mode.ExprStartDepth)
                    {
                        mode.ExprStartDepth--;
                        mode.Regular = false;
                        mode.InFormatSpec = false;
                        mode.InDebug = false;
                    }
                }
                break;
        }

        if (c < 32 || c == 127)
            return Make(ref t, SyntaxError($"invalid non-printable character U+{c:X4}"), -1, -1);

        if (c == '=' && InsideFString && mode.ExprStartDepth >= 0) mode.InDebug = true;

        return Make(ref t, OneChar(c), _start, Cur);
    }

    /// <summary>Closes every open indentation level with pending DEDENTs ('single' mode's implied
    /// newline at the end of the input).</summary>
    internal void ImplyDedents()
    {
        if (_indent == 0) return;
        _pendin = -_indent;
        _indent = 0;
    }

    int ContinuationLine()
    {
        int c = NextC();
        if (c == '\r') c = NextC();
        if (c != '\n') { Done = State.LineCont; return -1; }
        c = NextC();
        if (c == EOF)
        {
            Done = State.Eof;
            Cur = Inp;
            return -1;
        }
        Backup(c);
        return c;
    }

    static string? IncompatiblePrefixes(bool b, bool r, bool u, bool f, bool t)
    {
        if (u && b) return "'u' and 'b' prefixes are incompatible";
        if (u && r) return "'u' and 'r' prefixes are incompatible";
        if (u && f) return "'u' and 'f' prefixes are incompatible";
        if (u && t) return "'u' and 't' prefixes are incompatible";
        if (b && f) return "'b' and 'f' prefixes are incompatible";
        if (b && t) return "'b' and 't' prefixes are incompatible";
        if (f && t) return "'f' and 't' prefixes are incompatible";
        return null;
    }

    internal static bool IsDigit(int c) => c >= '0' && c <= '9';
    static bool IsXDigit(int c) => IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    static bool IsPotentialIdentifierStart(int c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    static bool IsPotentialIdentifierChar(int c) => IsPotentialIdentifierStart(c) || IsDigit(c);

    /// <summary>verify_identifier: every character of a non-ASCII NAME must be XID_Start/XID_Continue.</summary>
    bool VerifyIdentifier()
    {
        if (ExtraTokens) return true;   // the tokenize module accepts any identifier-like text
        string s;
        try { s = new UTF8Encoding(false, true).GetString(_buf, _start, Cur - _start); }
        catch (DecoderFallbackException) { s = Encoding.UTF8.GetString(_buf, _start, Cur - _start); }
        int i = 0, index = 0;
        while (i < s.Length)
        {
            int cp = UnicodeIdent.CodePointAt(s, i, out int width);
            bool ok = index == 0 ? UnicodeIdent.IsXidStart(cp) || cp == '_' : UnicodeIdent.IsXidContinue(cp);
            if (!ok)
            {
                Cur = _start + Encoding.UTF8.GetByteCount(s.AsSpan(0, i + width));
                if (UnicodeIdent.IsPrintable(cp))
                    SyntaxError($"invalid character '{char.ConvertFromUtf32(cp)}' (U+{cp:X4})");
                else
                    SyntaxError($"invalid non-printable character U+{cp:X4}");
                return false;
            }
            i += width;
            index++;
        }
        return true;
    }
}
