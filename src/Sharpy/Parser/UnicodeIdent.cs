using System.Globalization;

namespace Sharpy.Parser;

/// <summary>Identifier character classes of PEP 3131 (XID_Start / XID_Continue) and
/// str.isprintable, from .NET's Unicode categories.</summary>
internal static class UnicodeIdent
{
    public static int CodePointAt(string s, int i, out int width)
    {
        if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(s[i], s[i + 1]);
        }
        width = 1;
        return s[i];
    }

    static UnicodeCategory Category(int cp) => CharUnicodeInfo.GetUnicodeCategory(cp);

    public static bool IsXidStart(int cp)
    {
        if (cp < 128) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
        switch (Category(cp))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.LetterNumber:
                return !IsNfkcExcludedStart(cp);
        }
        // Other_ID_Start
        return cp == 0x1885 || cp == 0x1886 || cp == 0x2118 || cp == 0x212E || cp == 0x309B || cp == 0x309C;
    }

    public static bool IsXidContinue(int cp)
    {
        if (cp < 128) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
        if (IsXidStart(cp)) return true;
        switch (Category(cp))
        {
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.ConnectorPunctuation:
                return true;
        }
        // Other_ID_Continue
        return cp == 0x00B7 || cp == 0x0387 || (cp >= 0x1369 && cp <= 0x1371) || cp == 0x19DA;
    }

    // Characters whose NFKC form is not an identifier start (XID_Start excludes them).
    static bool IsNfkcExcludedStart(int cp) => cp == 0x037A || cp == 0x0E33 || cp == 0x0EB3 ||
        (cp >= 0x309B && cp <= 0x309C) || (cp >= 0xFC5E && cp <= 0xFC63) || cp == 0xFDFA || cp == 0xFDFB ||
        cp == 0xFE70 || cp == 0xFE72 || cp == 0xFE74 || cp == 0xFE76 || cp == 0xFE78 || cp == 0xFE7A ||
        cp == 0xFE7C || cp == 0xFE7E || (cp >= 0xFF9E && cp <= 0xFF9F);

    /// <summary>Py_UNICODE_ISPRINTABLE: not in categories Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs (except space).</summary>
    public static bool IsPrintable(int cp)
    {
        if (cp == ' ') return true;
        switch (Category(cp))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.SpaceSeparator:
                return false;
        }
        return true;
    }
}
