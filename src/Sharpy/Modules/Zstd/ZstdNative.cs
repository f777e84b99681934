using System.Runtime.InteropServices;

namespace Sharpy.Modules.Zstd;

/// <summary>
/// The system libzstd (libzstd.so.1): the streaming (de)compression contexts, dictionaries,
/// frame inspection and the dictionary builder (zdict.h), with the LP64 layouts of
/// ZSTD_inBuffer, ZSTD_outBuffer, ZSTD_bounds and ZDICT_params_t.
/// </summary>
internal static unsafe partial class ZstdNative
{
    const string L = "libzstd.so.1";

    [StructLayout(LayoutKind.Sequential)]
    public struct InBuffer
    {
        public byte* src;
        public nuint size, pos;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct OutBuffer
    {
        public byte* dst;
        public nuint size, pos;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct Bounds
    {
        public nuint error;
        public int lowerBound, upperBound;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct ZdictParams
    {
        public int compressionLevel;
        public uint notificationLevel, dictID;
    }

    // ZSTD_EndDirective
    public const int ZSTD_e_continue = 0, ZSTD_e_flush = 1, ZSTD_e_end = 2;
    // ZSTD_ResetDirective
    public const int ZSTD_reset_session_only = 1;
    // ZSTD_cParameter
    public const int ZSTD_c_compressionLevel = 100, ZSTD_c_windowLog = 101, ZSTD_c_hashLog = 102, ZSTD_c_chainLog = 103,
        ZSTD_c_searchLog = 104, ZSTD_c_minMatch = 105, ZSTD_c_targetLength = 106, ZSTD_c_strategy = 107,
        ZSTD_c_enableLongDistanceMatching = 160, ZSTD_c_ldmHashLog = 161, ZSTD_c_ldmMinMatch = 162,
        ZSTD_c_ldmBucketSizeLog = 163, ZSTD_c_ldmHashRateLog = 164,
        ZSTD_c_contentSizeFlag = 200, ZSTD_c_checksumFlag = 201, ZSTD_c_dictIDFlag = 202,
        ZSTD_c_nbWorkers = 400, ZSTD_c_jobSize = 401, ZSTD_c_overlapLog = 402;
    // ZSTD_dParameter
    public const int ZSTD_d_windowLogMax = 100;
    // ZSTD_strategy
    public const int ZSTD_fast = 1, ZSTD_dfast = 2, ZSTD_greedy = 3, ZSTD_lazy = 4, ZSTD_lazy2 = 5,
        ZSTD_btlazy2 = 6, ZSTD_btopt = 7, ZSTD_btultra = 8, ZSTD_btultra2 = 9;

    public const ulong ZSTD_CONTENTSIZE_UNKNOWN = ulong.MaxValue, ZSTD_CONTENTSIZE_ERROR = ulong.MaxValue - 1;

    [LibraryImport(L)] public static partial uint ZSTD_versionNumber();
    [LibraryImport(L)] public static partial byte* ZSTD_versionString();
    [LibraryImport(L)] public static partial int ZSTD_defaultCLevel();
    [LibraryImport(L)] public static partial int ZSTD_minCLevel();
    [LibraryImport(L)] public static partial int ZSTD_maxCLevel();
    [LibraryImport(L)] public static partial nuint ZSTD_DStreamOutSize();
    [LibraryImport(L)] public static partial uint ZSTD_isError(nuint code);
    [LibraryImport(L)] public static partial byte* ZSTD_getErrorName(nuint code);
    [LibraryImport(L)] public static partial nuint ZSTD_compressBound(nuint srcSize);

    [LibraryImport(L)] public static partial Bounds ZSTD_cParam_getBounds(int param);
    [LibraryImport(L)] public static partial Bounds ZSTD_dParam_getBounds(int param);

    [LibraryImport(L)] public static partial nint ZSTD_createCCtx();
    [LibraryImport(L)] public static partial nuint ZSTD_freeCCtx(nint cctx);
    [LibraryImport(L)] public static partial nuint ZSTD_CCtx_setParameter(nint cctx, int param, int value);
    [LibraryImport(L)] public static partial nuint ZSTD_CCtx_reset(nint cctx, int reset);
    [LibraryImport(L)] public static partial nuint ZSTD_CCtx_setPledgedSrcSize(nint cctx, ulong pledgedSrcSize);
    [LibraryImport(L)] public static partial nuint ZSTD_compressStream2(nint cctx, OutBuffer* output, InBuffer* input, int endOp);
    [LibraryImport(L)] public static partial nuint ZSTD_CCtx_loadDictionary(nint cctx, byte* dict, nuint dictSize);
    [LibraryImport(L)] public static partial nuint ZSTD_CCtx_refCDict(nint cctx, nint cdict);
    [LibraryImport(L)] public static partial nuint ZSTD_CCtx_refPrefix(nint cctx, byte* prefix, nuint prefixSize);
    [LibraryImport(L)] public static partial nint ZSTD_createCDict(byte* dictBuffer, nuint dictSize, int compressionLevel);
    [LibraryImport(L)] public static partial nuint ZSTD_freeCDict(nint cdict);

    [LibraryImport(L)] public static partial nint ZSTD_createDCtx();
    [LibraryImport(L)] public static partial nuint ZSTD_freeDCtx(nint dctx);
    [LibraryImport(L)] public static partial nuint ZSTD_DCtx_setParameter(nint dctx, int param, int value);
    [LibraryImport(L)] public static partial nuint ZSTD_DCtx_reset(nint dctx, int reset);
    [LibraryImport(L)] public static partial nuint ZSTD_decompressStream(nint dctx, OutBuffer* output, InBuffer* input);
    [LibraryImport(L)] public static partial nuint ZSTD_DCtx_loadDictionary(nint dctx, byte* dict, nuint dictSize);
    [LibraryImport(L)] public static partial nuint ZSTD_DCtx_refDDict(nint dctx, nint ddict);
    [LibraryImport(L)] public static partial nuint ZSTD_DCtx_refPrefix(nint dctx, byte* prefix, nuint prefixSize);
    [LibraryImport(L)] public static partial nint ZSTD_createDDict(byte* dictBuffer, nuint dictSize);
    [LibraryImport(L)] public static partial nuint ZSTD_freeDDict(nint ddict);

    [LibraryImport(L)] public static partial nuint ZSTD_findFrameCompressedSize(byte* src, nuint srcSize);
    [LibraryImport(L)] public static partial ulong ZSTD_getFrameContentSize(byte* src, nuint srcSize);
    [LibraryImport(L)] public static partial uint ZSTD_getDictID_fromFrame(byte* src, nuint srcSize);
    [LibraryImport(L)] public static partial uint ZSTD_getDictID_fromDict(byte* dict, nuint dictSize);

    [LibraryImport(L)] public static partial nuint ZDICT_trainFromBuffer(byte* dictBuffer, nuint dictBufferCapacity,
        byte* samplesBuffer, nuint* samplesSizes, uint nbSamples);
    [LibraryImport(L)] public static partial nuint ZDICT_finalizeDictionary(byte* dstDictBuffer, nuint maxDictSize,
        byte* dictContent, nuint dictContentSize, byte* samplesBuffer, nuint* samplesSizes, uint nbSamples, ZdictParams parameters);
    [LibraryImport(L)] public static partial uint ZDICT_isError(nuint errorCode);

    public static bool IsError(nuint code) => ZSTD_isError(code) != 0;

    /// <summary>ZSTD_getErrorName as a .NET string (the library's static ASCII text).</summary>
    public static string ErrorName(nuint code) => Marshal.PtrToStringUTF8((nint)ZSTD_getErrorName(code)) ?? "";
}
