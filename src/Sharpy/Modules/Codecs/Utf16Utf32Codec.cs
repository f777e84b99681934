using System;
using System.Buffers.Binary;
using Sharpy.Objects;

namespace Sharpy.Modules.Codecs;

/// <summary>
/// UTF-16 and UTF-32 (unicodeobject.c PyUnicode_DecodeUTF16Stateful,
/// PyUnicode_DecodeUTF32Stateful, _PyUnicode_EncodeUTF16, _PyUnicode_EncodeUTF32). The
/// byte order is -1 little-endian, 1 big-endian, 0 "read or write a BOM" (native order,
/// little-endian on x86-64, when there is none).
/// </summary>
public static class Utf16Utf32Codec
{
    /// <summary>
    /// Encode as UTF-16 (<paramref name="unit"/> 2) or UTF-32 (4); byte order 0 writes a BOM.
    /// Surrogates are errors, one at a time; a handler's bytes must be whole units and its str ASCII.
    /// </summary>
    public static byte[]? Encode(PyUnicode s, string? errors, int byteorder, int unit)
    {
        bool big = byteorder == 1;
        string name = unit == 2 ? "utf-16" : "utf-32";
        string encoding = byteorder == -1 ? name + "-le" : byteorder == 1 ? name + "-be" : name;
        var output = new ByteWriter(unit * (s.Length + 1));
        if (byteorder == 0) WriteUnit(output, 0xFEFF, unit, big);
        EncodeErrors? errs = null;
        try
        {
            int n = s.Length;
            for (int i = 0; i < n;)
            {
                int c = s[i];
                if (c < 0xD800 || c > 0xDFFF)
                {
                    if (unit == 2 && c >= 0x10000)
                    {
                        int v = c - 0x10000;
                        WriteUnit(output, 0xD800 + (v >> 10), 2, big);
                        WriteUnit(output, 0xDC00 + (v & 0x3FF), 2, big);
                    }
                    else WriteUnit(output, c, unit, big);
                    i++;
                    continue;
                }
                errs ??= new EncodeErrors(encoding, errors, s);
                if (errs.Kind == ErrorHandlerKind.Strict)
                {
                    errs.Raise(i, i + 1, "surrogates not allowed");
                    return null;
                }
                var rep = errs.Call(i, i + 1, "surrogates not allowed", out int newPos);
                if (rep == null) return null;
                if (rep is PyBytes b)
                {
                    if (b.Length % unit != 0)
                    {
                        Py.DECREF(rep);
                        errs.Raise(newPos - 1, newPos, "surrogates not allowed");
                        return null;
                    }
                    output.Append(b.Value);
                }
                else
                {
                    var r = (PyUnicode)rep;
                    if (!r.IsAscii)
                    {
                        Py.DECREF(rep);
                        errs.Raise(newPos - 1, newPos, "surrogates not allowed");
                        return null;
                    }
                    for (int k = 0; k < r.Length; k++) WriteUnit(output, r[k], unit, big);
                }
                Py.DECREF(rep);
                i = newPos;
            }
            return output.ToArray();
        }
        finally
        {
            errs?.Release();
        }
    }

    static void WriteUnit(ByteWriter o, int v, int unit, bool big)
    {
        Span<byte> b = stackalloc byte[4];
        if (unit == 2)
        {
            if (big) BinaryPrimitives.WriteUInt16BigEndian(b, (ushort)v); else BinaryPrimitives.WriteUInt16LittleEndian(b, (ushort)v);
        }
        else if (big) BinaryPrimitives.WriteInt32BigEndian(b, v); else BinaryPrimitives.WriteInt32LittleEndian(b, v);
        o.Append(b[..unit]);
    }

    static int ReadUnit(ReadOnlySpan<byte> d, int at, int unit, bool big) => unit == 2
        ? (big ? BinaryPrimitives.ReadUInt16BigEndian(d[at..]) : BinaryPrimitives.ReadUInt16LittleEndian(d[at..]))
        : (int)(big ? BinaryPrimitives.ReadUInt32BigEndian(d[at..]) : BinaryPrimitives.ReadUInt32LittleEndian(d[at..]));

    /// <summary>
    /// Decode UTF-16 / UTF-32. <paramref name="byteorder"/> 0 reads a BOM if there is one and
    /// is set to what it said; <paramref name="consumed"/> stops before an incomplete unit
    /// or pair unless <paramref name="final"/>.
    /// </summary>
    public static PyUnicode? Decode(ReadOnlySpan<byte> data, PyObject? source, string? errors, ref int byteorder, bool final,
        int unit, out int consumed)
    {
        int bo = byteorder, q = 0;
        if (bo == 0 && data.Length >= unit)
        {
            if (unit == 2)
            {
                int bom = data[1] << 8 | data[0];
                if (bom == 0xFEFF) { q = 2; bo = -1; }
                else if (bom == 0xFFFE) { q = 2; bo = 1; }
            }
            else
            {
                uint bom = BinaryPrimitives.ReadUInt32LittleEndian(data);
                if (bom == 0x0000FEFF) { q = 4; bo = -1; }
                else if (bom == 0xFFFE0000) { q = 4; bo = 1; }
            }
            byteorder = bo;
        }
        consumed = data.Length;
        if (q == data.Length) return Py.NewRef(PyUnicode.Empty);
        bool big = bo > 0;
        string encoding = (unit == 2 ? "utf-16" : "utf-32") + (big ? "-be" : "-le");
        var w = new UnicodeWriter((data.Length - q) / unit);
        DecodeErrors? errs = null;
        try
        {
            while (true)
            {
                int start, end;
                string reason;
                if (data.Length - q >= unit)
                {
                    int ch = ReadUnit(data, q, unit, big);
                    q += unit;
                    if (unit == 4)
                    {
                        if ((uint)ch < 0xD800 || (ch > 0xDFFF && ch < 0x110000)) { w.AppendCodePoint(ch); continue; }
                        reason = (uint)ch < 0x110000 ? "code point in surrogate code point range(0xd800, 0xe000)" : "code point not in range(0x110000)";
                        start = q - 4;
                        end = q;
                    }
                    else if (ch < 0xD800 || ch > 0xDFFF) { w.AppendCodePoint(ch); continue; }
                    else if (ch >= 0xDC00)
                    {
                        reason = "illegal encoding";
                        start = q - 2;
                        end = q;
                    }
                    else if (data.Length - q < 2)
                    {
                        q -= 2;
                        if (!final) break;
                        reason = "unexpected end of data";
                        start = q;
                        end = data.Length;
                    }
                    else
                    {
                        int ch2 = ReadUnit(data, q, 2, big);
                        q += 2;
                        if (ch2 >= 0xDC00 && ch2 <= 0xDFFF)
                        {
                            w.AppendCodePoint(0x10000 + ((ch - 0xD800) << 10) + (ch2 - 0xDC00));
                            continue;
                        }
                        reason = "illegal UTF-16 surrogate";
                        start = q - 4;
                        end = start + 2;
                    }
                }
                else
                {
                    if (q == data.Length || !final) break;
                    reason = "truncated data";
                    start = q;
                    end = data.Length;
                }
                errs ??= new DecodeErrors(encoding, errors, source);
                q = errs.Handle(ref data, start, end, reason, w);
                if (q < 0) return null;
            }
            consumed = q;
            return w.Finish();
        }
        finally
        {
            errs?.Release();
        }
    }
}
