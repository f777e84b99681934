using System;
using System.Collections.Generic;
using System.Text;
using Sharpy.Parser.Ast;

namespace Sharpy.Parser;

/// <summary>Grammar: LITERALS (strings, f-strings, t-strings, numbers) and their actions
/// (action_helpers.c: _PyPegen_concatenate_strings, _PyPegen_joined_str, _PyPegen_formatted_value...).</summary>
internal sealed partial class Parser
{
    Expr? NumberToken()
    {
        int start = _mark;
        if (!Expect(TokenType.Number)) return null;
        ref Token t = ref _tokens[start];
        var text = new System.ReadOnlySpan<byte>(_src.Buf, t.Start, t.End - t.Start);
        if (_featureVersion < 6 && text.Contains((byte)'_'))
        {
            RaiseSyntaxError("Underscores in numeric literals are only supported in Python 3.6 and greater");
            return null;
        }
        object value = LiteralParser.ParseNumber(text);
        if (value is System.Numerics.BigInteger && DecimalDigitsOverLimit(text) is { } tooLong)
        {
            // No columns: a caret line under thousands of digits helps nobody.
            RaiseAt("SyntaxError", t.Lineno, -1, t.EndLineno, -1,
                tooLong + " - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.");
            return null;
        }
        return Loc(new Constant { Value = value }, start);
    }

    /// <summary>PyLong_FromString's limit on decimal digits (sys.set_int_max_str_digits): its
    /// ValueError message when an int literal has more, else null.</summary>
    static string? DecimalDigitsOverLimit(System.ReadOnlySpan<byte> text)
    {
        if (text.Length > 1 && text[0] == (byte)'0' && (text[1] | 0x20) is (byte)'x' or (byte)'o' or (byte)'b') return null;
        int digits = text.Length - System.MemoryExtensions.Count(text, (byte)'_');
        int limit = Sharpy.Runtime.Interpreter.Current?.IntMaxStrDigits ?? Sharpy.Objects.PyLong.DefaultMaxStrDigits;
        if (limit <= 0 || digits <= limit) return null;
        return $"Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit";
    }

    // strings (memo): invalid_string_tstring_concat | (fstring|string)+ | tstring+
    Expr? Strings()
    {
        if (Failed) return null;
        int start = _mark;
        if (TryMemo(M_strings, out Expr? memo)) return memo;
        var r = StringsBody(start);
        Memoize(start, M_strings, r);
        return r;
    }

    Expr? StringsBody(int start)
    {
        if (_callInvalidRules)
        {
            InvalidStringTstringConcat();
            if (Failed) return null;
            _mark = start;
        }
        var parts = new List<Expr>();
        while (true)
        {
            var ty = PeekType();
            Expr? e;
            if (ty == TokenType.String) e = StringToken();
            else if (ty == TokenType.FStringStart) e = FString();
            else break;
            if (e == null) { if (Failed) return null; break; }
            parts.Add(e);
        }
        if (parts.Count > 0) return ConcatenateStrings(parts, start);
        _mark = start;
        while (Lookahead(TokenType.TStringStart))
        {
            var e = TString();
            if (e == null) { if (Failed) return null; break; }
            parts.Add(e);
        }
        if (parts.Count > 0) return ConcatenateTStrings(parts, start);
        _mark = start;
        return null;
    }

    /// <summary>string: STRING (_PyPegen_constant_from_string).</summary>
    Expr? StringToken()
    {
        int idx = _mark;
        if (!Expect(TokenType.String)) return null;
        ref Token t = ref _tokens[idx];
        object? value = ParseStringToken(idx);
        if (Failed) return null;
        var c = new Constant { Value = value, Kind = _src.Buf[t.Start] == (byte)'u' ? "u" : null };
        c.Lineno = t.Lineno; c.ColOffset = t.ColOffset; c.EndLineno = t.EndLineno; c.EndColOffset = t.EndColOffset;
        return c;
    }

