using System;
using System.Runtime.InteropServices;
using Sharpy.Modules.Compression;
using Sharpy.Objects;
using Sharpy.Runtime;
using static Sharpy.Modules.Zstd.ZstdNative;

namespace Sharpy.Modules.Zstd;

/// <summary>
/// The `_zstd` module (Modules/_zstd/_zstdmodule.c) over the system libzstd: ZstdCompressor,
/// ZstdDecompressor, ZstdDict, ZstdError, the dictionary builder, frame inspection, parameter
/// bounds and the constants compression.zstd reads.
/// </summary>
[PyModule("_zstd", Doc = "Implementation module for Zstandard compression.")]
public static unsafe partial class ZstdModule
{
    [PyConstant("ZstdCompressor")] static PyObject CompressorType => Py.NewRef(ZstdCompressor.Type);
    [PyConstant("ZstdDecompressor")] static PyObject DecompressorType => Py.NewRef(ZstdDecompressor.Type);
    [PyConstant("ZstdDict")] static PyObject DictType => Py.NewRef(ZstdDict.Type);

    [PyConstant("zstd_version_number")] static PyObject VersionNumber => PyLong.FromLong(ZSTD_versionNumber());
    [PyConstant("zstd_version")] static PyObject Version => PyUnicode.FromString(Marshal.PtrToStringUTF8((nint)ZSTD_versionString()) ?? "");
    [PyConstant("ZSTD_CLEVEL_DEFAULT")] static PyObject ClevelDefault => PyLong.FromLong(ZSTD_defaultCLevel());
    [PyConstant("ZSTD_DStreamOutSize")] static PyObject DStreamOutSize => PyLong.FromLong((long)ZSTD_DStreamOutSize());

    [PyConstant("ZSTD_c_compressionLevel")] const int CCompressionLevel = ZstdNative.ZSTD_c_compressionLevel;
    [PyConstant("ZSTD_c_windowLog")] const int CWindowLog = ZstdNative.ZSTD_c_windowLog;
    [PyConstant("ZSTD_c_hashLog")] const int CHashLog = ZstdNative.ZSTD_c_hashLog;
    [PyConstant("ZSTD_c_chainLog")] const int CChainLog = ZstdNative.ZSTD_c_chainLog;
    [PyConstant("ZSTD_c_searchLog")] const int CSearchLog = ZstdNative.ZSTD_c_searchLog;
    [PyConstant("ZSTD_c_minMatch")] const int CMinMatch = ZstdNative.ZSTD_c_minMatch;
    [PyConstant("ZSTD_c_targetLength")] const int CTargetLength = ZstdNative.ZSTD_c_targetLength;
    [PyConstant("ZSTD_c_strategy")] const int CStrategy = ZstdNative.ZSTD_c_strategy;
    [PyConstant("ZSTD_c_enableLongDistanceMatching")] const int CEnableLdm = ZstdNative.ZSTD_c_enableLongDistanceMatching;
    [PyConstant("ZSTD_c_ldmHashLog")] const int CLdmHashLog = ZstdNative.ZSTD_c_ldmHashLog;
    [PyConstant("ZSTD_c_ldmMinMatch")] const int CLdmMinMatch = ZstdNative.ZSTD_c_ldmMinMatch;
    [PyConstant("ZSTD_c_ldmBucketSizeLog")] const int CLdmBucketSizeLog = ZstdNative.ZSTD_c_ldmBucketSizeLog;
    [PyConstant("ZSTD_c_ldmHashRateLog")] const int CLdmHashRateLog = ZstdNative.ZSTD_c_ldmHashRateLog;
    [PyConstant("ZSTD_c_contentSizeFlag")] const int CContentSizeFlag = ZstdNative.ZSTD_c_contentSizeFlag;
    [PyConstant("ZSTD_c_checksumFlag")] const int CChecksumFlag = ZstdNative.ZSTD_c_checksumFlag;
    [PyConstant("ZSTD_c_dictIDFlag")] const int CDictIdFlag = ZstdNative.ZSTD_c_dictIDFlag;
    [PyConstant("ZSTD_c_nbWorkers")] const int CNbWorkers = ZstdNative.ZSTD_c_nbWorkers;
    [PyConstant("ZSTD_c_jobSize")] const int CJobSize = ZstdNative.ZSTD_c_jobSize;
    [PyConstant("ZSTD_c_overlapLog")] const int COverlapLog = ZstdNative.ZSTD_c_overlapLog;
    [PyConstant("ZSTD_d_windowLogMax")] const int DWindowLogMax = ZstdNative.ZSTD_d_windowLogMax;
    [PyConstant("ZSTD_fast")] const int Fast = ZstdNative.ZSTD_fast;
    [PyConstant("ZSTD_dfast")] const int Dfast = ZstdNative.ZSTD_dfast;
    [PyConstant("ZSTD_greedy")] const int Greedy = ZstdNative.ZSTD_greedy;
    [PyConstant("ZSTD_lazy")] const int Lazy = ZstdNative.ZSTD_lazy;
    [PyConstant("ZSTD_lazy2")] const int Lazy2 = ZstdNative.ZSTD_lazy2;
    [PyConstant("ZSTD_btlazy2")] const int Btlazy2 = ZstdNative.ZSTD_btlazy2;
    [PyConstant("ZSTD_btopt")] const int Btopt = ZstdNative.ZSTD_btopt;
    [PyConstant("ZSTD_btultra")] const int Btultra = ZstdNative.ZSTD_btultra;
    [PyConstant("ZSTD_btultra2")] const int Btultra2 = ZstdNative.ZSTD_btultra2;

