using System;
using System.Runtime.CompilerServices;

namespace Sharpy.Objects;

/// <summary>
/// The character database str's methods use (CPython's Objects/unicodectype.c): per code
/// point flags and full case mappings, from tables generated out of CPython 3.14's own
/// unicodedata (UnicodeTables.g.cs), so answers match CPython whatever .NET's Unicode
/// version is.
/// </summary>
internal static partial class UnicodeData
{
    public const int Alpha = 1, Decimal = 2, Digit = 4, Numeric = 8, Lower = 16, Upper = 32, Title = 64,
        Space = 128, Printable = 256, XidStart = 512, XidContinue = 1024, CaseIgnorable = 2048, LineBreak = 4096;
    public const int Cased = Lower | Upper | Title;

    static ushort[]? s_asciiTable;
    static ushort[] s_ascii => s_asciiTable ??= MakeAscii();

    static ushort[] MakeAscii()
    {
        var a = new ushort[128];
        for (int c = 0; c < 128; c++) a[c] = LookupFlags(c);
        return a;
    }

    static ushort LookupFlags(int cp)
    {
        var starts = RunStarts;
        int lo = 0, hi = starts.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= cp) lo = mid; else hi = mid - 1;
        }
        return RunFlags[lo];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Flags(int cp) => cp < 128 ? s_ascii[cp] : LookupFlags(cp);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Has(int cp, int flag) => (Flags(cp) & flag) != 0;

    public static bool IsSpace(int cp) => Has(cp, Space);
    public static bool IsLineBreak(int cp) => Has(cp, LineBreak);
    public static bool IsPrintable(int cp) => Has(cp, Printable);
    public static bool IsAlnum(int cp) => Has(cp, Alpha | Numeric);

    /// <summary>The decimal digit value of a Unicode decimal (category Nd), or -1.</summary>
    public static int DecimalValue(int cp)
    {
        if (cp < 128) return cp >= '0' && cp <= '9' ? cp - '0' : -1;
        if (!Has(cp, Decimal)) return -1;
        var zeros = DecimalZeros;
        int i = Array.BinarySearch(zeros, cp);
        if (i >= 0) return 0;
        i = ~i - 1;
        return cp - zeros[i];
    }

    /// <summary>The digit value (decimal digits and other digits such as '²'), or -1.</summary>
    public static int DigitValue(int cp)
    {
        int d = DecimalValue(cp);
        if (d >= 0 || cp < 128) return d;
        int i = Array.BinarySearch(DigitKeys, cp);
        return i >= 0 ? DigitValues[i] : -1;
    }

    public enum CaseKind { Upper, Lower, Title, Fold }

    /// <summary>Append the full case mapping of <paramref name="cp"/> (1 to 3 code points) to <paramref name="w"/>.</summary>
    public static void AppendCase(UnicodeWriter w, int cp, CaseKind kind)
    {
        if (cp < 128)
        {
            int r = cp;
            switch (kind)
            {
                case CaseKind.Upper:
                case CaseKind.Title:
                    if (cp >= 'a' && cp <= 'z') r = cp - 32;
                    break;
                default:
                    if (cp >= 'A' && cp <= 'Z') r = cp + 32;
                    break;
            }
            w.Append((char)r);
            return;
        }
        int i = Array.BinarySearch(CaseKeys, cp);
        if (i < 0) { w.AppendCodePoint(cp); return; }
        int v = kind switch
        {
            CaseKind.Upper => CaseUpper[i],
            CaseKind.Lower => CaseLower[i],
            CaseKind.Title => CaseTitle[i],
            _ => CaseFold[i],
        };
        if (v >= 0) { w.AppendCodePoint(v); return; }
        int idx = -v - 1;
        int n = CaseSpecial[idx];
        for (int k = 1; k <= n; k++) w.AppendCodePoint(CaseSpecial[idx + k]);
    }

    /// <summary>The simple (first code point of the full) mapping, for callers that need one code point.</summary>
    public static int SimpleCase(int cp, CaseKind kind)
    {
        int i = Array.BinarySearch(CaseKeys, cp);
        if (i < 0) return cp;
        int v = kind switch
        {
            CaseKind.Upper => CaseUpper[i],
            CaseKind.Lower => CaseLower[i],
            CaseKind.Title => CaseTitle[i],
            _ => CaseFold[i],
        };
        return v >= 0 ? v : CaseSpecial[-v];
    }
}
