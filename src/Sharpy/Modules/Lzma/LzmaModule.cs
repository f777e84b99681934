using System;
using Sharpy.Modules.Compression;
using Sharpy.Objects;
using Sharpy.Runtime;
using static Sharpy.Modules.Lzma.LzmaNative;

namespace Sharpy.Modules.Lzma;

/// <summary>
/// The `_lzma` module (Modules/_lzmamodule.c) over the system liblzma: LZMACompressor,
/// LZMADecompressor, LZMAError, is_check_supported, the filter-properties codecs the zipfile
/// and lzma modules use, and the constants.
/// </summary>
[PyModule("_lzma")]
public static unsafe partial class LzmaModule
{
    [PyConstant] const int FORMAT_AUTO = 0;
    [PyConstant] internal const int FORMAT_XZ = 1;
    [PyConstant] internal const int FORMAT_ALONE = 2;
    [PyConstant] internal const int FORMAT_RAW = 3;
    [PyConstant("CHECK_NONE")] const int CheckNone = LzmaNative.CHECK_NONE;
    [PyConstant("CHECK_CRC32")] const int CheckCrc32 = LzmaNative.CHECK_CRC32;
    [PyConstant("CHECK_CRC64")] const int CheckCrc64 = LzmaNative.CHECK_CRC64;
    [PyConstant("CHECK_SHA256")] const int CheckSha256 = LzmaNative.CHECK_SHA256;
    [PyConstant("CHECK_ID_MAX")] const int CheckIdMax = LzmaNative.CHECK_ID_MAX;
    [PyConstant("CHECK_UNKNOWN")] const int CheckUnknown = LzmaNative.CHECK_UNKNOWN;
    [PyConstant("FILTER_LZMA1")] const long FilterLzma1 = (long)LzmaNative.FILTER_LZMA1;
    [PyConstant("FILTER_LZMA2")] const long FilterLzma2 = (long)LzmaNative.FILTER_LZMA2;
    [PyConstant("FILTER_DELTA")] const long FilterDelta = (long)LzmaNative.FILTER_DELTA;
    [PyConstant("FILTER_X86")] const long FilterX86 = (long)LzmaNative.FILTER_X86;
    [PyConstant("FILTER_IA64")] const long FilterIa64 = (long)LzmaNative.FILTER_IA64;
    [PyConstant("FILTER_ARM")] const long FilterArm = (long)LzmaNative.FILTER_ARM;
    [PyConstant("FILTER_ARMTHUMB")] const long FilterArmThumb = (long)LzmaNative.FILTER_ARMTHUMB;
    [PyConstant("FILTER_SPARC")] const long FilterSparc = (long)LzmaNative.FILTER_SPARC;
    [PyConstant("FILTER_POWERPC")] const long FilterPowerPc = (long)LzmaNative.FILTER_POWERPC;
    [PyConstant] const int MF_HC3 = 0x03;
    [PyConstant] const int MF_HC4 = 0x04;
    [PyConstant] const int MF_BT2 = 0x12;
    [PyConstant] const int MF_BT3 = 0x13;
    [PyConstant] const int MF_BT4 = 0x14;
    [PyConstant] const int MODE_FAST = 1;
    [PyConstant] const int MODE_NORMAL = 2;
    [PyConstant] internal const int PRESET_DEFAULT = 6;
    [PyConstant] const long PRESET_EXTREME = 0x80000000;
    [PyConstant("LZMACompressor")] static PyObject CompressorType => Py.NewRef(LzmaCompressor.Type);
    [PyConstant("LZMADecompressor")] static PyObject DecompressorType => Py.NewRef(LzmaDecompressor.Type);

    static int InitModule(PyModule m)
    {
        var error = Errors.NewException("_lzma", "LZMAError", PyExc.Exception, "Call to liblzma failed.");
        if (error == null) return -1;
        ModuleState<LzmaState>.Set(Interpreter.Current, new LzmaState(error));
        return m.Add("LZMAError", Py.NewRef(error));
    }