    static int InitModule(PyModule m)
    {
        var error = Errors.NewException("compression.zstd", "ZstdError", PyExc.Exception, "An error occurred in the zstd library.");
        if (error == null) return -1;
        ModuleState<ZstdState>.Set(Interpreter.Current, new ZstdState(error));
        // ZSTD_EndDirective on the compressor type (CPython sets them, then freezes the type).
        var d = ZstdCompressor.Type.tp_dict;
        d.SetItemStringSteal("CONTINUE", PyLong.FromLong(ZSTD_e_continue));
        d.SetItemStringSteal("FLUSH_BLOCK", PyLong.FromLong(ZSTD_e_flush));
        d.SetItemStringSteal("FLUSH_FRAME", PyLong.FromLong(ZSTD_e_end));
        ZstdCompressor.Type.Modified();
        return m.Add("ZstdError", Py.NewRef(error));
    }

    /// <summary>The operations whose libzstd errors set_zstd_error reports (error_type).</summary>
    internal enum ErrorKind
    {
        Decompress, Compress, SetPledgedInputSize, LoadDDict, LoadCDict,
        GetCBounds, GetDBounds, SetCLevel, TrainDict, FinalizeDict,
    }

    /// <summary>set_zstd_error: ZstdError naming the operation and libzstd's error name; returns null.</summary>
    internal static PyObject? SetError(ErrorKind kind, nuint code)
    {
        string what = kind switch
        {
            ErrorKind.Decompress => "Unable to decompress Zstandard data",
            ErrorKind.Compress => "Unable to compress Zstandard data",
            ErrorKind.SetPledgedInputSize => "Unable to set pledged uncompressed content size",
            ErrorKind.LoadDDict => "Unable to load Zstandard dictionary or prefix for decompression",
            ErrorKind.LoadCDict => "Unable to load Zstandard dictionary or prefix for compression",
            ErrorKind.GetCBounds => "Unable to get zstd compression parameter bounds",
            ErrorKind.GetDBounds => "Unable to get zstd decompression parameter bounds",
            ErrorKind.SetCLevel => "Unable to set zstd compression level",
            ErrorKind.TrainDict => "Unable to train the Zstandard dictionary",
            _ => "Unable to finalize the Zstandard dictionary",
        };
        return Errors.SetString(ZstdState.Get().Error, $"{what}: {ErrorName(code)}");
    }

    /// <summary>ZstdError with <paramref name="message"/>; returns null.</summary>
    internal static PyObject? SetError(string message) => Errors.SetString(ZstdState.Get().Error, message);

