using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Codecs;

/// <summary>
/// The `_codecs` module (Modules/_codecsmodule.c): the registry's functions and the built-in
/// codecs that Lib/codecs.py and Lib/encodings/*.py call. An encoder returns (bytes, length
/// of the str), a decoder (str, number of bytes consumed).
/// </summary>
[PyModule("_codecs")]
public static partial class CodecsModule
{
    static PyObject? CodecTuple(PyObject? result, long length)
        => result == null ? null : PyTuple.FromStolen([result, PyLong.FromLong(length)]);

    static PyObject? EncodeResult(byte[]? bytes, PyUnicode s)
        => bytes == null ? null : CodecTuple(PyBytes.FromBytes(bytes), s.Length);

    /// <summary>A Py_buffer(accept={str, buffer}) argument: a str is taken as its UTF-8 bytes.</summary>
    static byte[]? StrOrBuffer(PyObject data, string fname)
    {
        if (data is PyUnicode s) return s.AsUtf8();
        if (data is PyBytes b) return b.Value;
        var view = PyBuffer.GetContiguous(data);
        if (view == null)
        {
            Errors.Clear();
            ArgParse.BadArgument(fname, "argument 1", "a bytes-like object or str", data);
            return null;
        }
        var r = view.Span.ToArray();
        view.Release();
        return r;
    }

    // ---- the registry ----

    [PyMethod("register")]
    static PyObject? Register(PyObject search_function)
        => CodecRegistry.Register(search_function) < 0 ? null : Py.None;

    [PyMethod("unregister")]
    static PyObject? Unregister(PyObject search_function)
        => CodecRegistry.Unregister(search_function) < 0 ? null : Py.None;

    [PyMethod("lookup")]
    static PyObject? Lookup(string encoding) => CodecRegistry.Lookup(encoding);

    [PyMethod("encode")]
    static PyObject? Encode(PyObject obj, [Keyword] string encoding = "utf-8", [Keyword] string errors = "strict")
        => CodecRegistry.Encode(obj, encoding, errors);

    [PyMethod("decode")]
    static PyObject? Decode(PyObject obj, [Keyword] string encoding = "utf-8", [Keyword] string errors = "strict")
        => CodecRegistry.Decode(obj, encoding, errors);

    [PyMethod("_forget_codec")]
    static PyObject? ForgetCodec(string encoding)
        => CodecRegistry.ForgetCodec(encoding) < 0 ? null : Py.None;

    [PyMethod("register_error")]
    static PyObject? RegisterError(string errors, PyObject handler)
        => CodecRegistry.RegisterError(errors, handler) < 0 ? null : Py.None;

    [PyMethod("_unregister_error")]
    static PyObject? UnregisterError(string errors)
    {
        int r = CodecRegistry.UnregisterError(errors);
        return r < 0 ? null : ArgParse.FromBool(r > 0);
    }

    [PyMethod("lookup_error")]
    static PyObject? LookupError(string name) => CodecRegistry.LookupError(name);

    // ---- UTF-8, UTF-7, Latin-1, ASCII ----

    [PyMethod("utf_8_encode")]
    static PyObject? Utf8Encode(PyUnicode str, string? errors = null) => EncodeResult(Utf8Codec.Encode(str, errors), str);

    [PyMethod("utf_8_decode")]
    static PyObject? Utf8Decode(BufferArg data, string? errors = null, bool final = false)
    {
        var r = Utf8Codec.Decode(data.Span, data.Object as PyBytes, errors, final, out int consumed);
        return CodecTuple(r, consumed);
    }

    [PyMethod("utf_7_encode")]
    static PyObject? Utf7Encode(PyUnicode str, string? errors = null) => EncodeResult(Utf7Codec.Encode(str), str);

    [PyMethod("utf_7_decode")]
    static PyObject? Utf7Decode(BufferArg data, string? errors = null, bool final = false)
    {
        var r = Utf7Codec.Decode(data.Span, data.Object as PyBytes, errors, final, out int consumed);
        return CodecTuple(r, consumed);
    }

