using System;
using System.Collections.Generic;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Codecs;

/// <summary>
/// The charmap codec (unicodeobject.c PyUnicode_DecodeCharmap, PyUnicode_EncodeCharmap,
/// PyUnicode_BuildEncodingMap), on which the single-byte codecs of Lib/encodings (cp1252,
/// koi8_r, mac_roman ...) are built: decoding through a 256-character str or any mapping,
/// encoding through the EncodingMap charmap_build makes or any mapping.
/// </summary>
public static class CharmapCodec
{
    const string Undefined = "character maps to <undefined>";

    /// <summary>charmap_decode: <paramref name="mapping"/> null or None decodes Latin-1.</summary>
    public static PyUnicode? Decode(ReadOnlySpan<byte> data, PyObject? source, string? errors, PyObject? mapping)
    {
        if (mapping == null || mapping == Py.None) return Latin1AsciiCodec.DecodeLatin1(data);
        if (data.Length == 0) return Py.NewRef(PyUnicode.Empty);
        var w = new UnicodeWriter(data.Length);
        DecodeErrors? errs = null;
        var table = mapping as PyUnicode;
        try
        {
            int i = 0;
            while (i < data.Length)
            {
                byte b = data[i];
                if (table != null)
                {
                    if (b < table.Length && table[b] != 0xFFFE)
                    {
                        w.AppendCodePoint(table[b]);
                        i++;
                        continue;
                    }
                }
                else
                {
                    int r = DecodeOne(b, mapping, w);
                    if (r < 0) return null;
                    if (r > 0) { i++; continue; }
                }
                errs ??= new DecodeErrors("charmap", errors, source);
                i = errs.Handle(ref data, i, i + 1, Undefined, w);
                if (i < 0) return null;
            }
            return w.Finish();
        }
        finally
        {
            errs?.Release();
        }
    }

    /// <summary>mapping[b] appended: 1, 0 when it is undefined (LookupError, None, U+FFFE), -1 with an exception set.</summary>
    static int DecodeOne(byte b, PyObject mapping, UnicodeWriter w)
    {
        var key = PyLong.FromLong(b);
        var x = Abstract.GetItem(mapping, key);
        Py.DECREF(key);
        if (x == null)
        {
            if (!Errors.ExceptionMatches(PyExc.LookupError)) return -1;
            Errors.Clear();
            return 0;
        }
        try
        {
            if (x == Py.None) return 0;
            if (x is PyLong l)
            {
                if (!l.TryGetLong(out long v) || v < 0 || v > 0x10FFFF)
                {
                    Errors.SetString(PyExc.TypeError, "character mapping must be in range(0x110000)");
                    return -1;
                }
                if (v == 0xFFFE) return 0;
                w.AppendCodePoint((int)v);
                return 1;
            }
            if (x is PyUnicode s)
            {
                if (s.Length == 1 && s[0] == 0xFFFE) return 0;
                w.Append(s);
                return 1;
            }
            Errors.SetString(PyExc.TypeError, "character mapping must return integer, None or str");
            return -1;
        }
        finally
        {
            Py.DECREF(x);
        }
    }

    /// <summary>charmap_encode: <paramref name="mapping"/> null or None encodes Latin-1.</summary>
    public static byte[]? Encode(PyUnicode s, string? errors, PyObject? mapping)
    {
        if (mapping == null || mapping == Py.None) return Latin1AsciiCodec.Encode(s, errors, 0x100);
        var output = new ByteWriter(s.Length);
        var errs = new EncodeErrors("charmap", errors, s);
        try
        {
            int n = s.Length;
            for (int i = 0; i < n;)
            {
                int r = EncodeOne(s[i], mapping, output);
                if (r < 0) return null;
                if (r > 0) { i++; continue; }
                int start = i, end = i + 1;
                while (end < n)
                {
                    int probe = Lookup(s[end], mapping, out _);
                    if (probe < 0) return null;
                    if (probe > 0) break;
                    end++;
                }
                switch (errs.Kind)
                {
                    case ErrorHandlerKind.Strict:
                        errs.Raise(start, end, Undefined);
                        return null;
                    case ErrorHandlerKind.Ignore:
                        i = end;
                        continue;
                    case ErrorHandlerKind.Replace:
                    case ErrorHandlerKind.XmlCharRefReplace:
                        {
                            var sb = new System.Text.StringBuilder();
                            for (int k = start; k < end; k++)
                            {
                                if (errs.Kind == ErrorHandlerKind.Replace) sb.Append('?');
                                else sb.Append("&#").Append(s[k]).Append(';');
                            }
                            if (!EncodeReplacement(sb.ToString(), mapping, output, errs, start, end)) return null;
                            i = end;
                            continue;
                        }
                }
                var rep = errs.Call(start, end, Undefined, out int newPos);
                if (rep == null) return null;
                bool ok = true;
                if (rep is PyBytes b) output.Append(b.Value);
                else ok = EncodeReplacement(((PyUnicode)rep).Value, mapping, output, errs, start, end);
                Py.DECREF(rep);
                if (!ok) return null;
                i = newPos;
            }
            return output.ToArray();
        }
        finally
        {
            errs.Release();
        }
    }

