using Sharpy.Parser.Ast;

namespace Sharpy.Parser;

/// <summary>Raising syntax errors the way pegen_errors.c and pegen.h's RAISE_* macros do.</summary>
internal sealed partial class Parser
{
    /// <summary>CURRENT_POS: "wherever the tokenizer is now".</summary>
    const int CurrentPos = -5;

    /// <summary>_PyPegen_raise_error_known_location. Columns are byte offsets, already 1-based
    /// (as the RAISE_ERROR_KNOWN_LOCATION macro passes them), or CurrentPos.</summary>
    void RaiseKnownLocation(string type, int lineno, int col, int endLineno, int endCol, string msg)
    {
        if (_error != null) return;
        if (endLineno == CurrentPos) endLineno = _tok.Lineno;
        if (endCol == CurrentPos) endCol = _tok.Cur - _tok.LineStart;
        int colNumber = _src.ByteToCharOffset(lineno, col);
        int endColNumber = endCol > 0 ? _src.ByteToCharOffset(lineno, endCol) : endCol;
        _error = new ParseError
        {
            ExceptionType = type, Message = msg, Filename = _src.Filename,
            Lineno = lineno, Offset = colNumber, EndLineno = endLineno, EndOffset = endColNumber,
            Text = _src.LineText(lineno),
        };
    }

    /// <summary>RAISE_ERROR_KNOWN_LOCATION: 0-based byte columns, made 1-based here.</summary>
    void RaiseAt(string type, int lineno, int col, int endLineno, int endCol, string msg)
    {
        RaiseKnownLocation(type, lineno, col == CurrentPos ? CurrentPos : col + 1,
            endLineno, endCol == CurrentPos ? CurrentPos : endCol + 1, msg);
    }

    /// <summary>_PyPegen_raise_error: at the last token read (or the token at the mark).</summary>
    void RaiseError(string type, bool useMark, string msg)
    {
        if (_error != null) return;
        if (_fill == 0)
        {
            RaiseKnownLocation(type, 0, 0, 0, -1, msg);
            return;
        }
        if (useMark && _mark == _fill && !FillToken()) return;
        ref Token t = ref _tokens[_knownErrTokenIndex >= 0 ? _knownErrTokenIndex : useMark ? _mark : _fill - 1];
        int col;
        if (t.ColOffset == -1)
            col = _tok.Cur == 0 ? 0 : _tok.Cur - _tok.LineStart;
        else
            col = t.ColOffset + 1;
        int endCol = t.EndColOffset != -1 ? t.EndColOffset + 1 : -1;
        RaiseKnownLocation(type, t.Lineno, col, t.EndLineno, endCol, msg);
    }

    void RaiseSyntaxError(string msg) => RaiseError("SyntaxError", false, msg);
    void RaiseIndentationError(string msg) => RaiseError("IndentationError", false, msg);
    void RaiseSyntaxErrorOnNextToken(string msg) => RaiseError("SyntaxError", true, msg);

    void RaiseKnownLocation(LocatedNode a, string msg) =>
        RaiseAt("SyntaxError", a.Lineno, a.ColOffset, a.EndLineno, a.EndColOffset, msg);

    void RaiseKnownLocation(int tokenIndex, string msg)
    {
        ref Token a = ref _tokens[tokenIndex];
        RaiseAt("SyntaxError", a.Lineno, a.ColOffset, a.EndLineno, a.EndColOffset, msg);
    }

    void RaiseKnownRange(LocatedNode a, LocatedNode b, string msg) =>
        RaiseAt("SyntaxError", a.Lineno, a.ColOffset, b.EndLineno, b.EndColOffset, msg);

    void RaiseKnownRange(int aTok, int bTok, string msg)
    {
        ref Token a = ref _tokens[aTok];
        ref Token b = ref _tokens[bTok];
        RaiseAt("SyntaxError", a.Lineno, a.ColOffset, b.EndLineno, b.EndColOffset, msg);
    }

    void RaiseKnownRange(int aTok, LocatedNode b, string msg)
    {
        ref Token a = ref _tokens[aTok];
        RaiseAt("SyntaxError", a.Lineno, a.ColOffset, b.EndLineno, b.EndColOffset, msg);
    }

    void RaiseKnownRange(LocatedNode a, int bTok, string msg)
    {
        ref Token b = ref _tokens[bTok];
        RaiseAt("SyntaxError", a.Lineno, a.ColOffset, b.EndLineno, b.EndColOffset, msg);
    }

    void RaiseStartingFrom(LocatedNode a, string msg) =>
        RaiseAt("SyntaxError", a.Lineno, a.ColOffset, CurrentPos, CurrentPos, msg);