    /// <summary>_PyPegen_parse_string: the value of a STRING token (str or bytes).</summary>
    object? ParseStringToken(int idx)
    {
        ref Token t = ref _tokens[idx];
        var buf = _src.Buf;
        int s = t.Start, e = t.End;
        bool bytesmode = false, rawmode = false;
        while (buf[s] != (byte)'\'' && buf[s] != (byte)'"')
        {
            byte c = buf[s];
            if (c == 'b' || c == 'B') bytesmode = true;
            else if (c == 'r' || c == 'R') rawmode = true;
            s++;
        }
        byte quote = buf[s];
        int q = (e - s >= 6 && buf[s + 1] == quote && buf[s + 2] == quote) ? 3 : 1;
        s += q;
        e -= q;
        if (bytesmode)
        {
            for (int i = s; i < e; i++)
                if (buf[i] >= 0x80)
                {
                    RaiseKnownLocation(idx, "bytes can only contain ASCII literal characters");
                    return null;
                }
            if (rawmode) return buf.AsSpan(s, e - s).ToArray();
            var bytes = LiteralParser.DecodeBytesEscapes(buf, s, e, out int inv, out string? err);
            if (err != null) { RaiseStringError(idx, err); return null; }
            if (inv >= 0) WarnInvalidEscape(idx, buf, s, inv, e);
            return bytes;
        }
        if (rawmode) return Encoding.UTF8.GetString(buf, s, e - s);
        var str = LiteralParser.DecodeUnicodeEscapes(buf, s, e, out int inv2, out string? err2);
        if (err2 != null) { RaiseStringError(idx, err2); return null; }
        if (inv2 >= 0) WarnInvalidEscape(idx, buf, s, inv2, e);
        return str;
    }

    void RaiseStringError(int idx, string msg)
    {
        ref Token t = ref _tokens[idx];
        RaiseAt("SyntaxError", t.Lineno, t.ColOffset, t.EndLineno, t.EndColOffset, msg);
    }

    /// <summary>warn_invalid_escape_sequence.</summary>
    void WarnInvalidEscape(int idx, byte[] buf, int bodyStart, int escape, int end)
    {
        ref Token t = ref _tokens[idx];
        int lineno = t.Lineno;
        for (int i = t.Start; i < escape; i++) if (buf[i] == (byte)'\n') lineno++;
        byte c = buf[escape + 1];
        string msg;
        if (c >= '4' && c <= '7')
        {
            int n = 1;
            while (n < 3 && escape + 1 + n < end && buf[escape + 1 + n] >= '0' && buf[escape + 1 + n] <= '7') n++;
            string oct = Encoding.ASCII.GetString(buf, escape + 1, n);
            msg = $"\"\\{oct}\" is an invalid octal escape sequence. Such sequences will not work in the future. Did you mean \"\\\\{oct}\"? A raw string is also an option.";
        }
        else
        {
            int n = c < 0x80 ? 1 : (c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2);
            string ch = Encoding.UTF8.GetString(buf, escape + 1, System.Math.Min(n, end - escape - 1));
            msg = $"\"\\{ch}\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\{ch}\"? A raw string is also an option.";
        }
        AddWarning(msg, lineno);
    }

    void AddWarning(string msg, int lineno)
    {
        // The second pass re-parses the same tokens: warn once.
        if (_callInvalidRules) return;
        _diag.Warnings.Add(new ParseWarning { Message = msg, Filename = _src.Filename, Lineno = lineno });
    }

    // fstring: FSTRING_START fstring_middle* FSTRING_END
    Expr? FString() => FOrTString(isT: false);

    // tstring (memo): TSTRING_START tstring_middle* TSTRING_END
    Expr? TString()
    {
        if (Failed) return null;
        int start = _mark;
        if (TryMemo(M_tstring, out Expr? memo)) return memo;
        var r = CheckVersion(14, "t-strings are", FOrTString(isT: true));
        Memoize(start, M_tstring, r);
        return r;
    }

