using System;
using System.Collections.Generic;
using Sharpy.Modules.Codecs;
using Sharpy.Objects;

namespace Sharpy.Modules.Cjk;

/// <summary>
/// One ISO-2022 variant's tables: the character sets it designates (by mark: the final byte
/// of the escape, | 0x80 for a double-byte set) with their decode tables, and the encode map
/// to (mark, code) that the variant's encoder chooses.
/// </summary>
internal sealed class Iso2022Variant
{
    public readonly Dictionary<int, CharsetTable?> Charsets = new();
    public EncodeMap Encode = null!;

    public static (int Mark, int Table)[] ReadHead(ref CjkTables.Reader r)
    {
        var sets = new (int, int)[r.UInt()];
        for (int i = 0; i < sets.Length; i++) sets[i] = (r.UInt(), r.UInt());
        return sets;
    }

    public static Iso2022Variant Read(ref CjkTables.Reader r)
    {
        var v = new Iso2022Variant();
        foreach (var (mark, table) in ReadHead(ref r))
            v.Charsets[mark] = CjkTables.Get("isotab:" + table, CharsetTable.Read);
        v.Encode = EncodeMap.Read(ref r);
        return v;
    }
}

/// <summary>
/// The ISO-2022 codecs (CPython's _codecs_iso2022.c): escape sequences designate character
/// sets into G0-G2; SO/SI shift to G1 and back (iso2022_kr); ESC N takes one character from G2
/// (iso2022_jp_2). The state: bytes 0-3 the marks in G0-G3, byte 4 the flags (shifted, inside
/// an escape sequence that is not ISO-2022's).
/// </summary>
internal sealed class Iso2022Codec : CjkCodec
{
    const byte ESC = 0x1B, SO = 0x0E, SI = 0x0F, LF = 0x0A;
    const int MaxEscapeLength = 16;
    const byte Ascii = (byte)'B', Iso8859_1 = (byte)'A', Iso8859_7 = (byte)'F', Dbcs = 0x80;
    const byte Jisx0208 = (byte)'B' | Dbcs;
    const byte Shifted = 1, EscThroughout = 2;
    const int FlagsByte = 4;

    readonly Iso2022Variant _variant;
    readonly bool _noShift, _useG2, _useJisx0208Ext;
    /// <summary>The plane the encoder designates its sets into: G1 for iso2022_kr, else G0.</summary>
    readonly int _plane;
    readonly int[]? _g2Greek;

    public Iso2022Codec(string encoding) : base(encoding)
    {
        _variant = CjkTables.Get("iso:" + encoding, Iso2022Variant.Read);
        bool kr = encoding == "iso2022_kr";
        _noShift = !kr;
        _useJisx0208Ext = !kr;
        _plane = kr ? 1 : 0;
        if (encoding == "iso2022_jp_2")
        {
            _useG2 = true;
            // ISO 8859-1 and -7 are designated only into G2; the encoder never chooses them.
            _variant.Charsets.TryAdd(Iso8859_1, null);
            _variant.Charsets.TryAdd(Iso8859_7, null);
            _g2Greek = CjkTables.Get("g2:F", (ref CjkTables.Reader r) => r.Deltas(256));
        }
    }

    public override void EncodeInit(ref CodecState state)
    {
        state[FlagsByte] = 0;
        state[0] = Ascii;
        state[1] = Ascii;
    }

    public override bool HasEncodeReset => true;

    public override int EncodeReset(ref CodecState state, ByteWriter output)
    {
        if ((state[FlagsByte] & Shifted) != 0)
        {
            output.Append(SI);
            state[FlagsByte] &= unchecked((byte)~Shifted);
        }
        if (state[0] != Ascii)
        {
            output.Append(ESC);
            output.Append((byte)'(');
            output.Append((byte)'B');
            state[0] = Ascii;
        }
        return 0;
    }

