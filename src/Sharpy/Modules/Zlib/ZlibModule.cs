using System;
using System.Runtime.InteropServices;
using Sharpy.Modules.Binascii;
using Sharpy.Modules.Compression;
using Sharpy.Objects;
using Sharpy.Runtime;
using static Sharpy.Modules.Zlib.ZlibNative;

namespace Sharpy.Modules.Zlib;

/// <summary>
/// The `zlib` module (Modules/zlibmodule.c) over the system's zlib (libz.so.1): one-shot
/// compress/decompress, the Compress and Decompress objects, _ZlibDecompressor (used by
/// gzip), crc32/adler32, the constants and zlib.error.
/// </summary>
[PyModule("zlib", Doc = "Compression and decompression with the zlib library (the format of gzip, zip and PNG).")]
public static unsafe partial class ZlibModule
{
    [PyConstant] const int MAX_WBITS = ZlibNative.MAX_WBITS;
    [PyConstant] const int DEFLATED = ZlibNative.DEFLATED;
    [PyConstant] const int DEF_MEM_LEVEL = ZlibNative.DEF_MEM_LEVEL;
    [PyConstant] internal const int DEF_BUF_SIZE = 16 * 1024;
    /// <summary>
    /// The most a caller's initial output size (decompress's bufsize, flush's length) allocates
    /// up front: it is only a hint, and the output grows past it as needed.
    /// </summary>
    internal const long MaxInitialBufSize = 16 * 1024 * 1024;
    [PyConstant] const int Z_NO_COMPRESSION = 0;
    [PyConstant] const int Z_BEST_SPEED = 1;
    [PyConstant] const int Z_BEST_COMPRESSION = 9;
    [PyConstant] const int Z_DEFAULT_COMPRESSION = ZlibNative.Z_DEFAULT_COMPRESSION;
    [PyConstant] const int Z_FILTERED = 1;
    [PyConstant] const int Z_HUFFMAN_ONLY = 2;
    [PyConstant] const int Z_RLE = 3;
    [PyConstant] const int Z_FIXED = 4;
    [PyConstant] const int Z_DEFAULT_STRATEGY = ZlibNative.Z_DEFAULT_STRATEGY;
    [PyConstant] const int Z_NO_FLUSH = ZlibNative.Z_NO_FLUSH;
    [PyConstant] const int Z_PARTIAL_FLUSH = ZlibNative.Z_PARTIAL_FLUSH;
    [PyConstant] const int Z_SYNC_FLUSH = ZlibNative.Z_SYNC_FLUSH;
    [PyConstant] const int Z_FULL_FLUSH = ZlibNative.Z_FULL_FLUSH;
    [PyConstant] const int Z_FINISH = ZlibNative.Z_FINISH;
    [PyConstant] const int Z_BLOCK = ZlibNative.Z_BLOCK;
    [PyConstant] const int Z_TREES = ZlibNative.Z_TREES;
    [PyConstant("__version__")] const string Version = "1.0";
    /// <summary>There are no headers compiled in: the version built against is the one loaded.</summary>
    [PyConstant("ZLIB_VERSION")] static PyObject ZlibVersion => PyUnicode.FromString(RuntimeVersion);
    [PyConstant("ZLIB_RUNTIME_VERSION")] static PyObject ZlibRuntimeVersion => PyUnicode.FromString(RuntimeVersion);
    [PyConstant("_ZlibDecompressor")] static PyObject ZlibDecompressorType => Py.NewRef(ZlibDecompressor.Type);

    static string RuntimeVersion => Marshal.PtrToStringUTF8((nint)zlibVersion())!;

    static int InitModule(PyModule m)
    {
        var error = Errors.NewException("zlib", "error", PyExc.Exception);
        if (error == null) return -1;
        ModuleState<ZlibState>.Set(Interpreter.Current, new ZlibState(error));
        return m.Add("error", Py.NewRef(error));
    }

