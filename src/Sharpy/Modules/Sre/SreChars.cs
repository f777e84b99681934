using System.Runtime.CompilerServices;
using Sharpy.Objects;
using static Sharpy.Modules.Sre.SreConstants;

namespace Sharpy.Modules.Sre;

/// <summary>
/// The engine's character predicates and case mappings (sre.c's SRE_IS_*, sre_lower_*,
/// sre_upper_*, sre_category, char_loc_ignore) and the set test (sre_lib.h's SRE(charset)).
/// Unicode answers come from CPython's own tables (<see cref="UnicodeData"/>); the LOCALE
/// ones are the C library's in a UTF-8 or C locale, where only ASCII letters have cases.
/// </summary>
internal static class SreChars
{
    // ASCII classes, one bit each, for the hot ASCII paths.
    const byte A_DIGIT = 1, A_SPACE = 2, A_WORD = 4, A_ALNUM = 8;
    static readonly byte[] s_ascii = MakeAscii();

    static byte[] MakeAscii()
    {
        var t = new byte[128];
        for (int c = 0; c < 128; c++)
        {
            byte f = 0;
            if (c >= '0' && c <= '9') f |= A_DIGIT | A_WORD | A_ALNUM;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) f |= A_WORD | A_ALNUM;
            if (c == '_') f |= A_WORD;
            if (c == ' ' || (c >= '\t' && c <= '\r')) f |= A_SPACE;
            t[c] = f;
        }
        return t;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(int ch) => (uint)ch < 128 && (s_ascii[ch] & A_DIGIT) != 0;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(int ch) => (uint)ch < 128 && (s_ascii[ch] & A_SPACE) != 0;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWord(int ch) => (uint)ch < 128 && (s_ascii[ch] & A_WORD) != 0;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLinebreak(int ch) => ch == '\n';

    public static bool LocIsWord(int ch) => IsWord(ch);

    public static bool UniIsDigit(int ch) => (uint)ch < 128 ? (s_ascii[ch] & A_DIGIT) != 0 : UnicodeData.Has(ch, UnicodeData.Decimal);
    public static bool UniIsSpace(int ch) => (uint)ch < 128 ? (s_ascii[ch] & A_SPACE) != 0 || (ch >= 0x1c && ch <= 0x1f) : UnicodeData.Has(ch, UnicodeData.Space);
    public static bool UniIsLinebreak(int ch) => (uint)ch < 128 ? (ch >= 0x0a && ch <= 0x0d) || (ch >= 0x1c && ch <= 0x1e) : UnicodeData.Has(ch, UnicodeData.LineBreak);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool UniIsWord(int ch) => (uint)ch < 128 ? (s_ascii[ch] & A_WORD) != 0 : UniIsAlnumSlow(ch);

    static bool UniIsAlnumSlow(int ch) =>
        UnicodeData.Has(ch, UnicodeData.Alpha | UnicodeData.Decimal | UnicodeData.Digit | UnicodeData.Numeric);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int LowerAscii(int ch) => (uint)(ch - 'A') <= 'Z' - 'A' ? ch + 32 : ch;

    static int UpperAscii(int ch) => (uint)(ch - 'a') <= 'z' - 'a' ? ch - 32 : ch;

    public static int LowerLocale(int ch) => ch < 256 ? LowerAscii(ch) : ch;
    public static int UpperLocale(int ch) => ch < 256 ? UpperAscii(ch) : ch;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int LowerUnicode(int ch) => (uint)ch < 128 ? LowerAscii(ch) : LowerUnicodeSlow(ch);

    static int LowerUnicodeSlow(int ch) => UnicodeData.SimpleCase(ch, UnicodeData.CaseKind.Lower);

    public static int UpperUnicode(int ch) => (uint)ch < 128 ? UpperAscii(ch) : UnicodeData.SimpleCase(ch, UnicodeData.CaseKind.Upper);

    public static bool CharLocIgnore(int pattern, int ch) =>
        ch == pattern || LowerLocale(ch) == pattern || UpperLocale(ch) == pattern;

