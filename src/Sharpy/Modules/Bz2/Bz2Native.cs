using System.Runtime.InteropServices;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Bz2;

/// <summary>
/// The system libbzip2 (libbz2.so.1.0) and its bz_stream (LP64 layout), which lives in
/// native memory because the library's state points back to it.
/// </summary>
internal static unsafe partial class Bz2Native
{
    const string L = "libbz2.so.1.0";

    [StructLayout(LayoutKind.Sequential)]
    public struct BzStream
    {
        public byte* next_in;
        public uint avail_in, total_in_lo32, total_in_hi32;
        public byte* next_out;
        public uint avail_out, total_out_lo32, total_out_hi32;
        public nint state, bzalloc, bzfree, opaque;
    }

    public const int BZ_RUN = 0, BZ_FINISH = 2;
    public const int BZ_OK = 0, BZ_RUN_OK = 1, BZ_FLUSH_OK = 2, BZ_FINISH_OK = 3, BZ_STREAM_END = 4,
        BZ_SEQUENCE_ERROR = -1, BZ_PARAM_ERROR = -2, BZ_MEM_ERROR = -3, BZ_DATA_ERROR = -4,
        BZ_DATA_ERROR_MAGIC = -5, BZ_IO_ERROR = -6, BZ_UNEXPECTED_EOF = -7, BZ_OUTBUFF_FULL = -8, BZ_CONFIG_ERROR = -9;

    [LibraryImport(L)] public static partial int BZ2_bzCompressInit(BzStream* strm, int blockSize100k, int verbosity, int workFactor);
    [LibraryImport(L)] public static partial int BZ2_bzCompress(BzStream* strm, int action);
    [LibraryImport(L)] public static partial int BZ2_bzCompressEnd(BzStream* strm);
    [LibraryImport(L)] public static partial int BZ2_bzDecompressInit(BzStream* strm, int verbosity, int small);
    [LibraryImport(L)] public static partial int BZ2_bzDecompress(BzStream* strm);
    [LibraryImport(L)] public static partial int BZ2_bzDecompressEnd(BzStream* strm);

    public static BzStream* AllocStream() => (BzStream*)NativeMemory.AllocZeroed((nuint)sizeof(BzStream));

    /// <summary>catch_bz2_error: true with the matching Python exception set when <paramref name="bzerror"/> is an error.</summary>
    public static bool CatchError(int bzerror)
    {
        switch (bzerror)
        {
            case BZ_OK: case BZ_RUN_OK: case BZ_FLUSH_OK: case BZ_FINISH_OK: case BZ_STREAM_END:
                return false;
            case BZ_CONFIG_ERROR:
                Errors.SetString(PyExc.SystemError, "libbzip2 was not compiled correctly");
                return true;
            case BZ_PARAM_ERROR:
                Errors.SetString(PyExc.ValueError, "Internal error - invalid parameters passed to libbzip2");
                return true;
            case BZ_MEM_ERROR:
                Errors.NoMemory();
                return true;
            case BZ_DATA_ERROR: case BZ_DATA_ERROR_MAGIC:
                Errors.SetString(PyExc.OSError, "Invalid data stream");
                return true;
            case BZ_IO_ERROR:
                Errors.SetString(PyExc.OSError, "Unknown I/O error");
                return true;
            case BZ_UNEXPECTED_EOF:
                Errors.SetString(PyExc.EOFError, "Compressed file ended before the logical end-of-stream was detected");
                return true;
            case BZ_SEQUENCE_ERROR:
                Errors.SetString(PyExc.RuntimeError, "Internal error - Invalid sequence of commands sent to libbzip2");
                return true;
            default:
                Errors.SetString(PyExc.SystemError, $"Unrecognized error from libbzip2: {bzerror}");
                return true;
        }
    }
}
