using System;
using System.Runtime.InteropServices;
using Sharpy.Modules.Compression;
using Sharpy.Objects;
using Sharpy.Runtime;
using static Sharpy.Modules.Zlib.ZlibNative;

namespace Sharpy.Modules.Zlib;

/// <summary>
/// `zlib._ZlibDecompressor` (gzip's decompressor): the interface of bz2's and lzma's
/// decompressors (<see cref="StreamDecompressor"/>) over inflate.
/// </summary>
[PyType("zlib._ZlibDecompressor")]
public sealed unsafe partial class ZlibDecompressor : StreamDecompressor
{
    ZStream* _zst;
    bool _isInitialised;
    PyObject? _zdict;

    ZlibDecompressor(PyType type, ZStream* zst) : base(type) => _zst = zst;

    protected internal override void ReleaseReferences()
    {
        if (_zst != null)
        {
            if (_isInitialised) inflateEnd(_zst);
            FreeStream(_zst);
            _zst = null;
        }
        Py.CLEAR(ref _zdict);
        base.ReleaseReferences();
    }

    static readonly ArgParse.Parser NewParser = new("_ZlibDecompressor", 0, ["wbits", "zdict"], 0, 2, 0);

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgParse.UnpackKeywords(args, kwnames, NewParser, a)) return null;
        int wbits = ZlibNative.MAX_WBITS;
        if (a[0] != null && !ArgParse.ToInt(a[0]!, out wbits)) return null;
        var zst = AllocStream();
        if (zst == null) return Errors.NoMemory();
        var self = new ZlibDecompressor(type, zst) { _zdict = Py.XNewRef(a[1]) };
        int err = InflateInit2(zst, wbits);
        switch (err)
        {
            case Z_OK:
                self._isInitialised = true;
                if (self._zdict != null && wbits < 0 && ZlibDecompress.SetDictionary(zst, self._zdict) < 0)
                {
                    Py.DECREF(self);
                    return null;
                }
                return self;
            case Z_STREAM_ERROR:
                Py.DECREF(self);
                return Errors.SetString(PyExc.ValueError, "Invalid initialization option");
            case Z_MEM_ERROR:
                Py.DECREF(self);
                return Errors.SetString(PyExc.MemoryError, "Can't allocate memory for decompression object");
            default:
                ZlibModule.Error(zst, err, "while creating decompression object");
                Py.DECREF(self);
                return null;
        }
    }

    [PyMethod("decompress", TextSignature = "($self, /, data, max_length=-1)",
        Doc = "Decompress data and return at most max_length bytes (all when negative). Data after the end of the stream goes to unused_data.")]
    static PyObject? DecompressMethod(ZlibDecompressor self, [Keyword] BufferArg data, [Keyword("max_length")] long max_length = -1)
        => Decompress(self, data.Span, max_length);

    /// <summary>decompress_buf: inflate <paramref name="length"/> bytes at <paramref name="input"/>; <paramref name="left"/> is what was not read.</summary>
    protected override PyBytes? Run(byte* input, nint length, long maxLength, out nint left, out bool outputFull)
    {
        left = length;
        outputFull = false;
        var output = OutputBuffer.Create(maxLength < 0 || maxLength == long.MaxValue ? -1 : maxLength);
        if (output == null) return null;
        var zst = _zst;
        zst->next_in = input;
        zst->avail_in = (uint)length;
        int err = Z_OK;
        do
        {
            if (output.Avail == 0)
            {
                if (output.Full) break;
                if (!output.Grow()) return null;
            }
            zst->next_out = output.Next;
            zst->avail_out = (uint)output.Avail;
            using (Gil.AllowThreads()) err = inflate(zst, Z_SYNC_FLUSH);
            output.SetAvail(zst->avail_out);
            if (err == Z_NEED_DICT) break;
        } while (zst->avail_out == 0 && err != Z_STREAM_END);
        left = (nint)zst->avail_in;
        zst->next_in = null;
        if (err == Z_STREAM_END)
        {
            Eof = true;
            _isInitialised = false;
            err = inflateEnd(zst);
            if (err != Z_OK) { ZlibModule.Error(zst, err, "while finishing decompression"); return null; }
        }
        else if (err != Z_OK && err != Z_BUF_ERROR)
        {
            ZlibModule.Error(zst, err, "while decompressing data");
            return null;
        }
        return output.Finish();
    }

    [PyGetter("eof", Doc = EofDoc)] static PyObject? EofGetter(ZlibDecompressor self) => GetEof(self);
    [PyGetter("unused_data", Doc = UnusedDataDoc)] static PyObject? UnusedDataGetter(ZlibDecompressor self) => GetUnusedData(self);
    [PyGetter("needs_input", Doc = NeedsInputDoc)] static PyObject? NeedsInputGetter(ZlibDecompressor self) => GetNeedsInput(self);
}