    /// <summary>zlib_error: zlib.error("Error N WHILE: zlib's message"); returns null.</summary>
    internal static PyObject? Error(ZStream* zst, int err, string msg)
    {
        string? zmsg = err == Z_VERSION_ERROR ? "library version mismatch" : null;
        if (zmsg == null && zst->msg != null) zmsg = Marshal.PtrToStringUTF8((nint)zst->msg);
        zmsg ??= err switch
        {
            Z_BUF_ERROR => "incomplete or truncated stream",
            Z_STREAM_ERROR => "inconsistent stream state",
            Z_DATA_ERROR => "invalid input data",
            _ => null,
        };
        var error = ZlibState.Get().Error;
        if (zmsg == null) return Errors.SetString(error, $"Error {err} {msg}");
        if (zmsg.Length > 200) zmsg = zmsg[..200];
        return Errors.SetString(error, $"Error {err} {msg}: {zmsg}");
    }

    [PyMethod("compress", TextSignature = "($module, data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS)",
        Doc = "Return the bytes of data compressed (level 0-9 or -1; wbits chooses the window and the container).")]
    static PyObject? Compress(BufferArg data, [Keyword] int level = ZlibNative.Z_DEFAULT_COMPRESSION, [Keyword] int wbits = ZlibNative.MAX_WBITS)
    {
        var output = OutputBuffer.Create();
        if (output == null) return null;
        var zst = AllocStream();
        if (zst == null) return Errors.NoMemory();
        try
        {
            fixed (byte* input = data.Span)
            {
                zst->next_in = input;
                int err = DeflateInit2(zst, level, DEFLATED, wbits, ZlibNative.DEF_MEM_LEVEL, ZlibNative.Z_DEFAULT_STRATEGY);
                switch (err)
                {
                    case Z_OK: break;
                    case Z_MEM_ERROR: return Errors.SetString(PyExc.MemoryError, "Out of memory while compressing data");
                    case Z_STREAM_ERROR: return Errors.SetString(ZlibState.Get().Error, "Bad compression level");
                    default:
                        deflateEnd(zst);
                        return Error(zst, err, "while compressing data");
                }
                zst->avail_in = (uint)data.Length;
                do
                {
                    if (output.Avail == 0 && !output.Grow())
                    {
                        deflateEnd(zst);
                        return null;
                    }
                    zst->next_out = output.Next;
                    zst->avail_out = (uint)output.Avail;
                    using (Gil.AllowThreads()) err = deflate(zst, Z_FINISH);
                    output.SetAvail(zst->avail_out);
                    if (err == Z_STREAM_ERROR)
                    {
                        deflateEnd(zst);
                        return Error(zst, err, "while compressing data");
                    }
                } while (zst->avail_out == 0);
                err = deflateEnd(zst);
                if (err != Z_OK) return Error(zst, err, "while finishing compression");
                return output.Finish();
            }
        }
        finally
        {
            FreeStream(zst);
        }
    }

    [PyMethod("decompress", TextSignature = "($module, data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE)",
        Doc = "Return the bytes data decompresses to (wbits: the window and the container; bufsize: the first output buffer's size).")]
    static PyObject? Decompress(BufferArg data, [Keyword] int wbits = ZlibNative.MAX_WBITS, [Keyword] long bufsize = DEF_BUF_SIZE)
    {
        if (bufsize < 0) return Errors.SetString(PyExc.ValueError, "bufsize must be non-negative");
        if (bufsize == 0) bufsize = 1;
        var output = OutputBuffer.CreateWithSize(Math.Min(bufsize, MaxInitialBufSize));
        if (output == null) return null;
        var zst = AllocStream();
        if (zst == null) return Errors.NoMemory();
        try
        {
            fixed (byte* input = data.Span)
            {
                zst->next_in = input;
                int err = InflateInit2(zst, wbits);
                switch (err)
                {
                    case Z_OK: break;
                    case Z_MEM_ERROR: return Errors.SetString(PyExc.MemoryError, "Out of memory while decompressing data");
                    default:
                        inflateEnd(zst);
                        return Error(zst, err, "while preparing to decompress data");
                }
                zst->avail_in = (uint)data.Length;
                do
                {
                    if (output.Avail == 0 && !output.Grow())
                    {
                        inflateEnd(zst);
                        return null;
                    }
                    zst->next_out = output.Next;
                    zst->avail_out = (uint)output.Avail;
                    using (Gil.AllowThreads()) err = inflate(zst, Z_FINISH);
                    output.SetAvail(zst->avail_out);
                    switch (err)
                    {
                        case Z_OK: case Z_BUF_ERROR: case Z_STREAM_END: break;
                        case Z_MEM_ERROR:
                            inflateEnd(zst);
                            return Errors.SetString(PyExc.MemoryError, "Out of memory while decompressing data");
                        default:
                            inflateEnd(zst);
                            return Error(zst, err, "while decompressing data");
                    }
                } while (zst->avail_out == 0);
                if (err != Z_STREAM_END)
                {
                    inflateEnd(zst);
                    return Error(zst, err, "while decompressing data");
                }
                err = inflateEnd(zst);
                if (err != Z_OK) return Error(zst, err, "while finishing decompression");
                return output.Finish();
            }
        }
        finally
        {
            FreeStream(zst);
        }
    }

