using System.Runtime.InteropServices;

namespace Sharpy.Modules.Lzma;

/// <summary>
/// The system liblzma (liblzma.so.5) and the structs it takes (LP64 layouts). An lzma_stream
/// lives in native memory (the library's state points back to it); the filter options are
/// allocated zeroed at their full sizes, with the reserved fields liblzma requires to be zero.
/// </summary>
internal static unsafe partial class LzmaNative
{
    const string L = "liblzma.so.5";

    [StructLayout(LayoutKind.Sequential)]
    public struct LzmaStream
    {
        public byte* next_in;
        public nuint avail_in;
        public ulong total_in;
        public byte* next_out;
        public nuint avail_out;
        public ulong total_out;
        public nint allocator, @internal;
        nint _reservedPtr1, _reservedPtr2, _reservedPtr3, _reservedPtr4;
        ulong _seekPos, _reservedInt2;
        nuint _reservedInt3, _reservedInt4;
        int _reservedEnum1, _reservedEnum2;
    }

    /// <summary>lzma_filter: a filter ID and its options.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct LzmaFilter
    {
        public ulong id;
        public void* options;
    }

    /// <summary>lzma_options_lzma (112 bytes); the fields past depth are reserved.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct OptionsLzma
    {
        public uint dict_size;
        public byte* preset_dict;
        public uint preset_dict_size, lc, lp, pb, mode, nice_len, mf, depth;
        fixed byte _reserved[64];
    }

    /// <summary>lzma_options_delta: type (0, bytes) and dist, then reserved fields.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct OptionsDelta
    {
        public int type;
        public uint dist;
        fixed byte _reserved[32];
    }

    /// <summary>lzma_options_bcj.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct OptionsBcj
    {
        public uint start_offset;
    }

    public const int LZMA_OK = 0, LZMA_STREAM_END = 1, LZMA_NO_CHECK = 2, LZMA_UNSUPPORTED_CHECK = 3,
        LZMA_GET_CHECK = 4, LZMA_MEM_ERROR = 5, LZMA_MEMLIMIT_ERROR = 6, LZMA_FORMAT_ERROR = 7,
        LZMA_OPTIONS_ERROR = 8, LZMA_DATA_ERROR = 9, LZMA_BUF_ERROR = 10, LZMA_PROG_ERROR = 11;
    public const int LZMA_RUN = 0, LZMA_FINISH = 3;
    public const uint LZMA_TELL_NO_CHECK = 0x01, LZMA_TELL_ANY_CHECK = 0x04;
    public const ulong LZMA_VLI_UNKNOWN = ulong.MaxValue;
    public const int LZMA_FILTERS_MAX = 4;
    public const ulong FILTER_LZMA1 = 0x4000000000000001, FILTER_LZMA2 = 0x21, FILTER_DELTA = 0x03,
        FILTER_X86 = 0x04, FILTER_POWERPC = 0x05, FILTER_IA64 = 0x06, FILTER_ARM = 0x07, FILTER_ARMTHUMB = 0x08, FILTER_SPARC = 0x09;
    public const int CHECK_NONE = 0, CHECK_CRC32 = 1, CHECK_CRC64 = 4, CHECK_SHA256 = 10, CHECK_ID_MAX = 15, CHECK_UNKNOWN = 16;

    [LibraryImport(L)] public static partial int lzma_code(LzmaStream* strm, int action);
    [LibraryImport(L)] public static partial void lzma_end(LzmaStream* strm);
    [LibraryImport(L)] public static partial int lzma_get_check(LzmaStream* strm);
    [LibraryImport(L)] public static partial byte lzma_check_is_supported(int check);
    [LibraryImport(L)] public static partial byte lzma_lzma_preset(OptionsLzma* options, uint preset);
    [LibraryImport(L)] public static partial int lzma_easy_encoder(LzmaStream* strm, uint preset, int check);
    [LibraryImport(L)] public static partial int lzma_stream_encoder(LzmaStream* strm, LzmaFilter* filters, int check);
    [LibraryImport(L)] public static partial int lzma_alone_encoder(LzmaStream* strm, OptionsLzma* options);
    [LibraryImport(L)] public static partial int lzma_raw_encoder(LzmaStream* strm, LzmaFilter* filters);
    [LibraryImport(L)] public static partial int lzma_auto_decoder(LzmaStream* strm, ulong memlimit, uint flags);
    [LibraryImport(L)] public static partial int lzma_stream_decoder(LzmaStream* strm, ulong memlimit, uint flags);
    [LibraryImport(L)] public static partial int lzma_alone_decoder(LzmaStream* strm, ulong memlimit);
    [LibraryImport(L)] public static partial int lzma_raw_decoder(LzmaStream* strm, LzmaFilter* filters);
    [LibraryImport(L)] public static partial int lzma_properties_size(uint* size, LzmaFilter* filter);
    [LibraryImport(L)] public static partial int lzma_properties_encode(LzmaFilter* filter, byte* props);
    [LibraryImport(L)] public static partial int lzma_properties_decode(LzmaFilter* filter, nint allocator, byte* props, nuint propsSize);

    /// <summary>A zeroed lzma_stream (LZMA_STREAM_INIT) in native memory, or null.</summary>
    public static LzmaStream* AllocStream() => (LzmaStream*)NativeMemory.AllocZeroed((nuint)sizeof(LzmaStream));
}
