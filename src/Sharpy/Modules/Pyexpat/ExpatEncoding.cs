using System;

namespace Sharpy.Modules.Pyexpat;

/// <summary>
/// An input encoding of expat (xmltok.c's ENCODING): the ones it knows (UTF-8, UTF-16LE/BE,
/// ISO-8859-1, US-ASCII) and the single-byte tables an unknown-encoding handler supplies
/// (XmlInitUnknownEncoding). Decodes one character at a time, so that every character keeps
/// its byte offset (XML_GetCurrentByteIndex).
/// </summary>
internal sealed class ExpatEncoding
{
    public enum Kind { Utf8, Utf16LE, Utf16BE, Latin1, Ascii, Table }

    public readonly Kind EncodingKind;
    readonly int[]? _map;

    ExpatEncoding(Kind kind, int[]? map = null)
    {
        EncodingKind = kind;
        _map = map;
    }

    public static readonly ExpatEncoding Utf8 = new(Kind.Utf8);
    public static readonly ExpatEncoding Utf16LE = new(Kind.Utf16LE);
    public static readonly ExpatEncoding Utf16BE = new(Kind.Utf16BE);
    public static readonly ExpatEncoding Latin1 = new(Kind.Latin1);
    public static readonly ExpatEncoding Ascii = new(Kind.Ascii);

    public int MinBytesPerChar => EncodingKind is Kind.Utf16LE or Kind.Utf16BE ? 2 : 1;

    /// <summary>The names expat knows (case-insensitively); "UTF-16" is null here: its byte order comes from the input.</summary>
    public static bool TryFindKnown(string name, out ExpatEncoding? enc)
    {
        enc = null;
        switch (name.ToUpperInvariant())
        {
            case "UTF-8": enc = Utf8; return true;
            case "UTF-16": return true;
            case "UTF-16BE": enc = Utf16BE; return true;
            case "UTF-16LE": enc = Utf16LE; return true;
            case "ISO-8859-1": enc = Latin1; return true;
            case "US-ASCII": enc = Ascii; return true;
            default: return false;
        }
    }

    /// <summary>
    /// XmlInitUnknownEncoding: a table of 256 code points (-1 for a byte that is no character). Null
    /// when expat refuses it: the ASCII characters that carry XML syntax must map to themselves,
    /// and every entry must be a BMP code point or -1 (multi-byte entries are not offered by pyexpat).
    /// </summary>
    public static ExpatEncoding? FromTable(int[] map)
    {
        for (int i = 0; i < 256; i++)
        {
            int c = map[i];
            if (i < 0x80 && IsSyntaxAscii(i) && c != i) return null;
            if (c < -1 || c > 0xFFFF) return null;
            if (c >= 0 && c < 0x80 && IsSyntaxAscii(c) && c != i) return null;
        }
        return new ExpatEncoding(Kind.Table, (int[])map.Clone());
    }

    /// <summary>The ASCII characters whose latin1 byte type is not BT_OTHER or BT_NONXML (xmltok.c checks them).</summary>
    static bool IsSyntaxAscii(int c) =>
        c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c < 0x7F && c != '^' && c != '`' && c != '{' && c != '}' && c != '~' && c != '\\');

    /// <summary>
    /// Decodes the character at the start of <paramref name="b"/>: the number of bytes it takes, or 0
    /// when <paramref name="b"/> ends inside it. <paramref name="cp"/> is the code point, or
    /// <see cref="ExpatChars.Malformed"/> for bytes that are no character (one byte, or one unit).
    /// </summary>
    public int Decode(ReadOnlySpan<byte> b, out int cp)
    {
        switch (EncodingKind)
        {
            case Kind.Utf8: return DecodeUtf8(b, out cp);
            case Kind.Utf16LE:
            case Kind.Utf16BE: return DecodeUtf16(b, EncodingKind == Kind.Utf16BE, out cp);
            case Kind.Latin1: cp = b[0]; return 1;
            case Kind.Ascii: cp = b[0] < 0x80 ? b[0] : ExpatChars.Malformed; return 1;
            default: cp = _map![b[0]]; return 1;
        }
    }

    static int DecodeUtf8(ReadOnlySpan<byte> b, out int cp)
    {
        int b0 = b[0];
        cp = ExpatChars.Malformed;
        if (b0 < 0x80) { cp = b0; return 1; }
        int n;
        int min;
        if (b0 >= 0xC2 && b0 <= 0xDF) { n = 2; min = 0x80; cp = b0 & 0x1F; }
        else if (b0 >= 0xE0 && b0 <= 0xEF) { n = 3; min = 0x800; cp = b0 & 0x0F; }
        else if (b0 >= 0xF0 && b0 <= 0xF4) { n = 4; min = 0x10000; cp = b0 & 0x07; }
        else { cp = ExpatChars.Malformed; return 1; }
        for (int i = 1; i < n; i++)
        {
            if (i >= b.Length)
            {
                cp = ExpatChars.Malformed;
                return 0;
            }
            int bi = b[i];
            if ((bi & 0xC0) != 0x80) { cp = ExpatChars.Malformed; return 1; }
            cp = (cp << 6) | (bi & 0x3F);
            // Reject overlong forms, surrogates and values past U+10FFFF as soon as the second byte shows them.
            if (i == 1)
            {
                int hi = cp << (6 * (n - 2));
                if (n == 3 && (hi < 0x800 || (hi >= 0xD800 && hi <= 0xDFFF))) { cp = ExpatChars.Malformed; return 1; }
                if (n == 4 && (hi < 0x10000 || hi > 0x10FFFF)) { cp = ExpatChars.Malformed; return 1; }
            }
        }
        if (cp < min) cp = ExpatChars.Malformed;
        return n;
    }

    static int DecodeUtf16(ReadOnlySpan<byte> b, bool be, out int cp)
    {
        cp = ExpatChars.Malformed;
        if (b.Length < 2) return 0;
        int u = be ? (b[0] << 8) | b[1] : b[0] | (b[1] << 8);
        if (u < 0xD800 || u > 0xDFFF) { cp = u; return 2; }
        if (u >= 0xDC00) return 2;
        if (b.Length < 4) return 0;
        int u2 = be ? (b[2] << 8) | b[3] : b[2] | (b[3] << 8);
        if (u2 < 0xDC00 || u2 > 0xDFFF) return 2;
        cp = 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00);
        return 4;
    }
}
