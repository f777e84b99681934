namespace Sharpy.Parser;

/// <summary>Numbers, string literals and the f-string/t-string mode of the tokenizer.</summary>
internal sealed partial class Tokenizer
{
    // ---- numbers --------------------------------------------------------------------

    TokenType Number(ref Token t, int c, bool fraction)
    {
        if (fraction) return NumberFraction(ref t, c);
        if (c == '0')
        {
            c = NextC();
            if (c == 'x' || c == 'X')
            {
                c = NextC();
                do
                {
                    if (c == '_') c = NextC();
                    if (!IsXDigit(c))
                    {
                        Backup(c);
                        return Make(ref t, SyntaxError("invalid hexadecimal literal"), -1, -1);
                    }
                    do { c = NextC(); } while (IsXDigit(c));
                } while (c == '_');
                if (!VerifyEndOfNumber(c, "hexadecimal")) return MakeEmpty(ref t, TokenType.ErrorToken);
            }
            else if (c == 'o' || c == 'O' || c == 'b' || c == 'B')
            {
                bool octal = c == 'o' || c == 'O';
                string kind = octal ? "octal" : "binary";
                int limit = octal ? '8' : '2';
                c = NextC();
                do
                {
                    if (c == '_') c = NextC();
                    if (c < '0' || c >= limit)
                    {
                        if (IsDigit(c)) return Make(ref t, SyntaxError($"invalid digit '{(char)c}' in {kind} literal"), -1, -1);
                        Backup(c);
                        return Make(ref t, SyntaxError($"invalid {kind} literal"), -1, -1);
                    }
                    do { c = NextC(); } while (c >= '0' && c < limit);
                } while (c == '_');
                if (IsDigit(c)) return Make(ref t, SyntaxError($"invalid digit '{(char)c}' in {kind} literal"), -1, -1);
                if (!VerifyEndOfNumber(c, kind)) return MakeEmpty(ref t, TokenType.ErrorToken);
            }
            else
            {
                bool nonzero = false;
                for (;;)
                {
                    if (c == '_')
                    {
                        c = NextC();
                        if (!IsDigit(c))
                        {
                            Backup(c);
                            return Make(ref t, SyntaxError("invalid decimal literal"), -1, -1);
                        }
                    }
                    if (c != '0') break;
                    c = NextC();
                }
                int zerosEnd = Cur;
                if (IsDigit(c))
                {
                    nonzero = true;
                    c = DecimalTail();
                    if (c == 0) return MakeEmpty(ref t, TokenType.ErrorToken);
                }
                if (c == '.') return NumberFraction(ref t, NextC());
                if (c == 'e' || c == 'E') return NumberExponent(ref t, c);
                if (c == 'j' || c == 'J') return NumberImaginary(ref t);
                if (nonzero && !ExtraTokens)
                {
                    Backup(c);
                    SyntaxErrorRange("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        _start + 1 - LineStart, zerosEnd - LineStart);
                    return MakeEmpty(ref t, TokenType.ErrorToken);
                }
                if (!VerifyEndOfNumber(c, "decimal")) return MakeEmpty(ref t, TokenType.ErrorToken);
            }
            Backup(c);
            return Make(ref t, TokenType.Number, _start, Cur);
        }
        c = DecimalTail();
        if (c == 0) return MakeEmpty(ref t, TokenType.ErrorToken);
        if (c == '.') return NumberFraction(ref t, NextC());
        if (c == 'e' || c == 'E') return NumberExponent(ref t, c);
        if (c == 'j' || c == 'J') return NumberImaginary(ref t);
        if (!VerifyEndOfNumber(c, "decimal")) return MakeEmpty(ref t, TokenType.ErrorToken);
        Backup(c);
        return Make(ref t, TokenType.Number, _start, Cur);
    }

    /// <summary>After the '.': `c` is the first character of the fraction.</summary>
    TokenType NumberFraction(ref Token t, int c)
    {
        if (IsDigit(c))
        {
            c = DecimalTail();
            if (c == 0) return MakeEmpty(ref t, TokenType.ErrorToken);
        }
        if (c == 'e' || c == 'E') return NumberExponent(ref t, c);
        if (c == 'j' || c == 'J') return NumberImaginary(ref t);
        if (!VerifyEndOfNumber(c, "decimal")) return MakeEmpty(ref t, TokenType.ErrorToken);
        Backup(c);
        return Make(ref t, TokenType.Number, _start, Cur);
    }

    TokenType NumberExponent(ref Token t, int e)
    {
        int c = NextC();
        if (c == '+' || c == '-')
        {
            c = NextC();
            if (!IsDigit(c))
            {
                Backup(c);
                return Make(ref t, SyntaxError("invalid decimal literal"), -1, -1);
            }
        }
        else if (!IsDigit(c))
        {
            Backup(c);
            if (!VerifyEndOfNumber(e, "decimal")) return MakeEmpty(ref t, TokenType.ErrorToken);
            Backup(e);
            return Make(ref t, TokenType.Number, _start, Cur);
        }
        c = DecimalTail();
        if (c == 0) return MakeEmpty(ref t, TokenType.ErrorToken);
        if (c == 'j' || c == 'J') return NumberImaginary(ref t);
        if (!VerifyEndOfNumber(c, "decimal")) return MakeEmpty(ref t, TokenType.ErrorToken);
        Backup(c);
        return Make(ref t, TokenType.Number, _start, Cur);
    }

    TokenType NumberImaginary(ref Token t)
    {
        int c = NextC();
        if (!VerifyEndOfNumber(c, "imaginary")) return MakeEmpty(ref t, TokenType.ErrorToken);
        Backup(c);
        return Make(ref t, TokenType.Number, _start, Cur);
    }

    int DecimalTail()
    {
        int c;
        for (;;)
        {
            do { c = NextC(); } while (IsDigit(c));
            if (c != '_') break;
            c = NextC();
            if (!IsDigit(c))
            {
                Backup(c);
                SyntaxError("invalid decimal literal");
                return 0;
            }
        }
        return c;
    }

    bool LookAhead(string test)
    {
        int i = 0;
        int c;
        bool result = false;
        for (;;)
        {
            c = NextC();
            if (i == test.Length) { result = !IsPotentialIdentifierChar(c); break; }
            if (c != test[i]) break;
            i++;
        }
        Backup(c);
        while (i-- > 0) Backup(test[i]);
        return result;
    }

    /// <summary>verify_end_of_number: `1if` warns, `1abc` is an error.</summary>
    bool VerifyEndOfNumber(int c, string kind)
    {
        if (ExtraTokens) return true;   // the tokenize module splits "1x" into a NUMBER and a NAME
        bool r = false;
        if (c == 'a') r = LookAhead("nd");
        else if (c == 'e') r = LookAhead("lse");
        else if (c == 'f') r = LookAhead("or");
        else if (c == 'i')
        {
            int c2 = NextC();
            if (c2 == 'f' || c2 == 'n' || c2 == 's') r = true;
            Backup(c2);
        }
        else if (c == 'o') r = LookAhead("r");
        else if (c == 'n') r = LookAhead("ot");
        if (r)
        {
            Backup(c);
            Warn($"invalid {kind} literal");
            NextC();
        }
        else if (c < 128 && c != EOF && IsPotentialIdentifierChar(c))
        {
            Backup(c);
            SyntaxError($"invalid {kind} literal");
            return false;
        }
        return true;
    }

    // ---- strings --------------------------------------------------------------------

    /// <summary>A plain string or bytes literal; `c` is its opening quote.</summary>
    TokenType StringLiteral(ref Token t, int quote, TokMode mode)
    {
        int quoteSize = 1, endQuoteSize = 0;
        bool hasEscapedQuote = false;
        _firstLineno = Lineno;
        _multiLineStart = LineStart;
        int c = NextC();
        if (c == quote)
        {
            c = NextC();
            if (c == quote) quoteSize = 3;
            else endQuoteSize = 1;
        }
        if (c != quote) Backup(c);

        while (endQuoteSize != quoteSize)
        {
            c = NextC();
            if (Done == State.Error) return MakeEmpty(ref t, TokenType.ErrorToken);
            if (c == EOF || (quoteSize == 1 && c == '\n'))
            {
                Cur = _start + 1;
                LineStart = _multiLineStart;
                int start = Lineno;
                Lineno = _firstLineno;
                if (InsideFString)
                {
                    var cur = _modes[^1];
                    if (cur.Quote == quote && cur.QuoteSize == quoteSize)
                        return Make(ref t, SyntaxError($"{StringPrefix}-string: expecting '}}'"), -1, -1);
                }
                if (quoteSize == 3)
                {
                    SyntaxError($"unterminated triple-quoted string literal (detected at line {start})");
                    if (c != '\n') Done = State.Eofs;
                    return MakeEmpty(ref t, TokenType.ErrorToken);
                }
                SyntaxError(hasEscapedQuote
                    ? $"unterminated string literal (detected at line {start}); perhaps you escaped the end quote?"
                    : $"unterminated string literal (detected at line {start})");
                if (c != '\n') Done = State.Eols;
                return MakeEmpty(ref t, TokenType.ErrorToken);
            }
            if (c == quote) endQuoteSize++;
            else
            {
                endQuoteSize = 0;
                if (c == '\\')
                {
                    c = NextC();
                    if (c == quote) hasEscapedQuote = true;
                    if (c == '\r') c = NextC();
                }
            }
        }
        return Make(ref t, TokenType.String, _start, Cur);
    }

    TokenType FStringStart(ref Token t, int quote)
    {
        int quoteSize = 1;
        _firstLineno = Lineno;
        _multiLineStart = LineStart;
        int afterQuote = NextC();
        if (afterQuote == quote)
        {
            int afterAfter = NextC();
            if (afterAfter == quote) quoteSize = 3;
            else
            {
                Backup(afterAfter);
                Backup(afterQuote);
            }
        }
        if (afterQuote != quote) Backup(afterQuote);

        if (_modes.Count >= MaxFStringLevel)
            return Make(ref t, SyntaxError("too many nested f-strings or t-strings"), -1, -1);
        var m = new TokMode
        {
            Regular = false, Quote = (byte)quote, QuoteSize = quoteSize, Start = _start,
            MultiLineStart = LineStart, FirstLine = Lineno,
        };
        byte p0 = _buf[_start], p1 = _buf[_start + 1];
        switch (p0)
        {
            case (byte)'t': case (byte)'T': m.Raw = p1 == 'r' || p1 == 'R'; m.IsT = true; break;
            case (byte)'f': case (byte)'F': m.Raw = p1 == 'r' || p1 == 'R'; break;
            default: m.Raw = true; m.IsT = p1 == 't' || p1 == 'T'; break;
        }
        _modes.Add(m);
        return Make(ref t, m.IsT ? TokenType.TStringStart : TokenType.FStringStart, _start, Cur);
    }

    TokenType MiddleType(TokMode m) => m.IsT ? TokenType.TStringMiddle : TokenType.FStringMiddle;

    /// <summary>tok_get_fstring_mode: the literal parts of an f-string or t-string.</summary>
    TokenType NextFString(ref Token t, TokMode cur)
    {
        _start = Cur;
        _firstLineno = Lineno;
        _startCol = Cur - LineStart;
        int endQuoteSize = 0;
        bool unicodeEscape = false;

        int startChar = NextC();
        if (startChar == '{')
        {
            int peek1 = NextC();
            Backup(peek1);
            Backup(startChar);
            if (peek1 != '{')
            {
                cur.ExprStartDepth++;
                if (cur.ExprStartDepth >= MaxExprNesting)
                    return Make(ref t, SyntaxError($"{StringPrefix}-string: expressions nested too deeply"), -1, -1);
                cur.Regular = true;
                return NextNormal(ref t, cur);
            }
        }
        else Backup(startChar);

        {
            int i = 0;
            for (; i < cur.QuoteSize; i++)
            {
                int q = NextC();
                if (q != cur.Quote) { Backup(q); break; }
            }
            if (i == cur.QuoteSize)
            {
                _modes.RemoveAt(_modes.Count - 1);
                return Make(ref t, cur.IsT ? TokenType.TStringEnd : TokenType.FStringEnd, _start, Cur);
            }
            // not the end: put back the quotes read so far
            while (i-- > 0) Backup(cur.Quote);
        }
        // A literal part's line (for tokenize) starts at its own first line, not the f-string's.
        _multiLineStart = LineStart;

        while (endQuoteSize != cur.QuoteSize)
        {
            int c = NextC();
            if (Done == State.Error) return MakeEmpty(ref t, TokenType.ErrorToken);
            bool inFormatSpec = cur.InFormatSpec && cur.ExprStartDepth >= 0;
            if (c == EOF || (cur.QuoteSize == 1 && c == '\n'))
            {
                if (inFormatSpec && c == '\n')
                {
                    if (cur.QuoteSize == 1)
                        return Make(ref t, SyntaxError($"{StringPrefix}-string: newlines are not allowed in format specifiers for single quoted {StringPrefix}-strings"), -1, -1);
                    Backup(c);
                    cur.Regular = true;
                    cur.InFormatSpec = false;
                    return Make(ref t, MiddleType(cur), _start, Cur);
                }
                Cur = cur.Start + 1;
                LineStart = cur.MultiLineStart;
                int start = Lineno;
                Lineno = cur.FirstLine;
                if (cur.QuoteSize == 3)
                    SyntaxError($"unterminated triple-quoted {StringPrefix}-string literal (detected at line {start})");
                else
                    SyntaxError($"unterminated {StringPrefix}-string literal (detected at line {start})");
                // The input ended inside the literal (E_EOFS / E_EOLS): incomplete, for codeop.
                if (c != '\n') Done = cur.QuoteSize == 3 ? State.Eofs : State.Eols;
                return MakeEmpty(ref t, TokenType.ErrorToken);
            }
            if (c == cur.Quote) { endQuoteSize++; continue; }
            endQuoteSize = 0;

            if (c == '{')
            {
                int peek = NextC();
                if (peek != '{' || inFormatSpec)
                {
                    Backup(peek);
                    Backup(c);
                    cur.ExprStartDepth++;
                    if (cur.ExprStartDepth >= MaxExprNesting)
                        return Make(ref t, SyntaxError($"{StringPrefix}-string: expressions nested too deeply"), -1, -1);
                    cur.Regular = true;
                    cur.InFormatSpec = false;
                    return Make(ref t, MiddleType(cur), _start, Cur);
                }
                return Make(ref t, MiddleType(cur), _start, Cur - 1);
            }
            if (c == '}')
            {
                if (unicodeEscape) return Make(ref t, MiddleType(cur), _start, Cur);
                int peek = NextC();
                if (peek == '}' && !inFormatSpec && cur.CurlyDepth == 0)
                    return Make(ref t, MiddleType(cur), _start, Cur - 1);
                Backup(peek);
                Backup(c);
                cur.Regular = true;
                cur.InFormatSpec = false;
                return Make(ref t, MiddleType(cur), _start, Cur);
            }
            if (c == '\\')
            {
                int peek = NextC();
                if (peek == '\r') peek = NextC();
                if (peek == '{' || peek == '}')
                {
                    if (!cur.Raw) Warn($"\"\\{(char)peek}\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\{(char)peek}\"? A raw string is also an option.");
                    Backup(peek);
                    continue;
                }
                if (!cur.Raw && peek == 'N')
                {
                    peek = NextC();
                    if (peek == '{') unicodeEscape = true;
                    else Backup(peek);
                }
            }
        }

        for (int i = 0; i < cur.QuoteSize; i++) Backup(cur.Quote);
        return Make(ref t, MiddleType(cur), _start, Cur);
    }

    // ---- operators --------------------------------------------------------------------

    static TokenType OneChar(int c) => c switch
    {
        '%' => TokenType.Percent, '&' => TokenType.Amper, '(' => TokenType.LPar, ')' => TokenType.RPar,
        '*' => TokenType.Star, '+' => TokenType.Plus, ',' => TokenType.Comma, '-' => TokenType.Minus,
        '.' => TokenType.Dot, '/' => TokenType.Slash, ':' => TokenType.Colon, ';' => TokenType.Semi,
        '<' => TokenType.Less, '=' => TokenType.Equal, '>' => TokenType.Greater, '@' => TokenType.At,
        '[' => TokenType.LSqb, ']' => TokenType.RSqb, '^' => TokenType.Circumflex, '{' => TokenType.LBrace,
        '|' => TokenType.VBar, '}' => TokenType.RBrace, '~' => TokenType.Tilde, '!' => TokenType.Exclamation,
        _ => TokenType.Op,
    };

    static TokenType TwoChars(int c1, int c2) => (c1, c2) switch
    {
        ('!', '=') => TokenType.NotEqual, ('%', '=') => TokenType.PercentEqual, ('&', '=') => TokenType.AmperEqual,
        ('*', '*') => TokenType.DoubleStar, ('*', '=') => TokenType.StarEqual, ('+', '=') => TokenType.PlusEqual,
        ('-', '=') => TokenType.MinEqual, ('-', '>') => TokenType.RArrow, ('/', '/') => TokenType.DoubleSlash,
        ('/', '=') => TokenType.SlashEqual, (':', '=') => TokenType.ColonEqual, ('<', '<') => TokenType.LeftShift,
        ('<', '=') => TokenType.LessEqual, ('<', '>') => TokenType.NotEqual, ('=', '=') => TokenType.EqEqual,
        ('>', '=') => TokenType.GreaterEqual, ('>', '>') => TokenType.RightShift, ('@', '=') => TokenType.AtEqual,
        ('^', '=') => TokenType.CircumflexEqual, ('|', '=') => TokenType.VBarEqual,
        _ => TokenType.Op,
    };

    static TokenType ThreeChars(int c1, int c2, int c3) => (c1, c2, c3) switch
    {
        ('*', '*', '=') => TokenType.DoubleStarEqual, ('.', '.', '.') => TokenType.Ellipsis,
        ('/', '/', '=') => TokenType.DoubleSlashEqual, ('<', '<', '=') => TokenType.LeftShiftEqual,
        ('>', '>', '=') => TokenType.RightShiftEqual,
        _ => TokenType.Op,
    };
}
