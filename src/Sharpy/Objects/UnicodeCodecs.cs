using System;
using Sharpy.Modules.Codecs;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// str.encode and bytes.decode (unicodeobject.c PyUnicode_AsEncodedString, PyUnicode_Decode):
/// UTF-8, UTF-16, UTF-32, ASCII and Latin-1 by their common names go straight to the
/// built-in codecs; every other encoding goes through the codec registry
/// (Modules/Codecs/CodecRegistry.cs), which must find a text encoding returning bytes / str.
/// </summary>
public static class UnicodeCodecs
{
    enum Fast { None, Utf8, Utf16, Utf32, Ascii, Latin1 }

    /// <summary>The fast-path codec for an encoding name, normalized as _Py_normalize_encoding (names of up to 10 characters).</summary>
    static Fast FastCodec(string encoding)
    {
        switch (encoding)
        {
            case "utf-8" or "utf8" or "UTF-8": return Fast.Utf8;
            case "ascii": return Fast.Ascii;
            case "latin-1" or "latin1": return Fast.Latin1;
        }
        if (encoding.Length > 40) return Fast.None;
        var lower = CodecRegistry.Normalize(encoding);
        if (lower.Length > 10) return Fast.None;
        return lower switch
        {
            "utf_8" or "utf8" => Fast.Utf8,
            "utf_16" or "utf16" => Fast.Utf16,
            "utf_32" or "utf32" => Fast.Utf32,
            "ascii" or "us_ascii" => Fast.Ascii,
            "latin1" or "latin_1" or "iso_8859_1" or "iso8859_1" => Fast.Latin1,
            _ => Fast.None,
        };
    }

    /// <summary>str.encode(encoding, errors): a new bytes, or null with an exception set.</summary>
    public static PyObject? Encode(PyUnicode s, string encoding, string errors)
    {
        byte[]? b;
        switch (FastCodec(encoding))
        {
            case Fast.Utf8: b = Utf8Codec.Encode(s, errors); break;
            case Fast.Utf16: b = Utf16Utf32Codec.Encode(s, errors, 0, 2); break;
            case Fast.Utf32: b = Utf16Utf32Codec.Encode(s, errors, 0, 4); break;
            case Fast.Ascii: b = Latin1AsciiCodec.Encode(s, errors, 0x80); break;
            case Fast.Latin1: b = Latin1AsciiCodec.Encode(s, errors, 0x100); break;
            default: return EncodeViaRegistry(s, encoding, errors);
        }
        return b == null ? null : PyBytes.FromBytes(b);
    }

    static PyObject? EncodeViaRegistry(PyUnicode s, string encoding, string errors)
    {
        var v = CodecRegistry.EncodeText(s, encoding, errors);
        if (v == null || v is PyBytes) return v;
        if (v is PyByteArray)
        {
            if (Warnings.WarnAtCurrentFrame(PyExc.RuntimeWarning,
                    $"encoder {encoding} returned bytearray instead of bytes; use codecs.encode() to encode to arbitrary types") < 0)
            {
                Py.DECREF(v);
                return null;
            }
            var data = PyBuffer.ToArray(v);
            Py.DECREF(v);
            return data == null ? null : PyBytes.FromBytes(data);
        }
        Errors.SetString(PyExc.TypeError,
            $"'{encoding}' encoder returned '{v.ob_type.tp_name}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types");
        Py.DECREF(v);
        return null;
    }

    /// <summary>The UTF-8 bytes of <paramref name="s"/>; null with UnicodeEncodeError ("surrogates not allowed") for lone surrogates.</summary>
    public static byte[]? AsUtf8(PyUnicode s) => Utf8Codec.Encode(s, "strict");

    /// <summary>
    /// bytes.decode(encoding, errors): a new str, or null with an exception set.
    /// <paramref name="source"/> is the bytes object (for the exception, and what a codec from the registry is given).
    /// </summary>
    public static PyObject? Decode(ReadOnlySpan<byte> data, PyObject source, string encoding, string errors)
    {
        int byteorder = 0;
        switch (FastCodec(encoding))
        {
            case Fast.Utf8: return Utf8Codec.Decode(data, source, errors, true, out _);
            case Fast.Utf16: return Utf16Utf32Codec.Decode(data, source, errors, ref byteorder, true, 2, out _);
            case Fast.Utf32: return Utf16Utf32Codec.Decode(data, source, errors, ref byteorder, true, 4, out _);
            case Fast.Ascii: return Latin1AsciiCodec.DecodeAscii(data, source, errors);
            case Fast.Latin1: return Latin1AsciiCodec.DecodeLatin1(data);
        }
        var v = CodecRegistry.DecodeText(source, encoding, errors);
        if (v == null || v is PyUnicode) return v;
        Errors.SetString(PyExc.TypeError,
            $"'{encoding}' decoder returned '{v.ob_type.tp_name}' instead of 'str'; use codecs.decode() to decode to arbitrary types");
        Py.DECREF(v);
        return null;
    }
}
