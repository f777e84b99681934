using System;
using System.Collections.Generic;
using System.Globalization;

namespace Sharpy.Parser;

/// <summary>Character names for `\N{...}` escapes. Only the algorithmic names and a small table
/// of common names: .NET has no Unicode name database (TODO: generate the full table from
/// unicodedata at build time).</summary>
internal static class UnicodeNames
{
    static readonly Dictionary<string, int> s_names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["EM DASH"] = 0x2014, ["EN DASH"] = 0x2013, ["BULLET"] = 0x2022, ["NO-BREAK SPACE"] = 0x00A0,
        ["HORIZONTAL ELLIPSIS"] = 0x2026, ["DEGREE SIGN"] = 0x00B0, ["EURO SIGN"] = 0x20AC,
        ["SPACE"] = 0x20, ["LATIN SMALL LETTER A"] = 0x61, ["LATIN CAPITAL LETTER A"] = 0x41,
        ["GREEK SMALL LETTER ALPHA"] = 0x3B1, ["SNOWMAN"] = 0x2603, ["COPYRIGHT SIGN"] = 0xA9,
        ["LEFT-POINTING DOUBLE ANGLE QUOTATION MARK"] = 0xAB, ["RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK"] = 0xBB,
        ["ZERO WIDTH SPACE"] = 0x200B, ["REPLACEMENT CHARACTER"] = 0xFFFD, ["NULL"] = 0, ["LINE FEED"] = 10,
    };

    /// <summary>The code point named `name`, or -1.</summary>
    public static int Lookup(string name)
    {
        if (s_names.TryGetValue(name, out int cp)) return cp;
        const string cjk = "CJK UNIFIED IDEOGRAPH-";
        if (name.StartsWith(cjk, StringComparison.OrdinalIgnoreCase) &&
            int.TryParse(name.AsSpan(cjk.Length), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out cp))
            return cp;
        return -1;
    }
}