    Expr? FOrTString(bool isT)
    {
        int start = _mark;
        if (!Expect(isT ? TokenType.TStringStart : TokenType.FStringStart)) return null;
        var middleType = isT ? TokenType.TStringMiddle : TokenType.FStringMiddle;
        var raw = new List<Expr>();
        while (true)
        {
            if (Lookahead(middleType))
            {
                raw.Add(ConstantFromToken(_mark++));
                continue;
            }
            int m = _mark;
            var f = ReplacementField(isT);
            if (f == null) { _mark = m; break; }
            raw.Add(f);
        }
        if (Failed) return null;
        int endIdx = ExpectTok(isT ? TokenType.TStringEnd : TokenType.FStringEnd);
        if (endIdx < 0) { _mark = start; return null; }
        var values = ResizedExprs(start, raw);
        if (values == null) return null;
        ref Token a = ref _tokens[start];
        ref Token b = ref _tokens[endIdx];
        LocatedNode node = isT ? new TemplateStr { Values = values } : new JoinedStr { Values = values };
        node.Lineno = a.Lineno; node.ColOffset = a.ColOffset; node.EndLineno = b.EndLineno; node.EndColOffset = b.EndColOffset;
        return (Expr)node;
    }

    /// <summary>_PyPegen_constant_from_token: the raw text of a middle token (decoded later).</summary>
    Constant ConstantFromToken(int idx)
    {
        ref Token t = ref _tokens[idx];
        var c = new Constant { Value = new RawMiddle(idx) };
        c.Lineno = t.Lineno; c.ColOffset = t.ColOffset; c.EndLineno = t.EndLineno; c.EndColOffset = t.EndColOffset;
        return c;
    }

    /// <summary>Placeholder value of a middle Constant until _get_resized_exprs decodes it.</summary>
    sealed class RawMiddle
    {
        public readonly int TokenIndex;
        public RawMiddle(int i) { TokenIndex = i; }
    }

    /// <summary>_PyPegen_decode_fstring_part for a middle token: its str value.</summary>
    object? DecodeMiddle(int idx, bool raw)
    {
        ref Token t = ref _tokens[idx];
        var buf = _src.Buf;
        if (raw) return Encoding.UTF8.GetString(buf, t.Start, t.End - t.Start);
        var s = LiteralParser.DecodeUnicodeEscapes(buf, t.Start, t.End, out int inv, out string? err);
        // Decoded in the f-string's action: RAISE_SYNTAX_ERROR, at the last token fetched.
        if (err != null) { RaiseSyntaxError(err); return null; }
        if (inv >= 0 && buf[inv + 1] != (byte)'{' && buf[inv + 1] != (byte)'}') WarnInvalidEscape(idx, buf, t.Start, inv, t.End);
        return s;
    }

    /// <summary>_get_resized_exprs: decode middles, flatten debug pairs, merge adjacent constants, drop empty ones.</summary>
    List<Expr>? ResizedExprs(int startTok, List<Expr> raw)
    {
        ref Token a = ref _tokens[startTok];
        bool isRaw = false;
        for (int i = a.Start; i < a.End; i++) if (_src.Buf[i] is (byte)'r' or (byte)'R') isRaw = true;
        var seq = new List<Expr>(raw.Count);
        foreach (var item in raw)
        {
            if (item is DebugPair dp)
            {
                seq.Add(dp.Text);
                seq.Add(dp.Value);
                continue;
            }
            if (item is Constant c && c.Value is RawMiddle rm)
            {
                var s = DecodeMiddle(rm.TokenIndex, isRaw);
                if (s == null) return null;
                c.Value = s;
            }
            seq.Add(item);
        }
        var result = new List<Expr>(seq.Count);
        for (int i = 0; i < seq.Count; i++)
        {
            var e = seq[i];
            if (e is Constant first && StrValue.Is(first.Value))
            {
                int j = i + 1;
                if (j < seq.Count && seq[j] is Constant cnext && StrValue.Is(cnext.Value))
                {
                    var sb = new StrValueBuilder();
                    sb.AppendValue(first.Value!);
                    Constant last = first;
                    while (j < seq.Count && seq[j] is Constant cj && StrValue.Is(cj.Value)) { sb.AppendValue(cj.Value!); last = cj; j++; }
                    i = j - 1;
                    e = SpanLoc(new Constant { Value = sb.ToValue() }, first, last);
                }
                if (IsEmptyStr(((Constant)e).Value)) continue;
            }
            result.Add(e);
        }
        return result;
    }

