using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace Sharpy.Modules.Unicodedata;

/// <summary>
/// The Unicode Character Database of the `unicodedata` module (CPython's unicodedata_db.h):
/// per code point the record (category, combining class, bidirectional class, mirrored, east
/// asian width, normalization quick checks), decompositions, numeric values, the composition
/// pairs and the named sequences of Unicode 16.0.0, plus the 3.2.0 database as differences
/// (<see cref="PreviousVersion"/>). It is the embedded resource tools/gen_unicodedata.py makes
/// from CPython 3.14's own unicodedata, read once on first use and never changed after.
/// Character names and aliases are the parser's table (<see cref="Sharpy.Parser.UnicodeNames"/>);
/// the decimal and digit values are str's (<see cref="Sharpy.Objects.UnicodeData"/>).
/// </summary>
internal sealed class UnicodeDatabase
{
    public const int MaxCodePoint = 0x10FFFF;

    // Quick-check values of UAX #15 (two bits per form at the shifts below).
    public const int QuickYes = 0, QuickMaybe = 1, QuickNo = 2;
    public const int ShiftNFD = 0, ShiftNFKD = 2, ShiftNFC = 4, ShiftNFKC = 6;

    public string Version = "";
    public string[] Categories = [], Bidirectionals = [], EastAsianWidths = [], DecompositionPrefixes = [];
    /// <summary>Six bytes a record: category, combining, bidirectional, mirrored, east asian width, quick checks.</summary>
    byte[] _records = [];
    int _shift;
    int[] _index1 = [], _index2 = [];
    /// <summary>At each entry: count &lt;&lt; 8 | prefix index, then count code points; entry 0 is empty.</summary>
    int[] _decompData = [];
    int _decompShift;
    int[] _decompIndex1 = [], _decompIndex2 = [];
    int[] _numericCodes = [];
    double[] _numericValues = [];
    /// <summary>(first &lt;&lt; 21 | second) to the primary composite.</summary>
    readonly Dictionary<long, int> _compositions = new();
    /// <summary>Code points that begin a composition pair (CPython's nfc_first).</summary>
    readonly HashSet<int> _compositionFirsts = new();
    /// <summary>Named sequences by upper-case name.</summary>
    public readonly Dictionary<string, int[]> NamedSequences = new(StringComparer.Ordinal);
    public PreviousVersion Ucd320 = null!;

    static UnicodeDatabase? s_current;
    static readonly object s_lock = new();

    /// <summary>The database, loaded on first use.</summary>
    public static UnicodeDatabase Current
    {
        get
        {
            var db = s_current;
            if (db != null) return db;
            lock (s_lock) return s_current ??= Load();
        }
    }

    int Record(int cp)
    {
        if ((uint)cp > MaxCodePoint) return 0;
        int block = _index1[cp >> _shift];
        return _index2[(block << _shift) + (cp & ((1 << _shift) - 1))] * 6;
    }

    public int CategoryIndex(int cp) => _records[Record(cp)];
    public string Category(int cp) => Categories[CategoryIndex(cp)];
    public int Combining(int cp) => _records[Record(cp) + 1];
    public int BidirectionalIndex(int cp) => _records[Record(cp) + 2];
    public int Mirrored(int cp) => _records[Record(cp) + 3];
    public int EastAsianWidthIndex(int cp) => _records[Record(cp) + 4];

    /// <summary>The quick-check value (QuickYes, QuickMaybe, QuickNo) of a form, given its shift.</summary>
    public int QuickCheck(int cp, int shift) => (_records[Record(cp) + 5] >> shift) & 3;

    /// <summary>The decomposition of <paramref name="cp"/>: its prefix index (0 for a canonical
    /// one) and code points (empty when it has none).</summary>
    public ReadOnlySpan<int> Decomposition(int cp, out int prefix)
    {
        int index = 0;
        if ((uint)cp <= MaxCodePoint)
        {
            int block = _decompIndex1[cp >> _decompShift];
            index = _decompIndex2[(block << _decompShift) + (cp & ((1 << _decompShift) - 1))];
        }
        int head = _decompData[index];
        prefix = head & 255;
        return _decompData.AsSpan(index + 1, head >> 8);
    }

    /// <summary>The numeric value (Py_UNICODE_TONUMERIC), or -1.0.</summary>
    public double Numeric(int cp)
    {
        int i = Array.BinarySearch(_numericCodes, cp);
        return i >= 0 ? _numericValues[i] : -1.0;
    }

    public bool IsCompositionFirst(int cp) => _compositionFirsts.Contains(cp);

    /// <summary>The primary composite of the pair, or -1.</summary>
    public int Compose(int first, int second) =>
        _compositions.TryGetValue((long)first << 21 | (uint)second, out int c) ? c : -1;

    static UnicodeDatabase Load()
    {
        using var res = typeof(UnicodeDatabase).Assembly.GetManifestResourceStream("Sharpy.Modules.Unicodedata.unicodedata.bin")
            ?? throw new InvalidOperationException("the unicodedata resource is missing from the assembly");
        using var z = new ZLibStream(res, CompressionMode.Decompress);
        using var r = new BinaryReader(z, Encoding.UTF8);
        if (Encoding.ASCII.GetString(r.ReadBytes(4)) != "SUCD")
            throw new InvalidDataException("not a unicodedata table");
        var db = new UnicodeDatabase { Version = ReadString(r) };
        db.Categories = ReadStrings(r);
        db.Bidirectionals = ReadStrings(r);
        db.EastAsianWidths = ReadStrings(r);
        db.DecompositionPrefixes = ReadStrings(r);

        var records = ReadInts(r);
        db._records = new byte[records.Length];
        for (int i = 0; i < records.Length; i++) db._records[i] = (byte)records[i];
        db._shift = r.ReadByte();
        db._index1 = ReadInts(r);
        db._index2 = ReadInts(r);

        db._decompData = ReadInts(r);
        db._decompShift = r.ReadByte();
        db._decompIndex1 = ReadInts(r);
        db._decompIndex2 = ReadInts(r);

        db._numericCodes = ReadInts(r);
        db._numericValues = ReadDoubles(r, db._numericCodes.Length);

        var comps = ReadInts(r);
        for (int i = 0; i < comps.Length; i += 3)
        {
            db._compositions[(long)comps[i] << 21 | (uint)comps[i + 1]] = comps[i + 2];
            db._compositionFirsts.Add(comps[i]);
        }

        int sequences = r.ReadUInt16();
        for (int i = 0; i < sequences; i++)
        {
            var name = ReadString(r);
            db.NamedSequences[name] = ReadInts(r);
        }

        db.Ucd320 = PreviousVersion.Read(r, db);
        return db;
    }

    internal static string ReadString(BinaryReader r) => Encoding.UTF8.GetString(r.ReadBytes(r.ReadUInt16()));

    internal static string[] ReadStrings(BinaryReader r)
    {
        var a = new string[r.ReadUInt16()];
        for (int i = 0; i < a.Length; i++) a[i] = ReadString(r);
        return a;
    }

    internal static int[] ReadInts(BinaryReader r)
    {
        var a = new int[r.ReadUInt32()];
        int size = r.ReadByte();
        for (int i = 0; i < a.Length; i++)
            a[i] = size switch { 1 => r.ReadSByte(), 2 => r.ReadInt16(), _ => r.ReadInt32() };
        return a;
    }

    internal static double[] ReadDoubles(BinaryReader r, int count)
    {
        var a = new double[count];
        for (int i = 0; i < count; i++) a[i] = r.ReadDouble();
        return a;
    }
}