    static string? CompressionParameterName(int key) => key switch
    {
        ZstdNative.ZSTD_c_compressionLevel => "compression_level",
        ZstdNative.ZSTD_c_windowLog => "window_log",
        ZstdNative.ZSTD_c_hashLog => "hash_log",
        ZstdNative.ZSTD_c_chainLog => "chain_log",
        ZstdNative.ZSTD_c_searchLog => "search_log",
        ZstdNative.ZSTD_c_minMatch => "min_match",
        ZstdNative.ZSTD_c_targetLength => "target_length",
        ZstdNative.ZSTD_c_strategy => "strategy",
        ZstdNative.ZSTD_c_enableLongDistanceMatching => "enable_long_distance_matching",
        ZstdNative.ZSTD_c_ldmHashLog => "ldm_hash_log",
        ZstdNative.ZSTD_c_ldmMinMatch => "ldm_min_match",
        ZstdNative.ZSTD_c_ldmBucketSizeLog => "ldm_bucket_size_log",
        ZstdNative.ZSTD_c_ldmHashRateLog => "ldm_hash_rate_log",
        ZstdNative.ZSTD_c_contentSizeFlag => "content_size_flag",
        ZstdNative.ZSTD_c_checksumFlag => "checksum_flag",
        ZstdNative.ZSTD_c_dictIDFlag => "dict_id_flag",
        ZstdNative.ZSTD_c_nbWorkers => "nb_workers",
        ZstdNative.ZSTD_c_jobSize => "job_size",
        ZstdNative.ZSTD_c_overlapLog => "overlap_log",
        _ => null,
    };

    /// <summary>set_parameter_error: ValueError naming the parameter and its bounds, after libzstd refused a value.</summary>
    internal static void SetParameterError(bool isCompress, int key, int value)
    {
        string type = isCompress ? "compression" : "decompression";
        string name = (isCompress ? CompressionParameterName(key) : key == ZstdNative.ZSTD_d_windowLogMax ? "window_log_max" : null)
            ?? $"unknown parameter (key {key})";
        var bounds = isCompress ? ZSTD_cParam_getBounds(key) : ZSTD_dParam_getBounds(key);
        if (IsError(bounds.error))
        {
            Errors.SetString(PyExc.ValueError, $"invalid {type} parameter '{name}'");
            return;
        }
        Errors.SetString(PyExc.ValueError,
            $"{type} parameter '{name}' received an illegal value {value}; the valid range is [{bounds.lowerBound}, {bounds.upperBound}]");
    }

    /// <summary>
    /// _Py_parse_zstd_dict: a ZstdDict, or a (ZstdDict, DICT_TYPE_*) tuple as its as_* attributes
    /// give, which sets <paramref name="type"/>; null with TypeError otherwise.
    /// </summary>
    internal static ZstdDict? ParseDict(PyObject dict, ref int type)
    {
        if (dict is ZstdDict zd) return zd;
        if (dict.ob_type == PyTuple.Type && dict is PyTuple t && t.Count == 2 && t.Items[0] is ZstdDict zd2 && t.Items[1] is PyLong)
        {
            if (!ArgParse.ToInt(t.Items[1], out int v)) return null;
            if (v == ZstdDict.DigestedType || v == ZstdDict.UndigestedType || v == ZstdDict.PrefixType)
            {
                type = v;
                return zd2;
            }
        }
        Errors.SetString(PyExc.TypeError, "zstd_dict argument should be a ZstdDict object.");
        return null;
    }

    /// <summary>
    /// The options dict of the (de)compressor: each key and value as a C int, the key not of the
    /// other direction's parameter enum; <paramref name="set"/> applies each pair (false with an
    /// exception set on error).
    /// </summary>
    internal static bool ForEachOption(PyObject options, bool isCompress, Func<int, int, bool> set)
    {
        string typeName = isCompress ? "ZstdCompressor" : "ZstdDecompressor";
        if (options is not PyDict dict)
        {
            Errors.SetString(PyExc.TypeError, $"{typeName}() argument 'options' must be dict, not {options.ob_type.tp_name}");
            return false;
        }
        var state = ZstdState.Get();
        var other = isCompress ? state.DParameterType : state.CParameterType;
        int pos = 0;
        while (dict.Next(ref pos, out var key, out var value))
        {
            if (other != null && key.ob_type == other)
            {
                Errors.SetString(PyExc.TypeError, isCompress
                    ? "compression options dictionary key must not be a DecompressionParameter attribute"
                    : "compression options dictionary key must not be a CompressionParameter attribute");
                return false;
            }
            Py.INCREF(key);
            Py.INCREF(value);
            bool ok = ArgParse.ToInt(key, out int k);
            Py.DECREF(key);
            if (!ok) { Py.DECREF(value); return false; }
            ok = ArgParse.ToInt(value, out int v);
            Py.DECREF(value);
            if (!ok || !set(k, v)) return false;
        }
        return true;
    }

