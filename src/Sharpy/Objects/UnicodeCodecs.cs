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
    /// <summary>The codecs with a C# fast path.</summary>
    public enum Codec { None, Utf8, Utf16, Utf32, Ascii, Latin1 }

    /// <summary>The fast-path codec for an encoding name, normalized as _Py_normalize_encoding (names of up to 10 characters).</summary>
    public static Codec Lookup(string encoding)
    {
        switch (encoding)
        {
            case "utf-8" or "utf8" or "UTF-8": return Codec.Utf8;
            case "ascii": return Codec.Ascii;
            case "latin-1" or "latin1": return Codec.Latin1;
        }
        if (encoding.Length > 40) return Codec.None;
        var lower = CodecRegistry.Normalize(encoding);
        if (lower.Length > 10) return Codec.None;
        return lower switch
        {
            "utf_8" or "utf8" => Codec.Utf8,
            "utf_16" or "utf16" => Codec.Utf16,
            "utf_32" or "utf32" => Codec.Utf32,
            "ascii" or "us_ascii" => Codec.Ascii,
            "latin1" or "latin_1" or "iso_8859_1" or "iso8859_1" => Codec.Latin1,
            _ => Codec.None,
        };
    }

    /// <summary>str.encode(encoding, errors): a new bytes, or null with an exception set.</summary>
    public static PyObject? Encode(PyUnicode s, string encoding, string errors)
    {
        var codec = Lookup(encoding);
        if (codec == Codec.None) return EncodeViaRegistry(s, encoding, errors);
        var b = EncodeBytes(s, codec, errors);
        return b == null ? null : PyBytes.FromBytes(b);
    }

    /// <summary>Encode with a fast-path codec (not None): the bytes, or null with an exception set.</summary>
    public static byte[]? EncodeBytes(PyUnicode s, Codec codec, string errors) => codec switch
    {
        Codec.Utf8 => Utf8Codec.Encode(s, errors),
        Codec.Utf16 => Utf16Utf32Codec.Encode(s, errors, 0, 2),
        Codec.Utf32 => Utf16Utf32Codec.Encode(s, errors, 0, 4),
        Codec.Ascii => Latin1AsciiCodec.Encode(s, errors, 0x80),
        Codec.Latin1 => Latin1AsciiCodec.Encode(s, errors, 0x100),
        _ => throw new ArgumentOutOfRangeException(nameof(codec)),
    };

    static PyObject? EncodeViaRegistry(PyUnicode s, string encoding, string errors)
    {
        var v = CodecRegistry.EncodeText(s, encoding, errors);
        if (v == null || v is PyBytes) return v;
        if (v is PyByteArray)
        {
            if (Warnings.WarnEx(PyExc.RuntimeWarning,
                    $"encoder {encoding} returned bytearray instead of bytes; use codecs.encode() to encode to arbitrary types", 1) < 0)
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
        var codec = Lookup(encoding);
        if (codec != Codec.None) return Decode(data, source, codec, errors);
        var v = CodecRegistry.DecodeText(source, encoding, errors);
        if (v == null || v is PyUnicode) return v;
        Errors.SetString(PyExc.TypeError,
            $"'{encoding}' decoder returned '{v.ob_type.tp_name}' instead of 'str'; use codecs.decode() to decode to arbitrary types");
        Py.DECREF(v);
        return null;
    }

    /// <summary>Decode all of <paramref name="data"/> with a fast-path codec (not None).</summary>
    public static PyObject? Decode(ReadOnlySpan<byte> data, PyObject source, Codec codec, string errors)
    {
        int byteorder = 0;
        return codec switch
        {
            Codec.Utf8 => Utf8Codec.Decode(data, source, errors, true, out _),
            Codec.Utf16 => Utf16Utf32Codec.Decode(data, source, errors, ref byteorder, true, 2, out _),
            Codec.Utf32 => Utf16Utf32Codec.Decode(data, source, errors, ref byteorder, true, 4, out _),
            Codec.Ascii => Latin1AsciiCodec.DecodeAscii(data, source, errors),
            Codec.Latin1 => Latin1AsciiCodec.DecodeLatin1(data),
            _ => throw new ArgumentOutOfRangeException(nameof(codec)),
        };
    }
}