    public override int Encode(ref CodecState state, PyUnicode text, ref int pos, ByteWriter output, int flags)
    {
        var map = _variant.Encode;
        while (pos < text.Length)
        {
            int c = text[pos];
            if (c < 0x80)
            {
                if (state[0] != Ascii)
                {
                    output.Append(ESC);
                    output.Append((byte)'(');
                    output.Append((byte)'B');
                    state[0] = Ascii;
                }
                if ((state[FlagsByte] & Shifted) != 0)
                {
                    output.Append(SI);
                    state[FlagsByte] &= unchecked((byte)~Shifted);
                }
                output.Append((byte)c);
                pos++;
                continue;
            }
            long code = -1;
            int insize = 1;
            if (map.PairFirsts.Contains(c))
            {
                if (pos + 1 < text.Length)
                {
                    if (map.Pairs.TryGetValue(EncodeMap.PairKey(c, text[pos + 1]), out code)) insize = 2;
                    else code = -1;
                }
                else if ((flags & Flush) == 0 && map.Pending.Contains(c))
                    return TooFew;
            }
            if (code < 0 && !map.Codes.TryGetValue(c, out code)) return 1;
            byte mark = (byte)(code >> 16);
            int width = (mark & Dbcs) != 0 ? 2 : 1;
            if (_plane == 0)
            {
                if ((state[FlagsByte] & Shifted) != 0)
                {
                    output.Append(SI);
                    state[FlagsByte] &= unchecked((byte)~Shifted);
                }
                if (state[0] != mark)
                {
                    output.Append(ESC);
                    if (width == 1)
                    {
                        output.Append((byte)'(');
                    }
                    else
                    {
                        output.Append((byte)'$');
                        if (mark != Jisx0208) output.Append((byte)'(');
                    }
                    output.Append((byte)(mark & 0x7F));
                    state[0] = mark;
                }
            }
            else
            {
                if (state[1] != mark)
                {
                    output.Append(ESC);
                    if (width == 2) output.Append((byte)'$');
                    output.Append((byte)')');
                    output.Append((byte)(mark & 0x7F));
                    state[1] = mark;
                }
                if ((state[FlagsByte] & Shifted) == 0)
                {
                    output.Append(SO);
                    state[FlagsByte] |= Shifted;
                }
            }
            if (width == 2) output.Append((byte)(code >> 8));
            output.Append((byte)code);
            pos += insize;
        }
        return 0;
    }

    public override void DecodeInit(ref CodecState state)
    {
        state[FlagsByte] = 0;
        state[0] = Ascii;
        state[1] = Ascii;
        state[2] = Ascii;
    }

    public override void DecodeReset(ref CodecState state)
    {
        state[0] = Ascii;
        state[FlagsByte] &= unchecked((byte)~Shifted);
    }

    static bool IsEscEnd(int c) => (c >= 'A' && c <= 'Z') || c == '@';
    static bool IsIso2022Esc(int c) => c is '(' or ')' or '$' or '.' or '&';

