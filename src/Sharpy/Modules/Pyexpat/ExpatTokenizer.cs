namespace Sharpy.Modules.Pyexpat;

/// <summary>
/// expat's tokenizer (xmltok_impl.c) over decoded code points: splits content and prolog text
/// into tokens and finds the offending character of a malformed one. Each scanner returns a
/// token kind (<see cref="Tok"/>) and sets <c>next</c> to the end of the token, or for
/// <see cref="Tok.Invalid"/> to the character at fault; a token cut by the end of the data
/// gives <see cref="Tok.Partial"/> (or <see cref="Tok.PartialChar"/>) and leaves <c>next</c> alone.
/// </summary>
internal sealed class ExpatTokenizer(bool ns)
{
    /// <summary>With namespace processing the colon separates a prefix (XmlInitEncodingNS's tables).</summary>
    public readonly bool Ns = ns;

    // Character classes of xmltok.c's byte-type tables.
    enum BT { NonXml, Malform, Lt, Amp, Rsqb, Lead, Trail, Cr, Lf, Gt, Quot, Apos, Equals, Quest, Excl, Sol, Semi, Num, Lsqb, S, NmStrt, Colon, Hex, Digit, Name, Minus, Other, NonAscii, Percnt, Lpar, Rpar, Ast, Plus, Comma, Verbar, PartialChar, PartialUnit }

