using System.Globalization;

namespace Sharpy.Modules.Pyexpat;

/// <summary>
/// The character classes of expat's tokenizer (xmltok.c's byte-type tables and nametab.h):
/// which code points may start or continue a name, which are XML characters at all.
/// Names follow XML 1.0's Appendix B (the rule expat's tables were generated from), read from
/// .NET's Unicode categories; as in expat, only BMP characters can be in a name.
/// </summary>
internal static class ExpatChars
{
    /// <summary>A decoded byte sequence that is not a character in the input's encoding (BT_MALFORM).</summary>
    public const int Malformed = -1;
    /// <summary>The truncated character at the end of the final input (XML_TOK_PARTIAL_CHAR).</summary>
    public const int PartialChar = -2;
    /// <summary>A lone trailing byte of a two-byte encoding at the end of the final input (XML_TOK_PARTIAL).</summary>
    public const int PartialUnit = -3;

    /// <summary>Char in XML 1.0: what may appear in a document at all (else BT_NONXML).</summary>
    public static bool IsXmlChar(int c) =>
        c >= 0x20 ? (c <= 0xD7FF || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF))
                  : c == 0x9 || c == 0xA || c == 0xD;

    public static bool IsSpace(int c) => c == 0x20 || c == 0x9 || c == 0xA || c == 0xD;

    /// <summary>BT_NMSTRT: may start a name. The colon is a name character only without namespaces.</summary>
    public static bool IsNameStart(int c, bool ns)
    {
        if (c < 0x80)
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c == ':' && !ns);
        if (c > 0xFFFF || (c >= 0xF900 && c <= 0xFFFE) || !IsXmlChar(c)) return false;
        if ((c >= 0x2BB && c <= 0x2C1) || c == 0x559 || c == 0x6E5 || c == 0x6E6) return true;
        if (c == 0xAA || c == 0xB5 || c == 0xBA) return true;
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.LetterNumber:
                return true;
            default:
                return false;
        }
    }

    /// <summary>BT_NAME and the name-start characters: may continue a name.</summary>
    public static bool IsNameChar(int c, bool ns)
    {
        if (c < 0x80)
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '_' || c == '-' || c == '.' || (c == ':' && !ns);
        if (c == 0xB7) return true;
        if (IsNameStart(c, ns)) return true;
        if (c > 0xFFFF || (c >= 0xF900 && c <= 0xFFFE) || !IsXmlChar(c)) return false;
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.EnclosingMark:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.DecimalDigitNumber:
                return true;
            default:
                return false;
        }
    }

    /// <summary>isPublicId's characters (PubidChar).</summary>
    public static bool IsPubidChar(int c) =>
        c == 0x20 || c == 0xD || c == 0xA || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || "-'()+,./:=?;!*#@$_%".IndexOf((char)c) >= 0 && c < 0x80;
}