    public override int Decode(ref CodecState state, ReadOnlySpan<byte> data, ref int pos, UnicodeWriter output)
    {
        while (pos < data.Length)
        {
            int c = data[pos];
            if ((state[FlagsByte] & EscThroughout) != 0)
            {
                // Inside an escape sequence that is not ISO-2022's: pass it through as Latin-1.
                output.AppendCodePoint(c);
                pos++;
                if (IsEscEnd(c)) state[FlagsByte] &= unchecked((byte)~EscThroughout);
                continue;
            }
            switch (c)
            {
                case ESC:
                {
                    if (data.Length - pos < 2) return TooFew;
                    int c2 = data[pos + 1];
                    if (IsIso2022Esc(c2))
                    {
                        int err = ProcessEscape(ref state, data, ref pos);
                        if (err != 0) return err;
                    }
                    else if (_useG2 && c2 == 'N')
                    {
                        if (data.Length - pos < 3) return TooFew;
                        int err = ProcessG2(ref state, data[pos + 2], output);
                        if (err != 0) return err;
                        pos += 3;
                    }
                    else
                    {
                        output.AppendCodePoint(ESC);
                        state[FlagsByte] |= EscThroughout;
                        pos++;
                    }
                    continue;
                }
                case SI when !_noShift:
                    state[FlagsByte] &= unchecked((byte)~Shifted);
                    pos++;
                    continue;
                case SO when !_noShift:
                    state[FlagsByte] |= Shifted;
                    pos++;
                    continue;
                case LF:
                    state[FlagsByte] &= unchecked((byte)~Shifted);
                    output.AppendCodePoint(LF);
                    pos++;
                    continue;
            }
            if (c >= 0x80) return 1;
            byte charset = (state[FlagsByte] & Shifted) != 0 ? state[1] : state[0];
            if (c < 0x20 || charset == Ascii)
            {
                output.AppendCodePoint(c);
                pos++;
                continue;
            }
            if (!_variant.Charsets.TryGetValue(charset, out var table)) return Internal;
            int width = (charset & Dbcs) != 0 ? 2 : 1;
            if (data.Length - pos < width) return TooFew;
            int value = CharsetTable.Unmapped;
            if (table != null)
            {
                if (width == 1) value = table.Values[c];
                else
                {
                    int c2 = data[pos + 1];
                    if (c >= 0x21 && c <= 0x7E && c2 >= 0x21 && c2 <= 0x7E)
                        value = table.Values[(c - 0x21) * 94 + (c2 - 0x21)];
                }
            }
            if (value == CharsetTable.Unmapped) return width;
            if (value >= DecodeTrie.Sequence) output.Append(table!.Sequences[value - DecodeTrie.Sequence]);
            else output.AppendCodePoint(value);
            pos += width;
        }
        return 0;
    }

    /// <summary>iso2022processesc: the escape sequence at <paramref name="pos"/>.</summary>
    int ProcessEscape(ref CodecState state, ReadOnlySpan<byte> data, ref int pos)
    {
        int inleft = data.Length - pos, esclen = 0, i;
        for (i = 1; i < MaxEscapeLength; i++)
        {
            if (i >= inleft) return TooFew;
            if (IsEscEnd(data[pos + i]))
            {
                esclen = i + 1;
                break;
            }
            if (_useJisx0208Ext && i + 1 < inleft && data[pos + i] == '&' && data[pos + i + 1] == '@')
                i += 2;
        }
        if (i >= MaxEscapeLength) return 1; // unterminated escape sequence

        int in2 = data[pos + 1];
        byte charset;
        int designation;
        switch (esclen)
        {
            case 3:
                if (in2 == '$')
                {
                    charset = (byte)(data[pos + 2] | Dbcs);
                    designation = 0;
                }
                else
                {
                    charset = data[pos + 2];
                    if (in2 == '(') designation = 0;
                    else if (in2 == ')') designation = 1;
                    else if (_useG2 && in2 == '.') designation = 2;
                    else return 3;
                }
                break;
            case 4:
                if (in2 != '$') return 4;
                charset = (byte)(data[pos + 3] | Dbcs);
                if (data[pos + 2] == '(') designation = 0;
                else if (data[pos + 2] == ')') designation = 1;
                else return 4;
                break;
            case 6: // a designation with a prefix (ESC & @ ESC $ B)
                if (_useJisx0208Ext && data[pos + 3] == ESC && data[pos + 4] == '$' && data[pos + 5] == 'B')
                {
                    charset = Jisx0208;
                    designation = 0;
                }
                else return 6;
                break;
            default:
                return esclen;
        }
        // A character set the variant does not designate is an error.
        if (charset != Ascii && !_variant.Charsets.ContainsKey(charset)) return esclen;
        state[designation] = charset;
        pos += esclen;
        return 0;
    }

    /// <summary>iso2022processg2: the character after ESC N, from the set in G2.</summary>
    int ProcessG2(ref CodecState state, int c, UnicodeWriter output)
    {
        switch (state[2])
        {
            case Iso8859_1:
                if (c >= 0x80) return 3;
                output.AppendCodePoint(c + 0x80);
                return 0;
            case Iso8859_7:
                if (_g2Greek![c] == CharsetTable.Unmapped) return 3;
                output.AppendCodePoint(_g2Greek[c]);
                return 0;
            case Ascii:
                if ((c & 0x80) != 0) return 3;
                output.AppendCodePoint(c);
                return 0;
            default:
                return Internal;
        }
    }
}
