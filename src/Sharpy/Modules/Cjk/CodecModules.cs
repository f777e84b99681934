using System;
using System.Collections.Generic;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Cjk;

/// <summary>
/// The codec engines by name (CPython's codec lists of Modules/cjkcodecs/_codecs_*.c), made on
/// first use and shared: they hold only their tables, which never change.
/// </summary>
internal static class CjkCodecs
{
    static readonly Dictionary<string, CjkCodec> s_codecs = new(StringComparer.Ordinal);

    /// <summary>getcodec: a new MultibyteCodec for one of <paramref name="names"/>.</summary>
    public static PyObject? GetCodec(PyObject encoding, string[] names)
    {
        if (encoding is not PyUnicode u) return Errors.SetString(PyExc.TypeError, "encoding name must be a string.");
        string name = u.ToString();
        if (Array.IndexOf(names, name) < 0) return Errors.SetString(PyExc.LookupError, "no such codec is supported.");
        CjkCodec codec;
        lock (s_codecs)
        {
            if (!s_codecs.TryGetValue(name, out codec!))
                s_codecs[name] = codec = name switch
                {
                    "hz" => new HzCodec(),
                    _ when name.StartsWith("iso2022_", StringComparison.Ordinal) => new Iso2022Codec(name),
                    _ => new TableCodec(name),
                };
        }
        return MultibyteCodecObject.Create(codec);
    }
}

/// <summary>`_codecs_jp`: the Japanese codecs.</summary>
[PyModule("_codecs_jp")]
public static partial class CodecsJpModule
{
    [PyMethod("getcodec")]
    static PyObject? GetCodec(PyObject module, PyObject encoding) => CjkCodecs.GetCodec(encoding,
        ["shift_jis", "cp932", "euc_jp", "shift_jis_2004", "shift_jisx0213", "euc_jis_2004", "euc_jisx0213"]);
}

/// <summary>`_codecs_cn`: the Mainland Chinese codecs.</summary>
[PyModule("_codecs_cn")]
public static partial class CodecsCnModule
{
    [PyMethod("getcodec")]
    static PyObject? GetCodec(PyObject module, PyObject encoding) => CjkCodecs.GetCodec(encoding, ["gb2312", "gbk", "gb18030", "hz"]);
}

/// <summary>`_codecs_kr`: the Korean codecs.</summary>
[PyModule("_codecs_kr")]
public static partial class CodecsKrModule
{
    [PyMethod("getcodec")]
    static PyObject? GetCodec(PyObject module, PyObject encoding) => CjkCodecs.GetCodec(encoding, ["euc_kr", "cp949", "johab"]);
}

/// <summary>`_codecs_tw`: the Taiwanese codecs.</summary>
[PyModule("_codecs_tw")]
public static partial class CodecsTwModule
{
    [PyMethod("getcodec")]
    static PyObject? GetCodec(PyObject module, PyObject encoding) => CjkCodecs.GetCodec(encoding, ["big5", "cp950"]);
}

/// <summary>`_codecs_hk`: Big5-HKSCS.</summary>
[PyModule("_codecs_hk")]
public static partial class CodecsHkModule
{
    [PyMethod("getcodec")]
    static PyObject? GetCodec(PyObject module, PyObject encoding) => CjkCodecs.GetCodec(encoding, ["big5hkscs"]);
}

/// <summary>`_codecs_iso2022`: the ISO-2022 codecs.</summary>
[PyModule("_codecs_iso2022")]
public static partial class CodecsIso2022Module
{
    [PyMethod("getcodec")]
    static PyObject? GetCodec(PyObject module, PyObject encoding) => CjkCodecs.GetCodec(encoding,
        ["iso2022_kr", "iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_2004", "iso2022_jp_3", "iso2022_jp_ext"]);
}