    // fstring_replacement_field: '{' annotated_rhs '='? [fstring_conversion] [fstring_full_format_spec] '}'
    //                          | invalid_fstring_replacement_field
    /// <remarks>A field nested in a t-string's format spec is a FormattedValue (tstring_format_spec_replacement_field).</remarks>
    Expr? ReplacementField(bool isT, bool inFormatSpec = false)
    {
        if (!EnsureToken()) return null;
        int start = _mark;
        var r = ReplacementFieldBody(isT, inFormatSpec, start);
        if (r != null || Failed) return r;
        _mark = start;
        if (_callInvalidRules)
        {
            InvalidReplacementField(isT);
            _mark = start;
        }
        return null;
    }

    Expr? ReplacementFieldBody(bool isT, bool inFormatSpec, int start)
    {
        if (!Expect(TokenType.LBrace)) return null;
        var a = AnnotatedRhs();
        if (a == null) return null;
        // The interpolation's text ends with the expression's last token (a closing parenthesis
        // included, which the node's position leaves out).
        int exprEnd = _tokens[_mark - 1].End;
        int debugTok = ExpectTok(TokenType.Equal);
        // fstring_conversion: "!" NAME
        Name? conv = null;
        int m = _mark;
        int bang = ExpectTok(TokenType.Exclamation);
        if (bang >= 0)
        {
            conv = NameToken();
            if (conv == null) _mark = m;
            else if (!CheckFStringConversion(bang, conv)) return null;
        }
        // fstring_full_format_spec: ':' fstring_format_spec*
        Expr? spec = null;
        m = _mark;
        if (Lookahead(TokenType.Colon))
        {
            spec = FullFormatSpec(isT);
            if (Failed) return null;
            if (spec == null) _mark = m;
        }
        int rbrace = ExpectTok(TokenType.RBrace);
        if (rbrace < 0) return null;

        int conversion = conv != null ? conv.Id[0] : (debugTok >= 0 && spec == null ? 'r' : -1);
        ref Token lb = ref _tokens[start];
        Expr value;
        if (isT && !inFormatSpec)
        {
            ref Token lbrace = ref _tokens[start];
            string text = SourceSlice(lbrace.End, exprEnd);
            value = Loc(new Interpolation { Value = a, Str = text, Conversion = conversion, FormatSpec = spec }, start);
        }
        else
            value = Loc(new FormattedValue { Value = a, Conversion = conversion, FormatSpec = spec }, start);
        if (debugTok < 0) return value;

        // The debug text runs from after '{' to the token after '='.
        int after = debugTok + 1;
        ref Token next = ref _tokens[after];
        string debugText = DebugText(start, after);
        int endLine, endCol;
        if (conv != null) { endLine = conv.Lineno; endCol = conv.ColOffset; }
        else if (spec != null) { endLine = spec.Lineno; endCol = spec.ColOffset + 1; }
        else { endLine = value.EndLineno; endCol = value.EndColOffset; }
        var debug = new Constant { Value = debugText, Lineno = value.Lineno, ColOffset = value.ColOffset + 1, EndLineno = endLine, EndColOffset = endCol - 1 };
        return new DebugPair(debug, value);
    }