    [PyMethod("compressobj", TextSignature = "($module, /, level=Z_DEFAULT_COMPRESSION, method=DEFLATED,\n            wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,\n            strategy=Z_DEFAULT_STRATEGY, zdict=None)",
        Doc = "Return a compressor object (level, method DEFLATED, wbits, memLevel 1-9, strategy, and a preset dictionary zdict).")]
    static PyObject? CompressObj([Keyword] int level = ZlibNative.Z_DEFAULT_COMPRESSION, [Keyword] int method = ZlibNative.DEFLATED,
        [Keyword] int wbits = ZlibNative.MAX_WBITS, [Keyword] int memLevel = ZlibNative.DEF_MEM_LEVEL,
        [Keyword] int strategy = ZlibNative.Z_DEFAULT_STRATEGY, [Keyword] BufferArg? zdict = null)
        => ZlibCompress.Create(level, method, wbits, memLevel, strategy, zdict);

    [PyMethod("decompressobj", TextSignature = "($module, /, wbits=MAX_WBITS, zdict=b'')",
        Doc = "Return a decompressor object (wbits, and zdict: the dictionary the compressor was given).")]
    static PyObject? DecompressObj([Keyword] int wbits = ZlibNative.MAX_WBITS, [Keyword] PyObject? zdict = null)
    {
        if (zdict != null && !PyBuffer.Check(zdict))
            return Errors.SetString(PyExc.TypeError, "zdict argument must support the buffer protocol");
        return ZlibDecompress.Create(wbits, zdict);
    }

    [PyMethod("adler32", TextSignature = "($module, data, value=1, /)", Doc = "Return the Adler-32 checksum of data, continuing from value.")]
    static PyObject? Adler32(BufferArg data, PyObject? value = null)
    {
        uint v = 1;
        if (value != null && !BinasciiModule.BitwiseUInt(value, out v)) return null;
        return PyLong.FromLong(Checksum(data.Span, v, adler: true));
    }

    [PyMethod("crc32", TextSignature = "($module, data, value=0, /)", Doc = "Return the CRC-32 checksum of data, continuing from value.")]
    static PyObject? Crc32(BufferArg data, PyObject? value = null)
    {
        uint v = 0;
        if (value != null && !BinasciiModule.BitwiseUInt(value, out v)) return null;
        return PyLong.FromLong(Checksum(data.Span, v, adler: false));
    }

    static uint Checksum(ReadOnlySpan<byte> data, uint value, bool adler)
    {
        // zlib answers a null buffer with the initial value, not the running one.
        if (data.IsEmpty) return value;
        fixed (byte* p = data)
        {
            // Releasing the GIL costs more than summing a small buffer.
            if (data.Length <= 5 * 1024)
                return (uint)(adler ? adler32(value, p, (uint)data.Length) : crc32(value, p, (uint)data.Length));
            using (Gil.AllowThreads())
                return (uint)(adler ? adler32(value, p, (uint)data.Length) : crc32(value, p, (uint)data.Length));
        }
    }
}

/// <summary>zlib's module state: zlib.error.</summary>
internal sealed class ZlibState(PyType error)
{
    public readonly PyType Error = error;

    public static ZlibState Get() => ModuleState<ZlibState>.Get();
}