    /// <summary>A replacement encoded through the mapping; a character it cannot encode raises the original error.</summary>
    static bool EncodeReplacement(string rep, PyObject mapping, ByteWriter output, EncodeErrors errs, int start, int end)
    {
        foreach (var rune in rep.EnumerateRunes())
        {
            int r = EncodeOne(rune.Value, mapping, output);
            if (r < 0) return false;
            if (r == 0)
            {
                errs.Raise(start, end, Undefined);
                return false;
            }
        }
        return true;
    }

    /// <summary>charmapencode_output: 1 written, 0 unmapped, -1 with an exception set.</summary>
    static int EncodeOne(int c, PyObject mapping, ByteWriter output)
    {
        int r = Lookup(c, mapping, out var x);
        if (r <= 0) return r;
        if (x is PyLong l) { l.TryGetLong(out long v); output.Append((byte)v); }
        else if (x is PyBytes b) output.Append(b.Value);
        else output.Append((byte)r);
        Py.XDECREF(x);
        return 1;
    }

    /// <summary>
    /// charmapencode_lookup: 0 unmapped, -1 error, else positive with <paramref name="x"/>
    /// the int or bytes (owned) or, for an EncodingMap, null and the byte in the result's low byte plus 1.
    /// </summary>
    static int Lookup(int c, PyObject mapping, out PyObject? x)
    {
        x = null;
        if (mapping is EncodingMap em)
        {
            if (!em.Map.TryGetValue(c, out int b)) return 0;
            return b + 0x100; // the byte, kept positive
        }
        var key = PyLong.FromLong(c);
        var v = Abstract.GetItem(mapping, key);
        Py.DECREF(key);
        if (v == null)
        {
            if (!Errors.ExceptionMatches(PyExc.LookupError)) return -1;
            Errors.Clear();
            return 0;
        }
        if (v == Py.None) { Py.DECREF(v); return 0; }
        if (v is PyLong l)
        {
            if (!l.TryGetLong(out long value) || value < 0 || value > 255)
            {
                Py.DECREF(v);
                Errors.SetString(PyExc.TypeError, "character mapping must be in range(256)");
                return -1;
            }
            x = v;
            return 1;
        }
        if (v is PyBytes)
        {
            x = v;
            return 1;
        }
        Py.DECREF(v);
        Errors.SetString(PyExc.TypeError, "character mapping must return integer, bytes or None, not " + v.ob_type.tp_name);
        return -1;
    }

    /// <summary>
    /// charmap_build (PyUnicode_BuildEncodingMap): each character of a decoding table to its
    /// index, as an EncodingMap when the table has CPython's compact form (U+0000 first and
    /// nowhere else, nothing above U+FFFF), else as a dict.
    /// </summary>
    public static PyObject? Build(PyUnicode table)
    {
        bool needDict = table.Length == 0 || table[0] != 0;
        for (int i = 1; i < table.Length && !needDict; i++)
            if (table[i] == 0 || table[i] > 0xFFFF) needDict = true;
        if (needDict)
        {
            var d = PyDict.New();
            for (int i = 0; i < table.Length; i++)
            {
                var k = PyLong.FromLong(table[i]);
                var v = PyLong.FromLong(i);
                int r = d.SetItem(k, v);
                Py.DECREF(k);
                Py.DECREF(v);
                if (r < 0) { Py.DECREF(d); return null; }
            }
            return d;
        }
        int n = Math.Min(table.Length, 256);
        var map = new Dictionary<int, int>(n);
        var blocks2 = new HashSet<int>();
        var blocks3 = new HashSet<int>();
        for (int i = 0; i < n; i++)
        {
            int c = table[i];
            if (c == 0xFFFE) continue;
            map.TryAdd(c, i);
            blocks2.Add(c >> 11);
            blocks3.Add(c >> 7);
        }
        return new EncodingMap(map, blocks2.Count, blocks3.Count);
    }
}

/// <summary>The encoding map charmap_build makes (unicodeobject.c EncodingMapType).</summary>
[PyType("EncodingMap")]
public sealed partial class EncodingMap : PyObject
{
    public readonly Dictionary<int, int> Map;
    readonly int _count2, _count3;

    public EncodingMap(Dictionary<int, int> map, int count2, int count3) : base(Type)
    {
        Map = map;
        _count2 = count2;
        _count3 = count3;
    }

    /// <summary>The memory CPython's three-level table takes on a 64-bit build.</summary>
    [PyMethod("size")]
    static long Size(EncodingMap self) => 59 + 16 * self._count2 + 128 * self._count3;
}