    /// <summary>The Constant + FormattedValue pair of a `{x=}` field, flattened by the caller.</summary>
    sealed class DebugPair : Expr
    {
        public readonly Constant Text;
        public readonly Expr Value;
        public DebugPair(Constant text, Expr value) { Text = text; Value = value; }
        public override string AstName => "JoinedStr";
        public override string[] FieldNames => System.Array.Empty<string>();
        public override object? GetField(int index) => null;
        public override void SetField(int index, object? value) => throw new System.ArgumentOutOfRangeException(nameof(index));
    }

    /// <summary>The source of an `{expr=}` field from after the '{' (token <paramref name="lbrace"/>) to
    /// token <paramref name="after"/>, without its comments (_PyLexer_update_ftstring_expr): a '#'
    /// between tokens runs to the end of its line, whose newline stays.</summary>
    string DebugText(int lbrace, int after)
    {
        int from = _tokens[lbrace].End, to = _tokens[after].Start;
        string raw = SourceSlice(from, to);
        if (raw.IndexOf('#') < 0) return raw;
        var sb = new StringBuilder();
        int pos = from;
        for (int i = lbrace + 1; i <= after; i++)
        {
            ref Token t = ref _tokens[i];
            int gapEnd = Math.Min(t.Start, to);
            if (gapEnd < pos) return raw;
            string gap = SourceSlice(pos, gapEnd);
            int hash = gap.IndexOf('#');
            while (hash >= 0)
            {
                int nl = gap.IndexOf('\n', hash);
                gap = nl < 0 ? gap[..hash] : gap[..hash] + gap[nl..];
                hash = gap.IndexOf('#', hash);
            }
            sb.Append(gap);
            if (i == after) break;
            sb.Append(SourceSlice(t.Start, t.End));
            pos = t.End;
        }
        return sb.ToString();
    }

    string SourceSlice(int start, int end) => end > start ? Encoding.UTF8.GetString(_src.Buf, start, end - start) : "";

    bool CheckFStringConversion(int bang, Name conv)
    {
        ref Token b = ref _tokens[bang];
        char prefix = _tok.StringPrefix;
        if (b.Lineno != conv.Lineno || b.EndColOffset != conv.ColOffset)
        {
            RaiseKnownRange(bang, conv, $"{prefix}-string: conversion type must come right after the exclamation mark");
            return false;
        }
        string id = conv.Id;
        if (id.Length > 1 || !(id[0] == 's' || id[0] == 'r' || id[0] == 'a'))
        {
            RaiseKnownLocation(conv, $"{prefix}-string: invalid conversion character '{id}': expected 's', 'r', or 'a'");
            return false;
        }
        return true;
    }

    // fstring_full_format_spec: ':' fstring_format_spec*
    Expr? FullFormatSpec(bool isT)
    {
        int start = _mark;
        if (!Expect(TokenType.Colon)) return null;
        var middleType = isT ? TokenType.TStringMiddle : TokenType.FStringMiddle;
        var spec = new List<Expr>();
        while (true)
        {
            if (Lookahead(middleType))
            {
                int idx = _mark++;
                var c = ConstantFromToken(idx);
                // _PyPegen_decoded_constant_from_token
                var s = DecodeMiddle(idx, _tokRawAt(idx));
                if (s == null) return null;
                c.Value = s;
                spec.Add(c);
                continue;
            }
            int m = _mark;
            var f = ReplacementField(isT, inFormatSpec: true);
            if (f == null) { _mark = m; break; }
            spec.Add(f);
        }
        if (Failed) return null;
        var values = new List<Expr>(spec.Count);
        foreach (var e in spec)
        {
            if (e is Constant c && IsEmptyStr(c.Value)) continue;
            if (e is DebugPair dp) { values.Add(dp.Text); values.Add(dp.Value); continue; }
            values.Add(e);
        }
        // _PyPegen_setup_full_format_spec: more than one piece are concatenated as implicitly
        // concatenated strings are (adjacent constants, such as a debug field's text, merge).
        if (values.Count == 0 || (values.Count == 1 && values[0] is Constant))
            return Loc(new JoinedStr { Values = values }, start);
        return ConcatenateStrings(values, start);
    }

