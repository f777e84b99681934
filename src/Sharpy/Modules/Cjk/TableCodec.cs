using System;
using Sharpy.Modules.Codecs;
using Sharpy.Objects;

namespace Sharpy.Modules.Cjk;

/// <summary>
/// A stateless CJK codec (every codec of _codecs_jp, _cn, _kr, _tw and _hk but hz), driven by
/// its tables: the decoder walks the byte trie, the encoder looks code points up, with the
/// pairs of code points that JIS X 0213 and Big5-HKSCS encode as one code, and gb18030's
/// four-byte sequences (CPython's _codecs_cn.c: a table for the BMP, arithmetic above it).
/// </summary>
internal sealed class TableCodec(string encoding) : CjkCodec(encoding)
{
    const int Gb18030BmpSequences = 39420;

    readonly DecodeTrie _decode = CjkTables.Get("dec:" + encoding, DecodeTrie.Read);
    readonly EncodeMap _encode = CjkTables.Get("enc:" + encoding, EncodeMap.Read);
    readonly int[]? _gb18030Four = encoding == "gb18030" ? CjkTables.Get("gb18030:4", (ref CjkTables.Reader r) => r.Deltas(Gb18030BmpSequences)) : null;
    /// <summary>euc_kr: the choseong, jungseong and jongseong index of each byte (256 each; -1 none).</summary>
    readonly int[]? _makeup = encoding == "euc_kr" ? CjkTables.Get("euckr:makeup", (ref CjkTables.Reader r) => r.Deltas(3 * 256)) : null;

    const byte JamoFirstByte = 0xA4, JamoFiller = 0xD4;

    public override int Encode(ref CodecState state, PyUnicode text, ref int pos, ByteWriter output, int flags)
    {
        int len = text.Length;
        while (pos < len)
        {
            int c = text[pos];
            if (c < 0x80)
            {
                output.Append((byte)c);
                pos++;
                continue;
            }
            if (_encode.PairFirsts.Contains(c))
            {
                if (pos + 1 < len)
                {
                    if (_encode.Pairs.TryGetValue(EncodeMap.PairKey(c, text[pos + 1]), out long pair))
                    {
                        WriteCode(output, pair);
                        pos += 2;
                        continue;
                    }
                }
                else if ((flags & Flush) == 0 && _encode.Pending.Contains(c))
                    return TooFew;
            }
            if (c >= 0x10000 && _gb18030Four != null)
            {
                int tc = c - 0x10000;
                output.Append((byte)(tc / 12600 + 0x90));
                output.Append((byte)(tc / 1260 % 10 + 0x30));
                output.Append((byte)(tc / 10 % 126 + 0x81));
                output.Append((byte)(tc % 10 + 0x30));
                pos++;
                continue;
            }
            if (!_encode.Codes.TryGetValue(c, out long code)) return 1;
            WriteCode(output, code);
            pos++;
        }
        return 0;
    }

    /// <summary>Write a code packed as bytes &lt;&lt; 3 | byte count; count 0 is a euc_kr make-up
    /// sequence (A4 D4, then A4 before each of the three jamo bytes packed).</summary>
    static void WriteCode(ByteWriter output, long code)
    {
        int n = (int)(code & 7);
        if (n == 0)
        {
            output.Append(JamoFirstByte);
            output.Append(JamoFiller);
            for (int i = 2; i >= 0; i--)
            {
                output.Append(JamoFirstByte);
                output.Append((byte)(code >> (3 + 8 * i)));
            }
            return;
        }
        for (int i = n - 1; i >= 0; i--) output.Append((byte)(code >> (3 + 8 * i)));
    }

    public override int Decode(ref CodecState state, ReadOnlySpan<byte> data, ref int pos, UnicodeWriter output)
    {
        var entries = _decode.Entries;
        while (pos < data.Length)
        {
            int node = 0, k = pos;
            while (true)
            {
                if (k >= data.Length) return TooFew;
                int e = entries[node * 256 + data[k++]];
                if (e < DecodeTrie.Error)
                {
                    output.AppendCodePoint(e);
                    break;
                }
                if (e < DecodeTrie.Sequence) return e - DecodeTrie.Error;
                if (e < DecodeTrie.Node)
                {
                    output.Append(_decode.Sequences[e - DecodeTrie.Sequence]);
                    break;
                }
                if (e < DecodeTrie.FourByte)
                {
                    node = e - DecodeTrie.Node;
                    continue;
                }
                if (e == DecodeTrie.MakeUp)
                {
                    int m = DecodeMakeUp(data, pos, output);
                    if (m != 0) return m;
                    k = pos + 8;
                    break;
                }
                int r = DecodeFour(data, pos, output);
                if (r != 0) return r;
                k = pos + 4;
                break;
            }
            pos = k;
        }
        return 0;
    }

    /// <summary>A euc_kr make-up sequence at <paramref name="pos"/> (KS X 1001:1998 Annex 3).</summary>
    int DecodeMakeUp(ReadOnlySpan<byte> data, int pos, UnicodeWriter output)
    {
        if (data.Length - pos < 8) return TooFew;
        if (data[pos + 2] != JamoFirstByte || data[pos + 4] != JamoFirstByte || data[pos + 6] != JamoFirstByte) return 1;
        int cho = _makeup![data[pos + 3]], jung = _makeup[256 + data[pos + 5]], jong = _makeup[512 + data[pos + 7]];
        if (cho < 0 || jung < 0 || jong < 0) return 1;
        output.AppendCodePoint(0xAC00 + cho * 588 + jung * 28 + jong);
        return 0;
    }

    /// <summary>A gb18030 four-byte sequence at <paramref name="pos"/> (its second byte is a digit).</summary>
    int DecodeFour(ReadOnlySpan<byte> data, int pos, UnicodeWriter output)
    {
        if (data.Length - pos < 4) return TooFew;
        int c = data[pos], c2 = data[pos + 1], c3 = data[pos + 2], c4 = data[pos + 3];
        if (c < 0x81 || c3 < 0x81 || c3 > 0xFE || c4 < 0x30 || c4 > 0x39) return 1;
        c -= 0x81; c2 -= 0x30; c3 -= 0x81; c4 -= 0x30;
        if (c < 4)
        {
            int lseq = (c * 10 + c2) * 1260 + c3 * 10 + c4;
            if (lseq < Gb18030BmpSequences && _gb18030Four![lseq] != 0)
            {
                output.AppendCodePoint(_gb18030Four[lseq]);
                return 0;
            }
        }
        else if (c >= 15)
        {
            int lseq = 0x10000 + ((c - 15) * 10 + c2) * 1260 + c3 * 10 + c4;
            if (lseq <= 0x10FFFF)
            {
                output.AppendCodePoint(lseq);
                return 0;
            }
        }
        return 1;
    }
}
