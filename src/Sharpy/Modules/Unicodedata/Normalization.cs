using System;
using System.Collections.Generic;

namespace Sharpy.Modules.Unicodedata;

/// <summary>
/// Unicode normalization (UAX #15) as CPython's unicodedata does it (nfd_nfkd, nfc_nfkc,
/// is_normalized_quickcheck), on code points, with the Unicode 16.0 tables or the 3.2.0
/// ones. <see cref="Normalize(string, string)"/> is the C# entry point, e.g. for the
/// parser's NFKC normalization of identifiers (PEP 3131).
/// </summary>
internal static class Normalization
{
    public enum Form { NFC, NFKC, NFD, NFKD }

    public enum Quick { Yes, Maybe, No }

    // Hangul syllable composition (Unicode 3.12).
    const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    /// <summary>The form a name ("NFC", "NFKC", "NFD", "NFKD") means, or null.</summary>
    public static Form? ParseForm(string name) => name switch
    {
        "NFC" => Form.NFC,
        "NFKC" => Form.NFKC,
        "NFD" => Form.NFD,
        "NFKD" => Form.NFKD,
        _ => null,
    };

    static bool IsComposed(Form f) => f is Form.NFC or Form.NFKC;
    static bool IsCompat(Form f) => f is Form.NFKC or Form.NFKD;

    /// <summary>unicodedata.normalize for C# callers: <paramref name="text"/> (UTF-16) in the
    /// form named "NFC", "NFKC", "NFD" or "NFKD", with the Unicode 16.0 tables.</summary>
    public static string Normalize(string form, string text)
    {
        var f = ParseForm(form) ?? throw new ArgumentException("invalid normalization form", nameof(form));
        if (text.Length == 0) return text;
        var cps = new List<int>(text.Length);
        bool ascii = true;
        for (int i = 0; i < text.Length; i++)
        {
            int c = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                c = char.ConvertToUtf32(text[i], text[++i]);
            ascii &= c < 0x80;
            cps.Add(c);
        }
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(cps);
        if (QuickCheck(span, ascii, f, yesOnly: true, null) == Quick.Yes) return text;
        var sb = new System.Text.StringBuilder(text.Length);
        foreach (int c in Apply(span, f, null))
        {
            if (c >= 0x10000) sb.Append(char.ConvertFromUtf32(c));
            else sb.Append((char)c);
        }
        return sb.ToString();
    }

    /// <summary>The normal form of <paramref name="cps"/> (a new array).</summary>
    public static int[] Apply(ReadOnlySpan<int> cps, Form form, PreviousVersion? old)
    {
        var d = Decompose(cps, IsCompat(form), old);
        return IsComposed(form) ? Compose(d) : d;
    }

    /// <summary>is_normalized_quickcheck: Yes or No when the quick-check properties decide,
    /// else Maybe. With <paramref name="yesOnly"/>, anything but a certain Yes is Maybe.
    /// The 3.2.0 database has no quick-check data: always Maybe.</summary>
    public static Quick QuickCheck(ReadOnlySpan<int> cps, bool ascii, Form form, bool yesOnly, PreviousVersion? old)
    {
        if (old != null) return Quick.Maybe;
        if (ascii) return Quick.Yes;
        var db = UnicodeDatabase.Current;
        int shift = form switch
        {
            Form.NFC => UnicodeDatabase.ShiftNFC,
            Form.NFKC => UnicodeDatabase.ShiftNFKC,
            Form.NFD => UnicodeDatabase.ShiftNFD,
            _ => UnicodeDatabase.ShiftNFKD,
        };
        var result = Quick.Yes;
        int prevCombining = 0;
        foreach (int cp in cps)
        {
            int combining = db.Combining(cp);
            if (combining != 0 && prevCombining > combining) return Quick.No; // not in canonical order
            prevCombining = combining;
            int qc = db.QuickCheck(cp, shift);
            if (yesOnly)
            {
                if (qc != UnicodeDatabase.QuickYes) return Quick.Maybe;
            }
            else if (qc == UnicodeDatabase.QuickNo) return Quick.No;
            else if (qc == UnicodeDatabase.QuickMaybe) result = Quick.Maybe;
        }
        return result;
    }

