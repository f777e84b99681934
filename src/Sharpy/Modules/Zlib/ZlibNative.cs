using System.Runtime.InteropServices;

namespace Sharpy.Modules.Zlib;

/// <summary>
/// The system zlib (libz.so.1) and its z_stream (LP64 layout). A z_stream lives in native
/// memory: zlib keeps a pointer back to it in its internal state, so it must not move.
/// </summary>
internal static unsafe partial class ZlibNative
{
    const string L = "libz.so.1";

    [StructLayout(LayoutKind.Sequential)]
    public struct ZStream
    {
        public byte* next_in;
        public uint avail_in;
        public nuint total_in;
        public byte* next_out;
        public uint avail_out;
        public nuint total_out;
        public byte* msg;
        public nint state;
        public nint zalloc, zfree, opaque;
        public int data_type;
        public nuint adler, reserved;
    }

    public const int Z_OK = 0, Z_STREAM_END = 1, Z_NEED_DICT = 2, Z_ERRNO = -1, Z_STREAM_ERROR = -2,
        Z_DATA_ERROR = -3, Z_MEM_ERROR = -4, Z_BUF_ERROR = -5, Z_VERSION_ERROR = -6;
    public const int Z_NO_FLUSH = 0, Z_PARTIAL_FLUSH = 1, Z_SYNC_FLUSH = 2, Z_FULL_FLUSH = 3, Z_FINISH = 4,
        Z_BLOCK = 5, Z_TREES = 6;
    public const int MAX_WBITS = 15, DEFLATED = 8, DEF_MEM_LEVEL = 8, Z_DEFAULT_COMPRESSION = -1, Z_DEFAULT_STRATEGY = 0;

    [LibraryImport(L)] public static partial byte* zlibVersion();
    [LibraryImport(L)] public static partial int deflateInit2_(ZStream* strm, int level, int method, int windowBits, int memLevel, int strategy, byte* version, int streamSize);
    [LibraryImport(L)] public static partial int deflate(ZStream* strm, int flush);
    [LibraryImport(L)] public static partial int deflateEnd(ZStream* strm);
    [LibraryImport(L)] public static partial int deflateSetDictionary(ZStream* strm, byte* dictionary, uint dictLength);
    [LibraryImport(L)] public static partial int deflateCopy(ZStream* dest, ZStream* source);
    [LibraryImport(L)] public static partial int inflateInit2_(ZStream* strm, int windowBits, byte* version, int streamSize);
    [LibraryImport(L)] public static partial int inflate(ZStream* strm, int flush);
    [LibraryImport(L)] public static partial int inflateEnd(ZStream* strm);
    [LibraryImport(L)] public static partial int inflateSetDictionary(ZStream* strm, byte* dictionary, uint dictLength);
    [LibraryImport(L)] public static partial int inflateCopy(ZStream* dest, ZStream* source);
    [LibraryImport(L)] public static partial nuint crc32(nuint crc, byte* buf, uint len);
    [LibraryImport(L)] public static partial nuint adler32(nuint adler, byte* buf, uint len);

    /// <summary>A zeroed z_stream in native memory (zalloc/zfree null: zlib's own malloc), or null.</summary>
    public static ZStream* AllocStream() => (ZStream*)NativeMemory.AllocZeroed((nuint)sizeof(ZStream));

    public static void FreeStream(ZStream* s) => NativeMemory.Free(s);

    /// <summary>deflateInit2(): the macro passes the header's version and the struct size.</summary>
    public static int DeflateInit2(ZStream* s, int level, int method, int wbits, int memLevel, int strategy)
        => deflateInit2_(s, level, method, wbits, memLevel, strategy, zlibVersion(), sizeof(ZStream));

    public static int InflateInit2(ZStream* s, int wbits) => inflateInit2_(s, wbits, zlibVersion(), sizeof(ZStream));
}