    public static bool Category(int category, int ch)
    {
        switch (category)
        {
            case CATEGORY_DIGIT: return IsDigit(ch);
            case CATEGORY_NOT_DIGIT: return !IsDigit(ch);
            case CATEGORY_SPACE: return IsSpace(ch);
            case CATEGORY_NOT_SPACE: return !IsSpace(ch);
            case CATEGORY_WORD: return IsWord(ch);
            case CATEGORY_NOT_WORD: return !IsWord(ch);
            case CATEGORY_LINEBREAK: return IsLinebreak(ch);
            case CATEGORY_NOT_LINEBREAK: return !IsLinebreak(ch);
            case CATEGORY_LOC_WORD: return LocIsWord(ch);
            case CATEGORY_LOC_NOT_WORD: return !LocIsWord(ch);
            case CATEGORY_UNI_DIGIT: return UniIsDigit(ch);
            case CATEGORY_UNI_NOT_DIGIT: return !UniIsDigit(ch);
            case CATEGORY_UNI_SPACE: return UniIsSpace(ch);
            case CATEGORY_UNI_NOT_SPACE: return !UniIsSpace(ch);
            case CATEGORY_UNI_WORD: return UniIsWord(ch);
            case CATEGORY_UNI_NOT_WORD: return !UniIsWord(ch);
            case CATEGORY_UNI_LINEBREAK: return UniIsLinebreak(ch);
            case CATEGORY_UNI_NOT_LINEBREAK: return !UniIsLinebreak(ch);
        }
        return false;
    }

    /// <summary>Whether <paramref name="ch"/> is in the set starting at code[set] (SRE(charset)).</summary>
    public static bool InCharset(int[] code, int set, int ch)
    {
        bool ok = true;
        for (;;)
        {
            switch (code[set++])
            {
                case OP_FAILURE:
                    return !ok;
                case OP_LITERAL:
                    if (ch == code[set]) return ok;
                    set++;
                    break;
                case OP_CATEGORY:
                    if (Category(code[set], ch)) return ok;
                    set++;
                    break;
                case OP_CHARSET:
                    // 256-bit bitmap in 8 words
                    if ((uint)ch < 256 && (code[set + (ch >> 5)] & (1 << (ch & 31))) != 0) return ok;
                    set += 8;
                    break;
                case OP_RANGE:
                    if ((uint)code[set] <= (uint)ch && (uint)ch <= (uint)code[set + 1]) return ok;
                    set += 2;
                    break;
                case OP_RANGE_UNI_IGNORE:
                {
                    // ch is already lower cased
                    if ((uint)code[set] <= (uint)ch && (uint)ch <= (uint)code[set + 1]) return ok;
                    int uch = UpperUnicode(ch);
                    if ((uint)code[set] <= (uint)uch && (uint)uch <= (uint)code[set + 1]) return ok;
                    set += 2;
                    break;
                }
                case OP_NEGATE:
                    ok = !ok;
                    break;
                case OP_BIGCHARSET:
                {
                    // <BIGCHARSET> <blockcount> <256 block indices as bytes in 64 words> <blocks>
                    int count = code[set++];
                    int block = -1;
                    if ((uint)ch < 0x10000)
                    {
                        int hi = ch >> 8;
                        block = (code[set + (hi >> 2)] >> ((hi & 3) * 8)) & 0xFF;
                    }
                    set += 64;
                    if (block >= 0)
                    {
                        int bit = block * 256 + (ch & 255);
                        if ((code[set + (bit >> 5)] & (1 << (bit & 31))) != 0) return ok;
                    }
                    set += count * 8;
                    break;
                }
                default:
                    // internal error -- pretend it didn't match
                    return false;
            }
        }
    }

    /// <summary>
    /// The charset of a code's INFO block (<c>&lt;INFO&gt; skip flags min max charset</c>) as a
    /// 256-bit bitmap of its members below 256; null when the INFO block has no charset.
    /// </summary>
    public static uint[]? InfoCharsetBitmap(int[] code)
    {
        if (code.Length < 6 || code[0] != OP_INFO || (code[2] & INFO_PREFIX) != 0 || (code[2] & INFO_CHARSET) == 0)
            return null;
        var bits = new uint[8];
        for (int ch = 0; ch < 256; ch++)
            if (InCharset(code, 5, ch)) bits[ch >> 5] |= 1u << (ch & 31);
        return bits;
    }

    /// <summary>Whether <paramref name="ch"/> is in the INFO charset whose members below 256 are <paramref name="bits"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool InFirstChars(uint[] bits, int[] code, int ch) =>
        (uint)ch < 256 ? (bits[ch >> 5] & (1u << (ch & 31))) != 0 : InCharset(code, 5, ch);

    public static bool InCharsetLocIgnore(int[] code, int set, int ch)
    {
        int lo = LowerLocale(ch);
        if (InCharset(code, set, lo)) return true;
        int up = UpperLocale(ch);
        return up != lo && InCharset(code, set, up);
    }
}
