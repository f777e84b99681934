using System;
using Sharpy.Objects;

namespace Sharpy.Modules.Codecs;

/// <summary>
/// UTF-7 (RFC 2152; unicodeobject.c PyUnicode_DecodeUTF7Stateful, _PyUnicode_EncodeUTF7):
/// characters of sets D and O and whitespace are written as themselves, the rest as
/// modified base64 of their UTF-16 between '+' and an optional '-'.
/// </summary>
public static class Utf7Codec
{
    // utf7_category: 0 set D, 1 set O, 2 whitespace, 3 special.
    static readonly byte[] s_category =
    [
        3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 3, 3, 2, 3, 3,
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
        2, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 3, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0,
        1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 1, 1, 1,
        1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 3, 3,
    ];

    const string Base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    static bool IsBase64(int c) => char.IsAsciiLetterOrDigit((char)c) || c == '+' || c == '/';

    static int FromBase64(int c) => c >= 'a' ? c - 'a' + 26 : c >= 'A' ? c - 'A' : c >= '0' ? c - '0' + 52 : c == '+' ? 62 : 63;

    /// <summary>ENCODE_DIRECT with sets O and whitespace written directly (the codec's setting).</summary>
    static bool EncodeDirect(int c) => c < 128 && c > 0 && s_category[c] != 3;

    static bool DecodeDirect(int c) => c <= 127 && c != '+';

    public static byte[] Encode(PyUnicode s)
    {
        var o = new ByteWriter(s.Length + 8);
        bool inShift = false;
        int bits = 0;
        long buffer = 0;
        for (int i = 0; i < s.Length; i++)
        {
            int ch = s[i];
            if (inShift)
            {
                if (EncodeDirect(ch))
                {
                    if (bits > 0)
                    {
                        o.Append((byte)Base64[(int)(buffer << (6 - bits)) & 0x3F]);
                        buffer = 0;
                        bits = 0;
                    }
                    inShift = false;
                    // A character of the base64 set (or '-') after a shift needs the explicit '-'.
                    if (IsBase64(ch) || ch == '-') o.Append((byte)'-');
                    o.Append((byte)ch);
                    continue;
                }
            }
            else if (ch == '+')
            {
                o.AppendAscii("+-");
                continue;
            }
            else if (EncodeDirect(ch))
            {
                o.Append((byte)ch);
                continue;
            }
            else
            {
                o.Append((byte)'+');
                inShift = true;
            }
            if (ch >= 0x10000)
            {
                int v = ch - 0x10000;
                AddBits(o, ref buffer, ref bits, 0xD800 + (v >> 10));
                ch = 0xDC00 + (v & 0x3FF);
            }
            AddBits(o, ref buffer, ref bits, ch);
        }
        if (bits > 0) o.Append((byte)Base64[(int)(buffer << (6 - bits)) & 0x3F]);
        if (inShift) o.Append((byte)'-');
        return o.ToArray();
    }

    static void AddBits(ByteWriter o, ref long buffer, ref int bits, int unit)
    {
        bits += 16;
        buffer = (buffer << 16) | (uint)unit;
        while (bits >= 6)
        {
            o.Append((byte)Base64[(int)(buffer >> (bits - 6)) & 0x3F]);
            bits -= 6;
        }
        buffer &= (1L << bits) - 1;
    }

    public static PyUnicode? Decode(ReadOnlySpan<byte> data, PyObject? source, string? errors, bool final, out int consumed)
    {
        var w = new UnicodeWriter(data.Length);
        DecodeErrors? errs = null;
        bool inShift = false;
        int bits = 0, surrogate = 0, start = 0, shiftOutStart = 0;
        long buffer = 0;
        consumed = 0;
        try
        {
            int s = 0;
            while (true)
            {
                while (s < data.Length)
                {
                    int ch = data[s];
                    string? error = null;
                    if (inShift)
                    {
                        if (IsBase64(ch))
                        {
                            buffer = (buffer << 6) | (uint)FromBase64(ch);
                            bits += 6;
                            s++;
                            if (bits >= 16)
                            {
                                int outCh = (int)(buffer >> (bits - 16)) & 0xFFFF;
                                bits -= 16;
                                buffer &= (1L << bits) - 1;
                                if (surrogate != 0)
                                {
                                    if (outCh >= 0xDC00 && outCh <= 0xDFFF)
                                    {
                                        w.AppendCodePoint(0x10000 + ((surrogate - 0xD800) << 10) + (outCh - 0xDC00));
                                        surrogate = 0;
                                        continue;
                                    }
                                    w.AppendCodePoint(surrogate);
                                    surrogate = 0;
                                }
                                if (outCh >= 0xD800 && outCh <= 0xDBFF) surrogate = outCh;
                                else w.AppendCodePoint(outCh);
                            }
                            continue;
                        }
                        inShift = false;
                        if (bits >= 6) { s++; error = "partial character in shift sequence"; }
                        else if (bits > 0 && buffer != 0) { s++; error = "non-zero padding bits in shift sequence"; }
                        else
                        {
                            if (surrogate != 0 && DecodeDirect(ch)) w.AppendCodePoint(surrogate);
                            surrogate = 0;
                            if (ch == '-') s++;
                            continue;
                        }
                    }
                    else if (ch == '+')
                    {
                        start = s;
                        s++;
                        if (s < data.Length && data[s] == '-') { s++; w.Append('+'); continue; }
                        if (s < data.Length && !IsBase64(data[s])) { s++; error = "ill-formed sequence"; }
                        else
                        {
                            inShift = true;
                            surrogate = 0;
                            shiftOutStart = w.Count;
                            bits = 0;
                            buffer = 0;
                            continue;
                        }
                    }
                    else if (DecodeDirect(ch)) { s++; w.AppendCodePoint(ch); continue; }
                    else { start = s; s++; error = "unexpected special character"; }
                    errs ??= new DecodeErrors("utf7", errors, source);
                    s = errs.Handle(ref data, start, s, error, w);
                    if (s < 0) return null;
                }
                if (inShift && final)
                {
                    inShift = false;
                    if (surrogate != 0 || bits >= 6 || (bits > 0 && buffer != 0))
                    {
                        errs ??= new DecodeErrors("utf7", errors, source);
                        s = errs.Handle(ref data, start, data.Length, "unterminated shift sequence", w);
                        if (s < 0) return null;
                        if (s < data.Length) continue;
                    }
                }
                break;
            }
            var result = w.Finish();
            if (!final && inShift)
            {
                // Leave the unfinished shift sequence for the next call.
                consumed = start;
                var head = result.Substring(0, shiftOutStart);
                Py.DECREF(result);
                return head;
            }
            consumed = s;
            return result;
        }
        finally
        {
            errs?.Release();
        }
    }
}