    BT Type(int c)
    {
        if (c < 0)
            return c == ExpatChars.PartialChar ? BT.PartialChar : c == ExpatChars.PartialUnit ? BT.PartialUnit : BT.Malform;
        if (c < 0x80)
        {
            switch (c)
            {
                case '<': return BT.Lt;
                case '&': return BT.Amp;
                case ']': return BT.Rsqb;
                case '\r': return BT.Cr;
                case '\n': return BT.Lf;
                case '>': return BT.Gt;
                case '"': return BT.Quot;
                case '\'': return BT.Apos;
                case '=': return BT.Equals;
                case '?': return BT.Quest;
                case '!': return BT.Excl;
                case '/': return BT.Sol;
                case ';': return BT.Semi;
                case '#': return BT.Num;
                case '[': return BT.Lsqb;
                case ' ':
                case '\t': return BT.S;
                case ':': return Ns ? BT.Colon : BT.NmStrt;
                case '-': return BT.Minus;
                case '.': return BT.Name;
                case '_': return BT.NmStrt;
                case '%': return BT.Percnt;
                case '(': return BT.Lpar;
                case ')': return BT.Rpar;
                case '*': return BT.Ast;
                case '+': return BT.Plus;
                case ',': return BT.Comma;
                case '|': return BT.Verbar;
            }
            if ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) return BT.Hex;
            if ((c >= 'g' && c <= 'z') || (c >= 'G' && c <= 'Z')) return BT.NmStrt;
            if (c >= '0' && c <= '9') return BT.Digit;
            return c < 0x20 ? BT.NonXml : c == 0x7F ? BT.Other : BT.Other;
        }
        return ExpatChars.IsXmlChar(c) ? BT.NonAscii : BT.NonXml;
    }

    bool IsNmStrt(int c) => ExpatChars.IsNameStart(c, Ns);
    bool IsNameChar(int c) => ExpatChars.IsNameChar(c, Ns);

    /// <summary>CHECK_NMSTRT_CASES: 1 when c starts a name, else the token to return (Invalid or a partial kind).</summary>
    Tok NameStart(int c)
    {
        var t = Type(c);
        if (t == BT.PartialChar) return Tok.PartialChar;
        if (t == BT.PartialUnit) return Tok.Partial;
        return IsNmStrt(c) ? Tok.None : Tok.Invalid;
    }

    /// <summary>CHECK_NAME_CASES: whether c continues a name (the colon is a separate class in namespace mode).</summary>
    bool NameCont(int c) => c >= 0 && IsNameChar(c);

    /// <summary>The result for a character that ends nothing and continues nothing: partial markers or invalid.</summary>
    static Tok Bad(BT t) => t == BT.PartialChar ? Tok.PartialChar : t == BT.PartialUnit ? Tok.Partial : Tok.Invalid;

    /// <summary>INVALID_CASES: a character that may not appear at all.</summary>
    static bool IsInvalid(BT t) => t is BT.NonXml or BT.Malform or BT.PartialChar or BT.PartialUnit;

    // ---- content -------------------------------------------------------------------------

    /// <summary>contentTok.</summary>
    public Tok ContentTok(int[] c, int p, int end, out int next)
    {
        next = p;
        if (p >= end) return Tok.None;
        var t = Type(c[p]);
        switch (t)
        {
            case BT.Lt: return ScanLt(c, p + 1, end, out next);
            case BT.Amp: return ScanRef(c, p + 1, end, out next);
            case BT.Cr:
                p++;
                if (p >= end) return Tok.TrailingCr;
                if (c[p] == '\n') p++;
                next = p;
                return Tok.DataNewline;
            case BT.Lf:
                next = p + 1;
                return Tok.DataNewline;
            case BT.Rsqb:
                p++;
                if (p >= end) return Tok.TrailingRsqb;
                if (c[p] != ']') break;
                p++;
                if (p >= end) return Tok.TrailingRsqb;
                if (c[p] != '>') { p--; break; }
                next = p;
                return Tok.Invalid;
            default:
                if (IsInvalid(t)) { next = p; return Bad(t); }
                p++;
                break;
        }
        while (p < end)
        {
            t = Type(c[p]);
            switch (t)
            {
                case BT.Rsqb:
                    if (p + 1 < end)
                    {
                        if (c[p + 1] != ']') { p++; continue; }
                        if (p + 2 < end)
                        {
                            if (c[p + 2] != '>') { p++; continue; }
                            next = p + 2;
                            return Tok.Invalid;
                        }
                    }
                    next = p;
                    return Tok.DataChars;
                case BT.Amp:
                case BT.Lt:
                case BT.NonXml:
                case BT.Malform:
                case BT.PartialChar:
                case BT.PartialUnit:
                case BT.Cr:
                case BT.Lf:
                    next = p;
                    return Tok.DataChars;
                default:
                    p++;
                    break;
            }
        }
        next = p;
        return Tok.DataChars;
    }

    /// <summary>scanLt: p follows "&lt;".</summary>
    Tok ScanLt(int[] c, int p, int end, out int next)
    {
        next = p;
        if (p >= end) return Tok.Partial;
        var t = Type(c[p]);
        switch (t)
        {
            case BT.Excl:
                p++;
                if (p >= end) return Tok.Partial;
                if (c[p] == '-') return ScanComment(c, p + 1, end, out next);
                if (c[p] == '[') return ScanCdataSection(c, p + 1, end, out next);
                next = p;
                return Tok.Invalid;
            case BT.Quest: return ScanPi(c, p + 1, end, out next);
            case BT.Sol: return ScanEndTag(c, p + 1, end, out next);
        }
        var r = NameStart(c[p]);
        if (r != Tok.None) { next = p; return r; }
        p++;
        bool hadColon = false;
        while (p < end)
        {
            int ch = c[p];
            if (NameCont(ch)) { p++; continue; }
            t = Type(ch);
            switch (t)
            {
                case BT.Colon:
                    if (hadColon) { next = p; return Tok.Invalid; }
                    hadColon = true;
                    p++;
                    if (p >= end) return Tok.Partial;
                    r = NameStart(c[p]);
                    if (r != Tok.None) { next = p; return r; }
                    p++;
                    continue;
                case BT.S:
                case BT.Cr:
                case BT.Lf:
                    p++;
                    while (p < end)
                    {
                        t = Type(c[p]);
                        if (t == BT.Gt) { next = p + 1; return Tok.StartTagNoAtts; }
                        if (t == BT.Sol) return EmptyClose(c, p, end, Tok.EmptyElementNoAtts, out next);
                        if (t is BT.S or BT.Cr or BT.Lf) { p++; continue; }
                        r = NameStart(c[p]);
                        if (r != Tok.None) { next = p; return r; }
                        return ScanAtts(c, p + 1, end, out next);
                    }
                    return Tok.Partial;
                case BT.Gt:
                    next = p + 1;
                    return Tok.StartTagNoAtts;
                case BT.Sol:
                    return EmptyClose(c, p, end, Tok.EmptyElementNoAtts, out next);
                default:
                    next = p;
                    return Bad(t);
            }
        }
        return Tok.Partial;
    }

    /// <summary>p is at the "/" of "/&gt;".</summary>
    static Tok EmptyClose(int[] c, int p, int end, Tok tok, out int next)
    {
        next = p;
        p++;
        if (p >= end) return Tok.Partial;
        if (c[p] != '>') { next = p; return Tok.Invalid; }
        next = p + 1;
        return tok;
    }

    /// <summary>scanAtts: p follows the first character of an attribute name.</summary>
    Tok ScanAtts(int[] c, int p, int end, out int next)
    {
        next = p;
        bool hadColon = false;
        while (p < end)
        {
            int ch = c[p];
            if (NameCont(ch)) { p++; continue; }
            var t = Type(ch);
            switch (t)
            {
                case BT.Colon:
                {
                    if (hadColon) { next = p; return Tok.Invalid; }
                    hadColon = true;
                    p++;
                    if (p >= end) return Tok.Partial;
                    var r = NameStart(c[p]);
                    if (r != Tok.None) { next = p; return r; }
                    p++;
                    continue;
                }
                case BT.S:
                case BT.Cr:
                case BT.Lf:
                case BT.Equals:
                {
                    if (t != BT.Equals)
                    {
                        for (;;)
                        {
                            p++;
                            if (p >= end) return Tok.Partial;
                            t = Type(c[p]);
                            if (t == BT.Equals) break;
                            if (t is BT.S or BT.Cr or BT.Lf) continue;
                            next = p;
                            return Bad(t);
                        }
                    }
                    hadColon = false;
                    BT open;
                    for (;;)
                    {
                        p++;
                        if (p >= end) return Tok.Partial;
                        open = Type(c[p]);
                        if (open is BT.Quot or BT.Apos) break;
                        if (open is BT.S or BT.Cr or BT.Lf) continue;
                        next = p;
                        return Bad(open);
                    }
                    p++;
                    for (;;)
                    {
                        if (p >= end) return Tok.Partial;
                        t = Type(c[p]);
                        if (t == open) break;
                        if (IsInvalid(t)) { next = p; return Bad(t); }
                        if (t == BT.Amp)
                        {
                            var tok = ScanRef(c, p + 1, end, out int after);
                            if (tok <= Tok.Invalid)
                            {
                                if (tok == Tok.Invalid) next = after;
                                return tok;
                            }
                            p = after;
                            continue;
                        }
                        if (t == BT.Lt) { next = p; return Tok.Invalid; }
                        p++;
                    }
                    p++;
                    if (p >= end) return Tok.Partial;
                    t = Type(c[p]);
                    if (t == BT.Sol) return EmptyClose(c, p, end, Tok.EmptyElementWithAtts, out next);
                    if (t == BT.Gt) { next = p + 1; return Tok.StartTagWithAtts; }
                    if (t is not (BT.S or BT.Cr or BT.Lf)) { next = p; return Bad(t); }
                    for (;;)
                    {
                        p++;
                        if (p >= end) return Tok.Partial;
                        t = Type(c[p]);
                        if (t is BT.S or BT.Cr or BT.Lf) continue;
                        if (t == BT.Gt) { next = p + 1; return Tok.StartTagWithAtts; }
                        if (t == BT.Sol) return EmptyClose(c, p, end, Tok.EmptyElementWithAtts, out next);
                        var r = NameStart(c[p]);
                        if (r != Tok.None) { next = p; return r; }
                        p++;
                        break;
                    }
                    continue;
                }
                default:
                    next = p;
                    return Bad(t);
            }
        }
        return Tok.Partial;
    }

    /// <summary>scanEndTag: p follows "&lt;/".</summary>
    Tok ScanEndTag(int[] c, int p, int end, out int next)
    {
        next = p;
        if (p >= end) return Tok.Partial;
        var r = NameStart(c[p]);
        if (r != Tok.None) { next = p; return r; }
        p++;
        while (p < end)
        {
            int ch = c[p];
            if (NameCont(ch)) { p++; continue; }
            var t = Type(ch);
            switch (t)
            {
                case BT.S:
                case BT.Cr:
                case BT.Lf:
                    for (p++; p < end; p++)
                    {
                        t = Type(c[p]);
                        if (t is BT.S or BT.Cr or BT.Lf) continue;
                        if (t == BT.Gt) { next = p + 1; return Tok.EndTag; }
                        next = p;
                        return Bad(t);
                    }
                    return Tok.Partial;
                case BT.Colon:
                    p++;
                    continue;
                case BT.Gt:
                    next = p + 1;
                    return Tok.EndTag;
                default:
                    next = p;
                    return Bad(t);
            }
        }
        return Tok.Partial;
    }

    /// <summary>scanComment: p follows "&lt;!-".</summary>
    Tok ScanComment(int[] c, int p, int end, out int next)
    {
        next = p;
        if (p >= end) return Tok.Partial;
        if (c[p] != '-') { next = p; return Tok.Invalid; }
        p++;
        while (p < end)
        {
            var t = Type(c[p]);
            if (IsInvalid(t)) { next = p; return Bad(t); }
            if (t == BT.Minus)
            {
                p++;
                if (p >= end) return Tok.Partial;
                if (c[p] == '-')
                {
                    p++;
                    if (p >= end) return Tok.Partial;
                    if (c[p] != '>') { next = p; return Tok.Invalid; }
                    next = p + 1;
                    return Tok.Comment;
                }
                continue;
            }
            p++;
        }
        return Tok.Partial;
    }

    /// <summary>scanCdataSection: p follows "&lt;![".</summary>
    static Tok ScanCdataSection(int[] c, int p, int end, out int next)
    {
        next = p;
        if (end - p < 6) return Tok.Partial;
        const string cdata = "CDATA[";
        for (int i = 0; i < 6; i++, p++)
        {
            if (c[p] != cdata[i]) { next = p; return Tok.Invalid; }
        }
        next = p;
        return Tok.CdataSectOpen;
    }

    /// <summary>cdataSectionTok: the text of a CDATA section up to its "]]&gt;".</summary>
    public Tok CdataSectionTok(int[] c, int p, int end, out int next)
    {
        next = p;
        if (p >= end) return Tok.None;
        var t = Type(c[p]);
        switch (t)
        {
            case BT.Rsqb:
                p++;
                if (p >= end) return Tok.Partial;
                if (c[p] != ']') break;
                p++;
                if (p >= end) return Tok.Partial;
                if (c[p] != '>') { p--; break; }
                next = p + 1;
                return Tok.CdataSectClose;
            case BT.Cr:
                p++;
                if (p >= end) return Tok.Partial;
                if (c[p] == '\n') p++;
                next = p;
                return Tok.DataNewline;
            case BT.Lf:
                next = p + 1;
                return Tok.DataNewline;
            default:
                if (IsInvalid(t)) { next = p; return Bad(t); }
                p++;
                break;
        }
        while (p < end)
        {
            t = Type(c[p]);
            if (IsInvalid(t) || t is BT.Cr or BT.Lf or BT.Rsqb) break;
            p++;
        }
        next = p;
        return Tok.DataChars;
    }

    /// <summary>scanPi: p follows "&lt;?"; an "xml" target gives <see cref="Tok.XmlDecl"/>.</summary>
    Tok ScanPi(int[] c, int p, int end, out int next)
    {
        next = p;
        int target = p;
        if (p >= end) return Tok.Partial;
        var r = NameStart(c[p]);
        if (r != Tok.None) { next = p; return r; }
        p++;
        while (p < end)
        {
            int ch = c[p];
            if (NameCont(ch)) { p++; continue; }
            var t = Type(ch);
            switch (t)
            {
                case BT.S:
                case BT.Cr:
                case BT.Lf:
                {
                    if (!CheckPiTarget(c, target, p, out var tok)) { next = p; return Tok.Invalid; }
                    p++;
                    while (p < end)
                    {
                        t = Type(c[p]);
                        if (IsInvalid(t)) { next = p; return Bad(t); }
                        if (t == BT.Quest)
                        {
                            p++;
                            if (p >= end) return Tok.Partial;
                            if (c[p] == '>') { next = p + 1; return tok; }
                            continue;
                        }
                        p++;
                    }
                    return Tok.Partial;
                }
                case BT.Quest:
                {
                    if (!CheckPiTarget(c, target, p, out var tok)) { next = p; return Tok.Invalid; }
                    p++;
                    if (p >= end) return Tok.Partial;
                    if (c[p] == '>') { next = p + 1; return tok; }
                    next = p;
                    return Bad(Type(c[p]));
                }
                default:
                    next = p;
                    return Bad(t);
            }
        }
        return Tok.Partial;
    }

    /// <summary>checkPiTarget: "xml" is the XML declaration; other spellings of it are reserved (false).</summary>
    static bool CheckPiTarget(int[] c, int start, int end, out Tok tok)
    {
        tok = Tok.Pi;
        if (end - start != 3) return true;
        bool upper = false;
        for (int i = 0; i < 3; i++)
        {
            int ch = c[start + i];
            char lower = "xml"[i];
            if (ch == lower) continue;
            if (ch == char.ToUpperInvariant(lower)) { upper = true; continue; }
            return true;
        }
        if (upper) return false;
        tok = Tok.XmlDecl;
        return true;
    }

    /// <summary>scanRef: p follows "&amp;": an entity or character reference.</summary>
    public Tok ScanRef(int[] c, int p, int end, out int next)
    {
        next = p;
        if (p >= end) return Tok.Partial;
        if (c[p] == '#') return ScanCharRef(c, p + 1, end, out next);
        var r = NameStart(c[p]);
        if (r != Tok.None) { next = p; return r; }
        p++;
        while (p < end)
        {
            int ch = c[p];
            if (NameCont(ch)) { p++; continue; }
            var t = Type(ch);
            if (t == BT.Semi) { next = p + 1; return Tok.EntityRef; }
            next = p;
            return Bad(t);
        }
        return Tok.Partial;
    }

    /// <summary>scanCharRef: p follows "&amp;#".</summary>
    static Tok ScanCharRef(int[] c, int p, int end, out int next)
    {
        next = p;
        if (p >= end) return Tok.Partial;
        bool hex = c[p] == 'x';
        if (hex)
        {
            p++;
            if (p >= end) return Tok.Partial;
        }
        if (!IsDigit(c[p], hex)) { next = p; return c[p] < 0 ? Bad2(c[p]) : Tok.Invalid; }
        for (p++; p < end; p++)
        {
            if (IsDigit(c[p], hex)) continue;
            if (c[p] == ';') { next = p + 1; return Tok.CharRef; }
            next = p;
            return c[p] < 0 ? Bad2(c[p]) : Tok.Invalid;
        }
        return Tok.Partial;
    }

    static Tok Bad2(int c) => c == ExpatChars.PartialChar ? Tok.PartialChar : c == ExpatChars.PartialUnit ? Tok.Partial : Tok.Invalid;

    static bool IsDigit(int c, bool hex) => (c >= '0' && c <= '9') || (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));

    /// <summary>charRefNumber: the character a complete reference names, or -1 when it is no XML character.</summary>
    public static int CharRefNumber(int[] c, int start, int end)
    {
        // start is at "&#", end after ";"
        int p = start + 2;
        int result = 0;
        bool hex = c[p] == 'x';
        if (hex) p++;
        for (; p < end - 1; p++)
        {
            int d = c[p];
            int v = d <= '9' ? d - '0' : (d | 0x20) - 'a' + 10;
            result = hex ? (result << 4) | v : result * 10 + v;
            if (result >= 0x110000) return -1;
        }
        return ExpatChars.IsXmlChar(result) ? result : -1;
    }

    /// <summary>predefinedEntityName: the character of lt, gt, amp, quot or apos, else 0.</summary>
    public static int PredefinedEntity(int[] c, int start, int end)
    {
        int n = end - start;
        bool Is(string s)
        {
            if (n != s.Length) return false;
            for (int i = 0; i < n; i++) if (c[start + i] != s[i]) return false;
            return true;
        }
        if (Is("lt")) return '<';
        if (Is("gt")) return '>';
        if (Is("amp")) return '&';
        if (Is("quot")) return '"';
        if (Is("apos")) return '\'';
        return 0;
    }

    // ---- prolog --------------------------------------------------------------------------

    /// <summary>prologTok: the tokens of the prolog and of the DTD.</summary>
    public Tok PrologTok(int[] c, int p, int end, out int next)
    {
        next = p;
        if (p >= end) return Tok.None;
        var t = Type(c[p]);
        Tok tok;
        switch (t)
        {
            case BT.Quot:
            case BT.Apos:
                return ScanLit(t, c, p + 1, end, out next);
            case BT.Lt:
                p++;
                if (p >= end) return Tok.Partial;
                t = Type(c[p]);
                if (t == BT.Excl) return ScanDecl(c, p + 1, end, out next);
                if (t == BT.Quest) return ScanPi(c, p + 1, end, out next);
                if (t is BT.NmStrt or BT.Hex || (t == BT.NonAscii)) { next = p - 1; return Tok.InstanceStart; }
                next = p;
                return Bad(t);
            case BT.Cr:
                if (p + 1 == end) { next = end; return Tok.PartialPrologS; }
                goto case BT.S;
            case BT.S:
            case BT.Lf:
                for (;;)
                {
                    p++;
                    if (p >= end) break;
                    t = Type(c[p]);
                    if (t is BT.S or BT.Lf) continue;
                    if (t == BT.Cr && p + 1 != end) continue;
                    next = p;
                    return Tok.PrologS;
                }
                next = p;
                return Tok.PrologS;
            case BT.Percnt:
                return ScanPercent(c, p + 1, end, out next);
            case BT.Comma:
                next = p + 1;
                return Tok.Comma;
            case BT.Lsqb:
                next = p + 1;
                return Tok.OpenBracket;
            case BT.Rsqb:
                p++;
                if (p >= end) return Tok.PartialCloseBracket;
                if (c[p] == ']')
                {
                    if (p + 1 >= end) return Tok.Partial;
                    if (c[p + 1] == '>') { next = p + 2; return Tok.CondSectClose; }
                }
                next = p;
                return Tok.CloseBracket;
            case BT.Lpar:
                next = p + 1;
                return Tok.OpenParen;
            case BT.Rpar:
                p++;
                if (p >= end) return Tok.PartialCloseParen;
                switch (Type(c[p]))
                {
                    case BT.Ast: next = p + 1; return Tok.CloseParenAsterisk;
                    case BT.Quest: next = p + 1; return Tok.CloseParenQuestion;
                    case BT.Plus: next = p + 1; return Tok.CloseParenPlus;
                    case BT.Cr:
                    case BT.Lf:
                    case BT.S:
                    case BT.Gt:
                    case BT.Comma:
                    case BT.Verbar:
                    case BT.Rpar:
                        next = p;
                        return Tok.CloseParen;
                }
                next = p;
                return Bad(Type(c[p]));
            case BT.Verbar:
                next = p + 1;
                return Tok.Or;
            case BT.Gt:
                next = p + 1;
                return Tok.DeclClose;
            case BT.Num:
                return ScanPoundName(c, p + 1, end, out next);
            case BT.NmStrt:
            case BT.Hex:
                tok = Tok.Name;
                p++;
                break;
            case BT.Digit:
            case BT.Name:
            case BT.Minus:
            case BT.Colon:
                tok = Tok.NmToken;
                p++;
                break;
            case BT.NonAscii:
                if (IsNmStrt(c[p])) { tok = Tok.Name; p++; break; }
                if (IsNameChar(c[p])) { tok = Tok.NmToken; p++; break; }
                next = p;
                return Tok.Invalid;
            default:
                next = p;
                return Bad(t);
        }
        while (p < end)
        {
            int ch = c[p];
            if (NameCont(ch)) { p++; continue; }
            t = Type(ch);
            switch (t)
            {
                case BT.Gt:
                case BT.Rpar:
                case BT.Comma:
                case BT.Verbar:
                case BT.Lsqb:
                case BT.Percnt:
                case BT.S:
                case BT.Cr:
                case BT.Lf:
                    next = p;
                    return tok;
                case BT.Colon:
                    p++;
                    if (tok == Tok.Name)
                    {
                        if (p >= end) return Tok.Partial;
                        tok = Tok.PrefixedName;
                        if (NameCont(c[p])) p++;
                        else if (c[p] < 0) { next = p; return Bad(Type(c[p])); }
                        else tok = Tok.NmToken;
                    }
                    else if (tok == Tok.PrefixedName) tok = Tok.NmToken;
                    continue;
                case BT.Plus:
                case BT.Ast:
                case BT.Quest:
                    if (tok == Tok.NmToken) { next = p; return Tok.Invalid; }
                    next = p + 1;
                    return t == BT.Plus ? Tok.NamePlus : t == BT.Ast ? Tok.NameAsterisk : Tok.NameQuestion;
                default:
                    next = p;
                    return Bad(t);
            }
        }
        // The name may go on in data not given yet.
        next = p;
        return tok == Tok.Name ? Tok.PartialName : tok == Tok.PrefixedName ? Tok.PartialPrefixedName : Tok.PartialNmToken;
    }

    /// <summary>scanDecl: p follows "&lt;!".</summary>
    Tok ScanDecl(int[] c, int p, int end, out int next)
    {
        next = p;
        if (p >= end) return Tok.Partial;
        var t = Type(c[p]);
        if (t == BT.Minus) return ScanComment(c, p + 1, end, out next);
        if (t == BT.Lsqb) { next = p + 1; return Tok.CondSectOpen; }
        if (t is not (BT.NmStrt or BT.Hex)) { next = p; return Bad(t); }
        p++;
        while (p < end)
        {
            t = Type(c[p]);
            switch (t)
            {
                case BT.Percnt:
                    if (p + 1 >= end) return Tok.Partial;
                    // don't allow <!ENTITY% foo "whatever">
                    if (Type(c[p + 1]) is BT.S or BT.Cr or BT.Lf or BT.Percnt) { next = p; return Tok.Invalid; }
                    next = p;
                    return Tok.DeclOpen;
                case BT.S:
                case BT.Cr:
                case BT.Lf:
                    next = p;
                    return Tok.DeclOpen;
                case BT.NmStrt:
                case BT.Hex:
                    p++;
                    continue;
                default:
                    next = p;
                    return Bad(t);
            }
        }
        return Tok.Partial;
    }

    /// <summary>scanPercent: p follows "%".</summary>
    Tok ScanPercent(int[] c, int p, int end, out int next)
    {
        next = p;
        if (p >= end) return Tok.Partial;
        var t = Type(c[p]);
        if (t is BT.S or BT.Lf or BT.Cr or BT.Percnt) { next = p; return Tok.Percent; }
        var r = NameStart(c[p]);
        if (r != Tok.None) { next = p; return r; }
        p++;
        while (p < end)
        {
            int ch = c[p];
            if (NameCont(ch)) { p++; continue; }
            t = Type(ch);
            if (t == BT.Semi) { next = p + 1; return Tok.ParamEntityRef; }
            next = p;
            return Bad(t);
        }
        return Tok.Partial;
    }

    /// <summary>scanPoundName: p follows "#" (#PCDATA, #REQUIRED, ...).</summary>
    Tok ScanPoundName(int[] c, int p, int end, out int next)
    {
        next = p;
        if (p >= end) return Tok.Partial;
        var r = NameStart(c[p]);
        if (r != Tok.None) { next = p; return r; }
        p++;
        while (p < end)
        {
            int ch = c[p];
            if (NameCont(ch)) { p++; continue; }
            var t = Type(ch);
            if (t is BT.Cr or BT.Lf or BT.S or BT.Rpar or BT.Gt or BT.Percnt or BT.Verbar) { next = p; return Tok.PoundName; }
            next = p;
            return Bad(t);
        }
        next = p;
        return Tok.PartialPoundName;
    }

    /// <summary>scanLit: a quoted literal; p follows the opening quote.</summary>
    Tok ScanLit(BT open, int[] c, int p, int end, out int next)
    {
        next = p;
        while (p < end)
        {
            var t = Type(c[p]);
            if (IsInvalid(t)) { next = p; return Bad(t); }
            p++;
            if (t != open) continue;
            if (p >= end) { next = p; return Tok.PartialLiteral; }
            next = p;
            return Type(c[p]) is BT.S or BT.Cr or BT.Lf or BT.Gt or BT.Percnt or BT.Lsqb ? Tok.Literal : Tok.Invalid;
        }
        return Tok.Partial;
    }

    // ---- attribute and entity values ------------------------------------------------------

    /// <summary>attributeValueTok: pieces of an attribute value (already checked by the start-tag scan).</summary>
    public Tok AttributeValueTok(int[] c, int p, int end, out int next)
    {
        next = p;
        if (p >= end) return Tok.None;
        int start = p;
        while (p < end)
        {
            switch (c[p])
            {
                case '&':
                    if (p == start) return ScanRef(c, p + 1, end, out next);
                    next = p;
                    return Tok.DataChars;
                case '<':
                    next = p;
                    return Tok.Invalid;
                case '\n':
                    if (p == start) { next = p + 1; return Tok.DataNewline; }
                    next = p;
                    return Tok.DataChars;
                case '\r':
                    if (p == start)
                    {
                        p++;
                        if (p < end && c[p] == '\n') p++;
                        next = p;
                        return Tok.DataNewline;
                    }
                    next = p;
                    return Tok.DataChars;
                case ' ':
                case '\t':
                    if (p == start) { next = p + 1; return Tok.AttributeValueS; }
                    next = p;
                    return Tok.DataChars;
                default:
                    p++;
                    break;
            }
        }
        next = p;
        return Tok.DataChars;
    }

    /// <summary>entityValueTok: pieces of an entity's literal value.</summary>
    public Tok EntityValueTok(int[] c, int p, int end, out int next)
    {
        next = p;
        if (p >= end) return Tok.None;
        int start = p;
        while (p < end)
        {
            switch (c[p])
            {
                case '&':
                    if (p == start) return ScanRef(c, p + 1, end, out next);
                    next = p;
                    return Tok.DataChars;
                case '%':
                    if (p == start)
                    {
                        var tok = ScanPercent(c, p + 1, end, out next);
                        return tok == Tok.Percent ? Tok.Invalid : tok;
                    }
                    next = p;
                    return Tok.DataChars;
                case '\n':
                    if (p == start) { next = p + 1; return Tok.DataNewline; }
                    next = p;
                    return Tok.DataChars;
                case '\r':
                    if (p == start)
                    {
                        p++;
                        if (p < end && c[p] == '\n') p++;
                        next = p;
                        return Tok.DataNewline;
                    }
                    next = p;
                    return Tok.DataChars;
                default:
                    p++;
                    break;
            }
        }
        next = p;
        return Tok.DataChars;
    }
}

