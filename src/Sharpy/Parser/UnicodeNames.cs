using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace Sharpy.Parser;

/// <summary>Character names for `\N{...}` escapes, as CPython's unicode_escape codec looks
/// them up (unicodedata's getcode without named sequences): the names and formal aliases of
/// Unicode 16.0, matched ASCII-case-insensitively, plus the names CPython computes and matches
/// only in upper case, HANGUL SYLLABLE ... and CJK UNIFIED IDEOGRAPH-XXXX. The table is the
/// embedded resource tools/gen_unicode_names.py makes; it is read on the first lookup.</summary>
internal static class UnicodeNames
{
    sealed class Table
    {
        public readonly Dictionary<string, int> Names = new(48000, StringComparer.Ordinal);
        /// <summary>Each named code point's name (not its aliases), for the namereplace error handler.</summary>
        public readonly Dictionary<int, string> ByCode = new(48000);
        public readonly List<(int First, int Last)> Cjk = new();
        public string Version = "";
    }

    static Table? s_table;
    static readonly object s_lock = new();

    static Table Data
    {
        get
        {
            var t = s_table;
            if (t != null) return t;
            lock (s_lock)
            {
                return s_table ??= Load();
            }
        }
    }

    /// <summary>The Unicode version of the table (unicodedata.unidata_version).</summary>
    public static string Version => Data.Version;

    /// <summary>The message of the UnicodeError a `\N` escape raises when unicodedata cannot be imported.</summary>
    public const string NotSupported = "\\N escapes not supported (can't load unicodedata module)";

    /// <summary>
    /// _PyUnicode_GetNameCAPI: CPython decodes `\N{...}` through unicodedata's capsule, imported
    /// on the first such escape of the interpreter; false (no exception set) when that import
    /// fails (sys.modules['unicodedata'] = None), and the escape is then an error.
    /// </summary>
    public static bool GetNameCapi()
    {
        var interp = Sharpy.Runtime.Interpreter.Current;
        if (interp == null || interp.UcnhashLoaded) return true;
        var module = Sharpy.Runtime.Import.ImportModule("unicodedata");
        if (module == null)
        {
            Sharpy.Runtime.Errors.Clear();
            return false;
        }
        Sharpy.Objects.Py.DECREF(module);
        interp.UcnhashLoaded = true;
        return true;
    }

    /// <summary>The code point named `name` (ASCII bytes of the escape), or -1.</summary>
    public static int Lookup(ReadOnlySpan<byte> name)
    {
        if (name.StartsWith("HANGUL SYLLABLE "u8)) return HangulSyllable(name.Slice(16));
        if (name.StartsWith("CJK UNIFIED IDEOGRAPH-"u8)) return CjkIdeograph(name.Slice(22));
        Span<char> upper = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        for (int i = 0; i < name.Length; i++)
        {
            byte b = name[i];
            if (b >= 0x80) return -1;
            upper[i] = b is >= (byte)'a' and <= (byte)'z' ? (char)(b - 32) : (char)b;
        }
        var lookup = Data.Names.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(upper, out int cp) ? cp : -1;
    }

    public static int Lookup(string name) => Lookup(Encoding.UTF8.GetBytes(name));

    /// <summary>The name of a code point (unicodedata.name's), or null: what the namereplace error handler writes.</summary>
    public static string? NameOf(int cp)
    {
        if (cp >= 0xAC00 && cp < 0xAC00 + 11172)
        {
            int s = cp - 0xAC00;
            int t = s % s_jamoT.Length, v = s / s_jamoT.Length % s_jamoV.Length, l = s / (s_jamoT.Length * s_jamoV.Length);
            return "HANGUL SYLLABLE " + s_jamoL[l] + s_jamoV[v] + s_jamoT[t];
        }
        foreach (var (first, last) in Data.Cjk)
            if (cp >= first && cp <= last) return "CJK UNIFIED IDEOGRAPH-" + cp.ToString("X");
        return Data.ByCode.TryGetValue(cp, out var name) ? name : null;
    }

    /// <summary>Four or five upper-case hex digits naming a unified ideograph.</summary>
    static int CjkIdeograph(ReadOnlySpan<byte> hex)
    {
        if (hex.Length != 4 && hex.Length != 5) return -1;
        int v = 0;
        foreach (byte b in hex)
        {
            int d = b is >= (byte)'0' and <= (byte)'9' ? b - '0' : b is >= (byte)'A' and <= (byte)'F' ? b - 'A' + 10 : -1;
            if (d < 0) return -1;
            v = v * 16 + d;
        }
        foreach (var (first, last) in Data.Cjk)
            if (v >= first && v <= last) return v;
        return -1;
    }

    // The jamo short names of Unicode's Hangul syllable name algorithm (Unicode ch. 3.12).
    static readonly string[] s_jamoL = { "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H" };
    static readonly string[] s_jamoV = { "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I" };
    static readonly string[] s_jamoT = { "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H" };

    /// <summary>The longest jamo short name of `table` the text starts with: its index, or -1.</summary>
    static int LongestJamo(ReadOnlySpan<byte> s, string[] table, out int length)
    {
        int best = -1;
        length = -1;
        for (int i = 0; i < table.Length; i++)
        {
            string j = table[i];
            if (j.Length <= length || j.Length > s.Length) continue;
            bool match = true;
            for (int k = 0; k < j.Length; k++) if (s[k] != j[k]) { match = false; break; }
            if (match) { best = i; length = j.Length; }
        }
        if (length < 0) length = 0;
        return best;
    }

    static int HangulSyllable(ReadOnlySpan<byte> s)
    {
        int l = LongestJamo(s, s_jamoL, out int n);
        s = s.Slice(n);
        int v = LongestJamo(s, s_jamoV, out n);
        s = s.Slice(n);
        int t = LongestJamo(s, s_jamoT, out n);
        s = s.Slice(n);
        if (l < 0 || v < 0 || t < 0 || s.Length != 0) return -1;
        return 0xAC00 + (l * s_jamoV.Length + v) * s_jamoT.Length + t;
    }

    static Table Load()
    {
        var table = new Table();
        using var res = typeof(UnicodeNames).Assembly.GetManifestResourceStream("Sharpy.Parser.UnicodeNames.bin");
        if (res == null) return table;
        using var z = new ZLibStream(res, CompressionMode.Decompress);
        using var reader = new StreamReader(z, Encoding.ASCII);
        int cp = 0;
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            if (line.Length < 2) continue;
            int tab1 = line.IndexOf('\t', 2);
            switch (line[0])
            {
                case 'V':
                    table.Version = line.Substring(2);
                    break;
                case 'N':
                    cp += Convert.ToInt32(line.Substring(2, tab1 - 2), 16);
                    table.Names[line.Substring(tab1 + 1)] = cp;
                    table.ByCode[cp] = line.Substring(tab1 + 1);
                    break;
                case 'A':
                    table.Names[line.Substring(tab1 + 1)] = Convert.ToInt32(line.Substring(2, tab1 - 2), 16);
                    break;
                case 'C':
                    table.Cjk.Add((Convert.ToInt32(line.Substring(2, tab1 - 2), 16), Convert.ToInt32(line.Substring(tab1 + 1), 16)));
                    break;
            }
        }
        return table;
    }
}