    /// <summary>catch_lzma_error: true with LZMAError (or MemoryError) set when <paramref name="ret"/> is an error.</summary>
    internal static bool CatchError(int ret)
    {
        string message;
        switch (ret)
        {
            case LZMA_OK: case LZMA_GET_CHECK: case LZMA_NO_CHECK: case LZMA_STREAM_END:
                return false;
            case LZMA_MEM_ERROR:
                Errors.NoMemory();
                return true;
            case LZMA_UNSUPPORTED_CHECK: message = "Unsupported integrity check"; break;
            case LZMA_MEMLIMIT_ERROR: message = "Memory usage limit exceeded"; break;
            case LZMA_FORMAT_ERROR: message = "Input format not supported by decoder"; break;
            case LZMA_OPTIONS_ERROR: message = "Invalid or unsupported options"; break;
            case LZMA_DATA_ERROR: message = "Corrupt input data"; break;
            case LZMA_BUF_ERROR: message = "Insufficient buffer space"; break;
            case LZMA_PROG_ERROR: message = "Internal error"; break;
            default: message = $"Unrecognized error from liblzma: {ret}"; break;
        }
        Errors.SetString(LzmaState.Get().Error, message);
        return true;
    }

    /// <summary>
    /// The unsigned converters (PyLong_AsUInt32, PyLong_AsUInt64): an int or __index__, not
    /// negative ("Cannot convert negative int"), at most <paramref name="max"/> ("Python int
    /// too large for C <paramref name="cname"/>").
    /// </summary>
    internal static bool ToUnsigned(PyObject o, ulong max, string cname, out ulong value)
    {
        value = 0;
        var index = Abstract.Index(o);
        if (index == null) return false;
        var v = index.ToBigInteger();
        Py.DECREF(index);
        if (v.Sign < 0)
        {
            Errors.SetString(PyExc.ValueError, "Cannot convert negative int");
            return false;
        }
        if (v > max)
        {
            Errors.SetString(PyExc.OverflowError, $"Python int too large for C {cname}");
            return false;
        }
        value = (ulong)v;
        return true;
    }

    [PyMethod("is_check_supported", Doc = "Return whether this liblzma supports the integrity check check_id (CHECK_NONE and CHECK_CRC32 always are).")]
    static bool IsCheckSupported(int check_id) => lzma_check_is_supported(check_id) != 0;

    [PyMethod("_encode_filter_properties", Doc = "Return the encoded properties (options) of the filter given as a specifier dict, without its ID.")]
    static PyObject? EncodeFilterProperties(PyObject filter)
    {
        using var chain = FilterChain.ParseOne(filter);
        if (chain == null) return null;
        uint size;
        if (CatchError(lzma_properties_size(&size, chain.Filters))) return null;
        var props = new byte[size];
        fixed (byte* p = props)
        {
            if (CatchError(lzma_properties_encode(chain.Filters, p))) return null;
        }
        return PyBytes.FromBytes(props);
    }

    [PyMethod("_decode_filter_properties", Doc = "Return the specifier dict of the filter filter_id whose encoded properties are encoded_props.")]
    static PyObject? DecodeFilterProperties(PyObject filter_id, BufferArg encoded_props)
    {
        if (!ToUnsigned(filter_id, ulong.MaxValue, "lzma_vli", out ulong id)) return null;
        LzmaFilter filter = new() { id = id };
        int ret;
        fixed (byte* p = encoded_props.Span) ret = lzma_properties_decode(&filter, 0, p, (nuint)encoded_props.Length);
        if (CatchError(ret)) return null;
        var result = FilterChain.Build(&filter);
        // liblzma allocated the options with malloc (no allocator was given).
        System.Runtime.InteropServices.NativeMemory.Free(filter.options);
        return result;
    }
}

/// <summary>_lzma's module state: LZMAError.</summary>
internal sealed class LzmaState(PyType error)
{
    public readonly PyType Error = error;

    public static LzmaState Get() => ModuleState<LzmaState>.Get();
}