    [PyMethod("latin_1_encode")]
    static PyObject? Latin1Encode(PyUnicode str, string? errors = null) => EncodeResult(Latin1AsciiCodec.Encode(str, errors, 0x100), str);

    [PyMethod("latin_1_decode")]
    static PyObject? Latin1Decode(BufferArg data, string? errors = null)
        => CodecTuple(Latin1AsciiCodec.DecodeLatin1(data.Span), data.Length);

    [PyMethod("ascii_encode")]
    static PyObject? AsciiEncode(PyUnicode str, string? errors = null) => EncodeResult(Latin1AsciiCodec.Encode(str, errors, 0x80), str);

    [PyMethod("ascii_decode")]
    static PyObject? AsciiDecode(BufferArg data, string? errors = null)
        => CodecTuple(Latin1AsciiCodec.DecodeAscii(data.Span, data.Object as PyBytes, errors), data.Length);

    // ---- UTF-16 and UTF-32 ----

    [PyMethod("utf_16_encode")]
    static PyObject? Utf16Encode(PyUnicode str, string? errors = null, int byteorder = 0)
        => EncodeResult(Utf16Utf32Codec.Encode(str, errors, byteorder, 2), str);

    [PyMethod("utf_16_le_encode")]
    static PyObject? Utf16LeEncode(PyUnicode str, string? errors = null) => EncodeResult(Utf16Utf32Codec.Encode(str, errors, -1, 2), str);

    [PyMethod("utf_16_be_encode")]
    static PyObject? Utf16BeEncode(PyUnicode str, string? errors = null) => EncodeResult(Utf16Utf32Codec.Encode(str, errors, 1, 2), str);

    [PyMethod("utf_32_encode")]
    static PyObject? Utf32Encode(PyUnicode str, string? errors = null, int byteorder = 0)
        => EncodeResult(Utf16Utf32Codec.Encode(str, errors, byteorder, 4), str);

    [PyMethod("utf_32_le_encode")]
    static PyObject? Utf32LeEncode(PyUnicode str, string? errors = null) => EncodeResult(Utf16Utf32Codec.Encode(str, errors, -1, 4), str);

    [PyMethod("utf_32_be_encode")]
    static PyObject? Utf32BeEncode(PyUnicode str, string? errors = null) => EncodeResult(Utf16Utf32Codec.Encode(str, errors, 1, 4), str);

    static PyObject? WideDecode(BufferArg data, string? errors, int byteorder, bool final, int unit)
    {
        var r = Utf16Utf32Codec.Decode(data.Span, data.Object as PyBytes, errors, ref byteorder, final, unit, out int consumed);
        return CodecTuple(r, consumed);
    }

    [PyMethod("utf_16_decode")]
    static PyObject? Utf16Decode(BufferArg data, string? errors = null, bool final = false) => WideDecode(data, errors, 0, final, 2);

    [PyMethod("utf_16_le_decode")]
    static PyObject? Utf16LeDecode(BufferArg data, string? errors = null, bool final = false) => WideDecode(data, errors, -1, final, 2);

    [PyMethod("utf_16_be_decode")]
    static PyObject? Utf16BeDecode(BufferArg data, string? errors = null, bool final = false) => WideDecode(data, errors, 1, final, 2);

    [PyMethod("utf_32_decode")]
    static PyObject? Utf32Decode(BufferArg data, string? errors = null, bool final = false) => WideDecode(data, errors, 0, final, 4);

    [PyMethod("utf_32_le_decode")]
    static PyObject? Utf32LeDecode(BufferArg data, string? errors = null, bool final = false) => WideDecode(data, errors, -1, final, 4);

    [PyMethod("utf_32_be_decode")]
    static PyObject? Utf32BeDecode(BufferArg data, string? errors = null, bool final = false) => WideDecode(data, errors, 1, final, 4);