    /// <summary>nfd_nfkd: the full canonical (or, with <paramref name="k"/>, compatibility)
    /// decomposition, in canonical order.</summary>
    static int[] Decompose(ReadOnlySpan<int> input, bool k, PreviousVersion? old)
    {
        var db = UnicodeDatabase.Current;
        var output = new List<int>(input.Length + Math.Min(input.Length, 10));
        // The longest decomposition (U+FDFA) has 18 code points; each is expanded in turn.
        Span<int> stack = stackalloc int[64];
        foreach (int c in input)
        {
            int sp = 0;
            stack[sp++] = c;
            while (sp > 0)
            {
                int code = stack[--sp];
                if (code >= SBase && code < SBase + SCount)
                {
                    int sIndex = code - SBase;
                    output.Add(LBase + sIndex / NCount);
                    output.Add(VBase + sIndex % NCount / TCount);
                    int t = TBase + sIndex % TCount;
                    if (t != TBase) output.Add(t);
                    continue;
                }
                if (old != null && old.TryGetCorrection(code, out int corrected))
                {
                    stack[sp++] = corrected;
                    continue;
                }
                // A code point 3.2.0 did not assign has no decomposition there.
                int prefix = 0;
                var d = old != null && old.IsUnassigned(code) ? default : db.Decomposition(code, out prefix);
                // Not decomposable, or only by compatibility when the form is canonical.
                if (d.Length == 0 || (prefix != 0 && !k))
                {
                    output.Add(code);
                    continue;
                }
                for (int j = d.Length - 1; j >= 0; j--) stack[sp++] = d[j];
            }
        }
        var result = output.ToArray();
        SortCanonically(result, db);
        return result;
    }

    /// <summary>The canonical ordering algorithm: a stable sort of each run of non-starters by combining class.</summary>
    static void SortCanonically(int[] a, UnicodeDatabase db)
    {
        if (a.Length == 0) return;
        int prev = db.Combining(a[0]);
        for (int i = 1; i < a.Length; i++)
        {
            int cur = db.Combining(a[i]);
            if (prev == 0 || cur == 0 || prev <= cur)
            {
                prev = cur;
                continue;
            }
            // Move a[i] back past the marks of a higher class before it.
            int ch = a[i];
            int o = i - 1;
            while (true)
            {
                a[o + 1] = a[o];
                o--;
                if (o < 0) break;
                int c = db.Combining(a[o]);
                if (c == 0 || c <= cur) break;
            }
            a[o + 1] = ch;
            prev = db.Combining(a[i]);
        }
    }

    /// <summary>nfc_nfkc's second half: canonical composition of a decomposed, ordered text, in place.</summary>
    static int[] Compose(int[] a)
    {
        var db = UnicodeDatabase.Current;
        int len = a.Length;
        var skipped = new bool[len];
        int o = 0, i = 0;
        while (i < len)
        {
            if (skipped[i])
            {
                i++;
                continue;
            }
            int code = a[i];
            // Hangul: L V and L V T (the input is decomposed, so no LV T pairs).
            if (code >= LBase && code < LBase + LCount && i + 1 < len && a[i + 1] >= VBase && a[i + 1] < VBase + VCount)
            {
                code = SBase + ((code - LBase) * VCount + (a[i + 1] - VBase)) * TCount;
                i += 2;
                if (i < len && a[i] > TBase && a[i] < TBase + TCount)
                {
                    code += a[i] - TBase;
                    i++;
                }
                a[o++] = code;
                continue;
            }
            if (!db.IsCompositionFirst(code))
            {
                a[o++] = a[i++];
                continue;
            }
            // Combine with each following character that is not blocked from it.
            a[o] = code;
            int comb = 0;
            for (int i1 = i + 1; i1 < len; i1++)
            {
                int code1 = a[i1];
                int comb1 = db.Combining(code1);
                if (comb != 0)
                {
                    if (comb1 == 0) break;
                    if (comb >= comb1) continue; // blocked
                }
                int composite = db.Compose(a[o], code1);
                if (composite < 0)
                {
                    if (comb1 == 0) break;
                    comb = comb1;
                    continue;
                }
                a[o] = composite;
                skipped[i1] = true;
                if (!db.IsCompositionFirst(composite)) break;
            }
            o++;
            i++;
        }
        return o == len ? a : a.AsSpan(0, o).ToArray();
    }
}