    /// <summary>Whether the f-string that contains middle token `idx` is raw.</summary>
    bool _tokRawAt(int idx)
    {
        int depth = 0;
        for (int i = idx; i >= 0; i--)
        {
            var ty = _tokens[i].Type;
            if (ty is TokenType.FStringEnd or TokenType.TStringEnd) depth++;
            else if (ty is TokenType.FStringStart or TokenType.TStringStart)
            {
                if (depth == 0)
                {
                    for (int k = _tokens[i].Start; k < _tokens[i].End; k++) if (_src.Buf[k] is (byte)'r' or (byte)'R') return true;
                    return false;
                }
                depth--;
            }
        }
        return false;
    }

    /// <summary>An empty str value (a SurrogateStr never is).</summary>
    static bool IsEmptyStr(object? value) => value is string { Length: 0 };

    /// <summary>_PyPegen_concatenate_strings.</summary>
    Expr? ConcatenateStrings(List<Expr> strings, int start)
    {
        bool fstringFound = false, unicodeFound = false, bytesFound = false;
        foreach (var e in strings)
        {
            if (e is Constant c) { if (c.Value is byte[]) bytesFound = true; else unicodeFound = true; }
            else fstringFound = true;
        }
        if ((unicodeFound || fstringFound) && bytesFound)
        {
            RaiseSyntaxError("cannot mix bytes and nonbytes literals");
            return null;
        }
        if (bytesFound)
        {
            var all = new List<byte>();
            foreach (var e in strings) all.AddRange((byte[])((Constant)e).Value!);
            return Loc(new Constant { Value = all.ToArray(), Kind = ((Constant)strings[0]).Kind }, start);
        }
        if (!fstringFound && strings.Count == 1) return strings[0];

        var flattened = new List<Expr>();
        foreach (var e in strings)
        {
            if (e is JoinedStr js)
            {
                foreach (var v in js.Values) flattened.Add(v);
            }
            else flattened.Add(e);
        }
        var values = new List<Expr>();
        for (int i = 0; i < flattened.Count; i++)
        {
            var elem = flattened[i];
            if (elem is Constant first)
            {
                if (i + 1 < flattened.Count && flattened[i + 1] is Constant)
                {
                    var sb = new StrValueBuilder();
                    Constant last = first;
                    int j = i;
                    for (; j < flattened.Count && flattened[j] is Constant cj; j++)
                    {
                        sb.AppendValue(cj.Value!);
                        last = cj;
                    }
                    i = j - 1;
                    elem = SpanLoc(new Constant { Value = sb.ToValue(), Kind = first.Kind }, first, last);
                }
                if (fstringFound && IsEmptyStr(((Constant)elem).Value)) continue;
            }
            values.Add(elem);
        }
        if (!fstringFound) return values[0];
        return Loc(new JoinedStr { Values = values }, start);
    }

    /// <summary>_PyPegen_concatenate_tstrings.</summary>
    Expr? ConcatenateTStrings(List<Expr> strings, int start)
    {
        if (strings.Count == 1) return strings[0];
        var flattened = new List<Expr>();
        foreach (var e in strings) flattened.AddRange(((TemplateStr)e).Values);
        var values = new List<Expr>();
        for (int i = 0; i < flattened.Count; i++)
        {
            var elem = flattened[i];
            if (elem is Constant first && i + 1 < flattened.Count && flattened[i + 1] is Constant)
            {
                var sb = new StrValueBuilder();
                Constant last = first;
                int j = i;
                for (; j < flattened.Count && flattened[j] is Constant cj; j++) { sb.AppendValue(cj.Value!); last = cj; }
                i = j - 1;
                elem = SpanLoc(new Constant { Value = sb.ToValue() }, first, last);
            }
            values.Add(elem);
        }
        return Loc(new TemplateStr { Values = values }, start);
    }
}