    void RaiseStartingFrom(int aTok, string msg)
    {
        ref Token a = ref _tokens[aTok];
        RaiseAt("SyntaxError", a.Lineno, a.ColOffset, CurrentPos, CurrentPos, msg);
    }

    void StackOverflow()
    {
        if (_error != null) return;
        _error = new ParseError
        {
            ExceptionType = "MemoryError", Message = "Parser stack overflowed - Python source too complex to parse",
            Filename = _src.Filename, HasLocation = false,
        };
    }

    /// <summary>_Pypegen_tokenizer_error: turn the tokenizer's failure state into an exception.</summary>
    void TokenizerError()
    {
        if (_error != null) return;
        if (_tok.Error != null)
        {
            _error = _tok.Error;
            return;
        }
        string type = "SyntaxError", msg;
        int col = -1;
        switch (_tok.Done)
        {
            case Tokenizer.State.Eof:
                if (_tok.Level != 0) RaiseUnclosedParenthesesError();
                else RaiseSyntaxError("unexpected EOF while parsing");
                return;
            case Tokenizer.State.Dedent:
                RaiseIndentationError("unindent does not match any outer indentation level");
                return;
            case Tokenizer.State.TabSpace:
                type = "TabError";
                msg = "inconsistent use of tabs and spaces in indentation";
                break;
            case Tokenizer.State.TooDeep:
                type = "IndentationError";
                msg = "too many levels of indentation";
                break;
            case Tokenizer.State.LineCont:
                // CPython measures from tok->buf, which string input resets at each line.
                col = _tok.Cur - _tok.LineStart - 1;
                msg = "unexpected character after line continuation character";
                break;
            default:
                msg = "unknown parsing error";
                break;
        }
        RaiseAt(type, _tok.Lineno, col >= 0 ? col : 0, _tok.Lineno, -1, msg);
    }

    void RaiseUnclosedParenthesesError()
    {
        int level = _tok.Level - 1;
        int lineno = _tok.ParenLinenoStack[level];
        int col = _tok.ParenColStack[level];
        char c = (char)_tok.ParenChar(level);
        RaiseAt("SyntaxError", lineno, col, lineno, -1, $"'{c}' was never closed");
    }

    /// <summary>_PyPegen_set_syntax_error: the error after a failed second pass.</summary>
    void SetSyntaxError(Token lastToken)
    {
        if (_error != null)
        {
            bool tokOk = _tok.Done == Tokenizer.State.Ok;
            if (tokOk && _error.IsSyntaxErrorFamily) TokenizeFullSourceToCheckForErrors();
            return;
        }
        if (_fill == 0)
        {
            RaiseSyntaxError("error at start before reading any input");
            return;
        }
        if (lastToken.Type == TokenType.ErrorToken && _tok.Done == Tokenizer.State.Eof)
        {
            if (_tok.Level != 0) RaiseUnclosedParenthesesError();
            else RaiseSyntaxError("unexpected EOF while parsing");
            return;
        }
        if (lastToken.Type == TokenType.Indent || lastToken.Type == TokenType.Dedent)
        {
            RaiseIndentationError(lastToken.Type == TokenType.Indent ? "unexpected indent" : "unexpected unindent");
            return;
        }
        RaiseAt("SyntaxError", lastToken.Lineno, lastToken.ColOffset, lastToken.EndLineno, lastToken.EndColOffset, "invalid syntax");
        TokenizeFullSourceToCheckForErrors();
    }

    /// <summary>_PyPegen_tokenize_full_source_to_check_for_errors: a tokenizer error later in the
    /// file replaces a parser error.</summary>
    void TokenizeFullSourceToCheckForErrors()
    {
        var current = _error!;
        // CPython compares with the line of the furthest token read, not of the error.
        int currentErrLine = _tokens[_knownErrTokenIndex >= 0 ? _knownErrTokenIndex : _fill - 1].Lineno;
        _error = null;
        var t = new Token();
        for (;;)
        {
            var type = _tok.Next(ref t);
            if (type == TokenType.ErrorToken)
            {
                if (_tok.Error != null) { _error = _tok.Error; break; }
                if (_tok.Level != 0)
                {
                    int errorLineno = _tok.ParenLinenoStack[_tok.Level - 1];
                    if (currentErrLine > errorLineno)
                    {
                        RaiseUnclosedParenthesesError();
                        break;
                    }
                }
                break;
            }
            if (type == TokenType.EndMarker) break;
        }
        if (_error == null || _tok.InsideFString) _error = current;
    }
}