    /// <summary>
    /// calculate_samples_stats: the sizes in <paramref name="samplesSizes"/> (each a size_t) must
    /// add up to the length of <paramref name="samples"/>; null with an exception set otherwise.
    /// </summary>
    static nuint[]? SampleSizes(PyBytes samples, PyTuple samplesSizes)
    {
        var items = samplesSizes.Items;
        var sizes = new nuint[items.Length];
        ulong left = (ulong)samples.AsSpan().Length;
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] is not PyLong l)
            {
                Errors.SetString(PyExc.TypeError, "an integer is required");
                return null;
            }
            var v = l.ToBigInteger();
            if (v.Sign < 0 || v > left) goto sumError;
            sizes[i] = (nuint)(ulong)v;
            left -= (ulong)v;
        }
        if (left == 0) return sizes;
    sumError:
        Errors.SetString(PyExc.ValueError, "The samples size tuple doesn't match the concatenation's size.");
        return null;
    }

    /// <summary>A dict_size bytes buffer for the dictionary builder; null with MemoryError set.</summary>
    static byte[]? DictBuffer(long dictSize)
    {
        if (dictSize > Array.MaxLength) { Errors.NoMemory(); return null; }
        try
        {
            return GC.AllocateUninitializedArray<byte>((int)dictSize);
        }
        catch (OutOfMemoryException)
        {
            Errors.NoMemory();
            return null;
        }
    }

    static PyObject DictResult(byte[] buffer, nuint size)
        => (long)size == buffer.Length ? PyBytes.FromBytes(buffer) : PyBytes.FromSpan(buffer.AsSpan(0, (int)size));

    [PyMethod("train_dict", TextSignature = "($module, samples_bytes, samples_sizes, dict_size, /)",
        Doc = "Train a Zstandard dictionary on sample data.\n\n  samples_bytes\n    Concatenation of samples.\n  samples_sizes\n    Tuple of samples' sizes.\n  dict_size\n    The size of the dictionary.")]
    static PyObject? TrainDict(PyBytes samples_bytes, PyTuple samples_sizes, long dict_size)
    {
        if (dict_size <= 0) return Errors.SetString(PyExc.ValueError, "dict_size argument should be positive number.");
        if ((ulong)samples_sizes.Count > uint.MaxValue)
            return Errors.SetString(PyExc.ValueError, $"The number of samples should be <= {uint.MaxValue}.");
        var sizes = SampleSizes(samples_bytes, samples_sizes);
        if (sizes == null) return null;
        var buffer = DictBuffer(dict_size);
        if (buffer == null) return null;
        nuint ret;
        fixed (byte* dst = buffer)
        fixed (byte* src = samples_bytes.AsSpan())
        fixed (nuint* ps = sizes)
        {
            using (Gil.AllowThreads())
                ret = ZDICT_trainFromBuffer(dst, (nuint)dict_size, src, ps, (uint)sizes.Length);
        }
        if (ZDICT_isError(ret) != 0) return SetError(ErrorKind.TrainDict, ret);
        return DictResult(buffer, ret);
    }

    [PyMethod("finalize_dict", TextSignature = "($module, custom_dict_bytes, samples_bytes, samples_sizes,\n              dict_size, compression_level, /)",
        Doc = "Finalize a Zstandard dictionary.\n\n  custom_dict_bytes\n    Custom dictionary content.\n  samples_bytes\n    Concatenation of samples.\n  samples_sizes\n    Tuple of samples' sizes.\n  dict_size\n    The size of the dictionary.\n  compression_level\n    Optimize for a specific Zstandard compression level, 0 means default.")]
    static PyObject? FinalizeDict(PyBytes custom_dict_bytes, PyBytes samples_bytes, PyTuple samples_sizes, long dict_size, int compression_level)
    {
        if (dict_size <= 0) return Errors.SetString(PyExc.ValueError, "dict_size argument should be positive number.");
        if ((ulong)samples_sizes.Count > uint.MaxValue)
            return Errors.SetString(PyExc.ValueError, $"The number of samples should be <= {uint.MaxValue}.");
        var sizes = SampleSizes(samples_bytes, samples_sizes);
        if (sizes == null) return null;
        var buffer = DictBuffer(dict_size);
        if (buffer == null) return null;
        var custom = custom_dict_bytes.AsSpan();
        var parameters = new ZdictParams { compressionLevel = compression_level, notificationLevel = 0, dictID = 0 };
        nuint ret;
        byte dummy = 0;
        fixed (byte* dst = buffer)
        fixed (byte* pc = custom)
        fixed (byte* src = samples_bytes.AsSpan())
        fixed (nuint* ps = sizes)
        {
            using (Gil.AllowThreads())
                ret = ZDICT_finalizeDictionary(dst, (nuint)dict_size, pc == null ? &dummy : pc, (nuint)custom.Length,
                    src == null ? &dummy : src, ps, (uint)sizes.Length, parameters);
        }
        if (ZDICT_isError(ret) != 0) return SetError(ErrorKind.FinalizeDict, ret);
        return DictResult(buffer, ret);
    }

    [PyMethod("get_param_bounds", TextSignature = "($module, /, parameter, is_compress)",
        Doc = "Get CompressionParameter/DecompressionParameter bounds.\n\n  parameter\n    The parameter to get bounds.\n  is_compress\n    True for CompressionParameter, False for DecompressionParameter.")]
    static PyObject? GetParamBounds([Keyword] int parameter, [Keyword] bool is_compress)
    {
        var bounds = is_compress ? ZSTD_cParam_getBounds(parameter) : ZSTD_dParam_getBounds(parameter);
        if (IsError(bounds.error)) return SetError(is_compress ? ErrorKind.GetCBounds : ErrorKind.GetDBounds, bounds.error);
        return PyTuple.FromStolen([PyLong.FromLong(bounds.lowerBound), PyLong.FromLong(bounds.upperBound)]);
    }

    [PyMethod("get_frame_size", TextSignature = "($module, /, frame_buffer)",
        Doc = "Get the size of a Zstandard frame, including the header and optional checksum.\n\n  frame_buffer\n    A bytes-like object, it should start from the beginning of a frame,\n    and contains at least one complete frame.")]
    static PyObject? GetFrameSize([Keyword] BufferArg frame_buffer)
    {
        var span = frame_buffer.Span;
        nuint size;
        byte dummy = 0;
        fixed (byte* p = span) size = ZSTD_findFrameCompressedSize(p == null ? &dummy : p, (nuint)span.Length);
        if (IsError(size))
            return SetError("Error when finding the compressed size of a Zstandard frame. Ensure the frame_buffer argument starts from the "
                + "beginning of a frame, and its length is not less than this complete frame. Zstd error message: " + ErrorName(size) + ".");
        return PyLong.FromLong((long)size);
    }

    [PyMethod("get_frame_info", TextSignature = "($module, /, frame_buffer)",
        Doc = "Get Zstandard frame infomation from a frame header.\n\n  frame_buffer\n    A bytes-like object, containing the header of a Zstandard frame.")]
    static PyObject? GetFrameInfo([Keyword] BufferArg frame_buffer)
    {
        var span = frame_buffer.Span;
        ulong contentSize;
        uint dictId;
        byte dummy = 0;
        fixed (byte* p0 = span)
        {
            byte* p = p0 == null ? &dummy : p0;
            contentSize = ZSTD_getFrameContentSize(p, (nuint)span.Length);
            if (contentSize == ZSTD_CONTENTSIZE_ERROR)
                return SetError("Error when getting information from the header of a Zstandard frame. Ensure the frame_buffer argument "
                    + "starts from the beginning of a frame, and its length is not less than the frame header (6~18 bytes).");
            dictId = ZSTD_getDictID_fromFrame(p, (nuint)span.Length);
        }
        PyObject size = contentSize == ZSTD_CONTENTSIZE_UNKNOWN ? Py.None : PyLong.FromBigInteger(contentSize);
        return PyTuple.FromStolen([size, PyLong.FromLong(dictId)]);
    }

    [PyMethod("set_parameter_types", TextSignature = "($module, /, c_parameter_type, d_parameter_type)",
        Doc = "Set CompressionParameter and DecompressionParameter types for validity check.\n\n  c_parameter_type\n    CompressionParameter IntEnum type object\n  d_parameter_type\n    DecompressionParameter IntEnum type object")]
    static void SetParameterTypes([Keyword] PyType c_parameter_type, [Keyword] PyType d_parameter_type)
    {
        var state = ZstdState.Get();
        Py.SETREF(ref state.CParameterType, Py.NewRef(c_parameter_type));
        Py.SETREF(ref state.DParameterType, Py.NewRef(d_parameter_type));
    }
}

/// <summary>_zstd's module state: ZstdError and the parameter enum types compression.zstd registers.</summary>
internal sealed class ZstdState(PyType error)
{
    public readonly PyType Error = error;
    public PyType? CParameterType, DParameterType;

    public static ZstdState Get() => ModuleState<ZstdState>.Get();
}