    /// <summary>utf_16_ex_decode: also returns the byte order the BOM said (0 when there was none to read).</summary>
    static PyObject? WideExDecode(BufferArg data, string? errors, int byteorder, bool final, int unit)
    {
        var r = Utf16Utf32Codec.Decode(data.Span, data.Object as PyBytes, errors, ref byteorder, final, unit, out int consumed);
        if (r == null) return null;
        return PyTuple.FromStolen([r, PyLong.FromLong(consumed), PyLong.FromLong(byteorder)]);
    }

    [PyMethod("utf_16_ex_decode")]
    static PyObject? Utf16ExDecode(BufferArg data, string? errors = null, int byteorder = 0, bool final = false)
        => WideExDecode(data, errors, byteorder, final, 2);

    [PyMethod("utf_32_ex_decode")]
    static PyObject? Utf32ExDecode(BufferArg data, string? errors = null, int byteorder = 0, bool final = false)
        => WideExDecode(data, errors, byteorder, final, 4);

    // ---- escapes ----

    [PyMethod("unicode_escape_encode")]
    static PyObject? UnicodeEscapeEncode(PyUnicode str, string? errors = null) => EncodeResult(EscapeCodecs.UnicodeEscapeEncode(str), str);

    [PyMethod("unicode_escape_decode")]
    static PyObject? UnicodeEscapeDecode(PyObject data, string? errors = null, bool final = true)
    {
        var bytes = StrOrBuffer(data, "unicode_escape_decode");
        if (bytes == null) return null;
        var r = EscapeCodecs.UnicodeEscapeDecode(bytes, data as PyBytes, errors, final, out int consumed);
        return CodecTuple(r, consumed);
    }

    [PyMethod("raw_unicode_escape_encode")]
    static PyObject? RawUnicodeEscapeEncode(PyUnicode str, string? errors = null) => EncodeResult(EscapeCodecs.RawUnicodeEscapeEncode(str), str);

    [PyMethod("raw_unicode_escape_decode")]
    static PyObject? RawUnicodeEscapeDecode(PyObject data, string? errors = null, bool final = true)
    {
        var bytes = StrOrBuffer(data, "raw_unicode_escape_decode");
        if (bytes == null) return null;
        var r = EscapeCodecs.RawUnicodeEscapeDecode(bytes, data as PyBytes, errors, final, out int consumed);
        return CodecTuple(r, consumed);
    }

    [PyMethod("escape_encode")]
    static PyObject? EscapeEncode(PyBytes data, string? errors = null)
        => CodecTuple(PyBytes.FromBytes(EscapeCodecs.EscapeEncode(data.Value)), data.Length);

    [PyMethod("escape_decode")]
    static PyObject? EscapeDecode(PyObject data, string? errors = null)
    {
        var bytes = StrOrBuffer(data, "escape_decode");
        if (bytes == null) return null;
        var r = EscapeCodecs.EscapeDecode(bytes, errors);
        return r == null ? null : CodecTuple(PyBytes.FromBytes(r), bytes.Length);
    }

    [PyMethod("readbuffer_encode")]
    static PyObject? ReadbufferEncode(PyObject data, string? errors = null)
    {
        var bytes = StrOrBuffer(data, "readbuffer_encode");
        return bytes == null ? null : CodecTuple(PyBytes.FromSpan(bytes), bytes.Length);
    }

    // ---- charmap ----

    [PyMethod("charmap_encode")]
    static PyObject? CharmapEncode(PyUnicode str, string? errors = null, PyObject? mapping = null)
        => EncodeResult(CharmapCodec.Encode(str, errors, mapping), str);

    [PyMethod("charmap_decode")]
    static PyObject? CharmapDecode(BufferArg data, string? errors = null, PyObject? mapping = null)
        => CodecTuple(CharmapCodec.Decode(data.Span, data.Object as PyBytes, errors, mapping), data.Length);

    [PyMethod("charmap_build")]
    static PyObject? CharmapBuild(PyUnicode map) => CharmapCodec.Build(map);
}