/// <summary>Token kinds (xmltok.h's XML_TOK_*); the ones up to <see cref="Invalid"/> mean no complete token.</summary>
internal enum Tok
{
    // The data ends inside a token that may go on (expat's negative codes).
    PartialName = -30,
    PartialPrefixedName,
    PartialNmToken,
    PartialPoundName,
    PartialLiteral,
    PartialCloseParen,
    PartialCloseBracket,
    PartialPrologS,
    TrailingRsqb,
    None,
    TrailingCr,
    PartialChar,
    Partial,
    Invalid,
    // Complete tokens: Tok.None is below Invalid so that "tok <= Invalid" means "no token".
    StartTagWithAtts,
    StartTagNoAtts,
    EmptyElementWithAtts,
    EmptyElementNoAtts,
    EndTag,
    DataChars,
    DataNewline,
    CdataSectOpen,
    EntityRef,
    CharRef,
    Pi,
    XmlDecl,
    Comment,
    PrologS,
    DeclOpen,
    DeclClose,
    Name,
    NmToken,
    PoundName,
    Or,
    Percent,
    OpenParen,
    CloseParen,
    OpenBracket,
    CloseBracket,
    Literal,
    ParamEntityRef,
    InstanceStart,
    NameQuestion,
    NameAsterisk,
    NamePlus,
    CondSectOpen,
    CondSectClose,
    CloseParenQuestion,
    CloseParenAsterisk,
    CloseParenPlus,
    Comma,
    CdataSectClose,
    PrefixedName,
    AttributeValueS,
}
