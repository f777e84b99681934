using System;
using Sharpy.Modules.Codecs;
using Sharpy.Objects;

namespace Sharpy.Modules.Cjk;

/// <summary>
/// HZ (RFC 1843; CPython's _codecs_cn.c): ASCII, with GB 2312 between "~{" and "~}" as 7-bit
/// byte pairs, and "~~" for a tilde. The state is state.I: 0 in ASCII mode, 1 in GB mode.
/// GB 2312 is read off the gb2312 codec's tables.
/// </summary>
internal sealed class HzCodec() : CjkCodec("hz")
{
    readonly DecodeTrie _gb2312 = CjkTables.Get("dec:gb2312", DecodeTrie.Read);
    readonly EncodeMap _gb2312Codes = CjkTables.Get("enc:gb2312", EncodeMap.Read);

    public override void EncodeInit(ref CodecState state) => state.I = 0;
    public override bool HasEncodeReset => true;

    public override int EncodeReset(ref CodecState state, ByteWriter output)
    {
        if (state.I != 0)
        {
            output.Append((byte)'~');
            output.Append((byte)'}');
            state.I = 0;
        }
        return 0;
    }

    public override void DecodeInit(ref CodecState state) => state.I = 0;
    public override void DecodeReset(ref CodecState state) => state.I = 0;

    public override int Encode(ref CodecState state, PyUnicode text, ref int pos, ByteWriter output, int flags)
    {
        while (pos < text.Length)
        {
            int c = text[pos];
            if (c < 0x80)
            {
                EncodeReset(ref state, output);
                if (c == '~') output.Append((byte)'~');
                output.Append((byte)c);
                pos++;
                continue;
            }
            // The gb2312 codec's codes are two bytes with the high bits set.
            if (!_gb2312Codes.Codes.TryGetValue(c, out long code)) return 1;
            if (state.I == 0)
            {
                output.Append((byte)'~');
                output.Append((byte)'{');
                state.I = 1;
            }
            output.Append((byte)((code >> 11) & 0x7F));
            output.Append((byte)((code >> 3) & 0x7F));
            pos++;
        }
        return 0;
    }

    public override int Decode(ref CodecState state, ReadOnlySpan<byte> data, ref int pos, UnicodeWriter output)
    {
        while (pos < data.Length)
        {
            int c = data[pos];
            if (c == '~')
            {
                if (data.Length - pos < 2) return TooFew;
                int c2 = data[pos + 1];
                if (c2 == '~' && state.I == 0) output.AppendCodePoint('~');
                else if (c2 == '{' && state.I == 0) state.I = 1; // GB mode
                else if (c2 == '\n' && state.I == 0) { } // line continuation
                else if (c2 == '}' && state.I == 1) state.I = 0; // ASCII mode
                else return 1;
                pos += 2;
                continue;
            }
            if ((c & 0x80) != 0) return 1;
            if (state.I == 0)
            {
                output.AppendCodePoint(c);
                pos++;
                continue;
            }
            if (data.Length - pos < 2) return TooFew;
            int decoded = Gb2312(c, data[pos + 1]);
            if (decoded < 0) return 1;
            output.AppendCodePoint(decoded);
            pos += 2;
        }
        return 0;
    }

    /// <summary>The GB 2312 character at row and cell bytes 0x21-0x7E, or -1.</summary>
    int Gb2312(int c1, int c2)
    {
        if (c1 < 0x21 || c1 > 0x7E || c2 < 0x21 || c2 > 0x7E) return -1;
        int lead = _gb2312.Entries[c1 | 0x80];
        if (lead < DecodeTrie.Node || lead >= DecodeTrie.FourByte) return -1;
        int e = _gb2312.Entries[(lead - DecodeTrie.Node) * 256 + (c2 | 0x80)];
        return e < DecodeTrie.Error ? e : -1;
    }
}
