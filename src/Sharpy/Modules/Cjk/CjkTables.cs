using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace Sharpy.Modules.Cjk;

/// <summary>
/// The mapping tables of the CJK codecs: the embedded resource tools/gen_cjk_tables.py makes
/// from CPython 3.14's own codecs (its docstring describes the format). The resource is
/// inflated on the first use of any CJK codec; each table is parsed on the first use of the
/// codec that needs it and never changed after, so the tables are shared by interpreters.
/// </summary>
internal sealed class CjkTables
{
    readonly byte[] _data;
    readonly Dictionary<string, int> _offsets = new(StringComparer.Ordinal);
    readonly Dictionary<string, object> _parsed = new(StringComparer.Ordinal);

    static CjkTables? s_current;
    static readonly object s_lock = new();

    static CjkTables Current
    {
        get
        {
            var t = s_current;
            if (t != null) return t;
            lock (s_lock) return s_current ??= new CjkTables();
        }
    }

    CjkTables()
    {
        using var res = typeof(CjkTables).Assembly.GetManifestResourceStream("Sharpy.Modules.Cjk.cjk.bin")
            ?? throw new InvalidOperationException("the CJK codec tables are missing from the assembly");
        using var z = new ZLibStream(res, CompressionMode.Decompress);
        using var ms = new MemoryStream();
        z.CopyTo(ms);
        _data = ms.ToArray();
        var r = new Reader(_data, 0);
        if (Encoding.ASCII.GetString(_data, 0, 4) != "SCJK") throw new InvalidDataException("not a CJK table file");
        r.Pos = 4;
        // Index the tables: each body is skipped by parsing it once without keeping it.
        while (true)
        {
            string name = r.String();
            if (name.Length == 0) break;
            _offsets[name] = r.Pos;
            Skip(name, ref r);
        }
    }

    static void Skip(string name, ref Reader r)
    {
        switch (name[..name.IndexOf(':')])
        {
            case "dec": DecodeTrie.Read(ref r); break;
            case "enc": EncodeMap.Read(ref r); break;
            case "gb18030": r.Deltas(39420); break;
            case "euckr": r.Deltas(3 * 256); break;
            case "iso": Iso2022Variant.ReadHead(ref r); EncodeMap.Read(ref r); break;
            case "isotab": CharsetTable.Read(ref r); break;
            case "g2": r.Deltas(256); break;
            default: throw new InvalidDataException("unknown CJK table " + name);
        }
    }

    /// <summary>The table of that name, parsed on first use by <paramref name="read"/>.</summary>
    public static T Get<T>(string name, ReaderFunc<T> read) where T : class
    {
        var t = Current;
        lock (t._parsed)
        {
            if (t._parsed.TryGetValue(name, out var o)) return (T)o;
            var r = new Reader(t._data, t._offsets[name]);
            var v = read(ref r);
            t._parsed[name] = v;
            return v;
        }
    }

    public delegate T ReaderFunc<T>(ref Reader r);

    /// <summary>LEB128 varints over the inflated resource.</summary>
    public ref struct Reader(byte[] data, int pos)
    {
        readonly byte[] _data = data;
        public int Pos = pos;

        public long ULong()
        {
            long v = 0;
            int shift = 0;
            while (true)
            {
                byte b = _data[Pos++];
                v |= (long)(b & 0x7F) << shift;
                if (b < 0x80) return v;
                shift += 7;
            }
        }

        public int UInt() => (int)ULong();

        public long SLong()
        {
            long v = ULong();
            return (v & 1) != 0 ? -(v >> 1) - 1 : v >> 1;
        }

        public string String()
        {
            int n = UInt();
            var s = Encoding.UTF8.GetString(_data, Pos, n);
            Pos += n;
            return s;
        }

        /// <summary>Count values written as zigzag deltas of the value before.</summary>
        public int[] Deltas(int count)
        {
            var a = new int[count];
            long prev = 0;
            for (int i = 0; i < count; i++) a[i] = (int)(prev += SLong());
            return a;
        }

        public int[][] Sequences()
        {
            var seqs = new int[UInt()][];
            for (int i = 0; i < seqs.Length; i++)
            {
                var s = new int[UInt()];
                for (int k = 0; k < s.Length; k++) s[k] = UInt();
                seqs[i] = s;
            }
            return seqs;
        }
    }
}

/// <summary>A stateless codec's decoder as a byte trie (see tools/gen_cjk_tables.py).</summary>
internal sealed class DecodeTrie
{
    public const int Error = 0x200000, Sequence = 0x300000, Node = 0x400000, FourByte = 0x500000, MakeUp = 0x600000;

    /// <summary>Node n's entry for byte b at [n * 256 + b].</summary>
    public int[] Entries = [];
    public int[][] Sequences = [];

    public static DecodeTrie Read(ref CjkTables.Reader r)
    {
        int nodes = r.UInt();
        var t = new DecodeTrie { Entries = new int[nodes * 256] };
        for (int n = 0; n < nodes; n++) r.Deltas(256).CopyTo(t.Entries, n * 256);
        t.Sequences = r.Sequences();
        return t;
    }
}

/// <summary>
/// A codec's encoder: code point to code (bytes << 3 | byte count for the stateless codecs,
/// mark << 16 | code for an ISO-2022 variant), the pairs of code points with one code, and
/// the code points the incremental encoder keeps pending in case a pair follows.
/// </summary>
internal sealed class EncodeMap
{
    public readonly Dictionary<int, long> Codes = new();
    public readonly Dictionary<long, long> Pairs = new();
    public readonly HashSet<int> PairFirsts = new();
    public readonly HashSet<int> Pending = new();

    public static EncodeMap Read(ref CjkTables.Reader r)
    {
        var m = new EncodeMap();
        int n = r.UInt();
        long cp = 0, v = 0;
        for (int i = 0; i < n; i++)
        {
            cp += r.ULong();
            v += r.SLong();
            m.Codes[(int)cp] = v;
        }
        n = r.UInt();
        for (int i = 0; i < n; i++)
        {
            int a = r.UInt(), b = r.UInt();
            m.Pairs[PairKey(a, b)] = r.ULong();
            m.PairFirsts.Add(a);
        }
        n = r.UInt();
        for (int i = 0; i < n; i++) m.Pending.Add(r.UInt());
        return m;
    }

    public static long PairKey(int a, int b) => (long)a << 21 | (uint)b;
}

/// <summary>An ISO-2022 character set's decode table: 94 x 94 codes (from 0x2121) or 128 bytes.</summary>
internal sealed class CharsetTable
{
    public const int Unmapped = 0xFFFF;
    public int[] Values = [];
    public int[][] Sequences = [];

    public static CharsetTable Read(ref CjkTables.Reader r)
    {
        var t = new CharsetTable();
        t.Values = r.Deltas(r.UInt());
        t.Sequences = r.Sequences();
        return t;
    }
}
