using System;
using Sharpy.Modules.Compression;
using Sharpy.Objects;
using Sharpy.Runtime;
using static Sharpy.Modules.Lzma.LzmaNative;

namespace Sharpy.Modules.Lzma;

/// <summary>`_lzma.LZMADecompressor`: one .xz, .lzma or raw stream, decompressed incrementally (<see cref="StreamDecompressor"/>).</summary>
[PyType("_lzma.LZMADecompressor", Doc = "Create a decompressor object for decompressing data incrementally (format FORMAT_AUTO, FORMAT_XZ, FORMAT_ALONE or FORMAT_RAW; memlimit; filters for FORMAT_RAW).")]
public sealed unsafe partial class LzmaDecompressor : StreamDecompressor
{
    LzmaStream* _lzs;
    /// <summary>The stream's integrity check, once the decoder has read it.</summary>
    int _check = CHECK_UNKNOWN;

    LzmaDecompressor(PyType type, LzmaStream* lzs) : base(type) => _lzs = lzs;

    protected internal override void ReleaseReferences()
    {
        if (_lzs != null)
        {
            lzma_end(_lzs);
            System.Runtime.InteropServices.NativeMemory.Free(_lzs);
            _lzs = null;
        }
        base.ReleaseReferences();
    }

    protected override string EofMessage => "Already at end of stream";

    static readonly ArgParse.Parser NewParser = new("LZMADecompressor", 0, ["format", "memlimit", "filters"], 0, 3, 0);

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = new PyObject?[3];
        if (!ArgParse.UnpackKeywords(args, kwnames, NewParser, a)) return null;
        int format = 0;
        if (a[0] != null && !ArgParse.ToInt(a[0]!, out format)) return null;
        var memlimitObj = a[1] ?? Py.None;
        var filters = a[2] ?? Py.None;
        ulong memlimit = ulong.MaxValue;
        if (memlimitObj != Py.None)
        {
            if (format == LzmaModule.FORMAT_RAW) return Errors.SetString(PyExc.ValueError, "Cannot specify memory limit with FORMAT_RAW");
            if (!LzmaModule.ToUnsigned(memlimitObj, ulong.MaxValue, "uint64_t", out memlimit)) return null;
        }
        if (format == LzmaModule.FORMAT_RAW && filters == Py.None)
            return Errors.SetString(PyExc.ValueError, "Must specify filters for FORMAT_RAW");
        if (format != LzmaModule.FORMAT_RAW && filters != Py.None)
            return Errors.SetString(PyExc.ValueError, "Cannot specify filters except with FORMAT_RAW");
        var lzs = AllocStream();
        if (lzs == null) return Errors.NoMemory();
        var self = new LzmaDecompressor(type, lzs);
        const uint flags = LZMA_TELL_ANY_CHECK | LZMA_TELL_NO_CHECK;
        bool failed;
        switch (format)
        {
            case 0:
                failed = LzmaModule.CatchError(lzma_auto_decoder(lzs, memlimit, flags));
                break;
            case LzmaModule.FORMAT_XZ:
                failed = LzmaModule.CatchError(lzma_stream_decoder(lzs, memlimit, flags));
                break;
            case LzmaModule.FORMAT_ALONE:
                self._check = CHECK_NONE;
                failed = LzmaModule.CatchError(lzma_alone_decoder(lzs, memlimit));
                break;
            case LzmaModule.FORMAT_RAW:
            {
                self._check = CHECK_NONE;
                using var chain = FilterChain.Parse(filters);
                failed = chain == null || LzmaModule.CatchError(lzma_raw_decoder(lzs, chain.Filters));
                break;
            }
            default:
                Errors.SetString(PyExc.ValueError, $"Invalid container format: {format}");
                failed = true;
                break;
        }
        if (!failed) return self;
        Py.DECREF(self);
        return null;
    }

    protected override PyBytes? Run(byte* input, nint length, long maxLength, out nint left, out bool outputFull)
    {
        left = length;
        outputFull = false;
        var output = OutputBuffer.Create(maxLength < 0 ? -1 : maxLength);
        if (output == null) return null;
        var lzs = _lzs;
        lzs->next_in = input;
        lzs->avail_in = (nuint)length;
        while (true)
        {
            lzs->next_out = output.Next;
            lzs->avail_out = (nuint)output.Avail;
            int ret;
            using (Gil.AllowThreads()) ret = lzma_code(lzs, LZMA_RUN);
            output.SetAvail((long)lzs->avail_out);
            // No progress possible with nothing to read is not an error.
            if (ret == LZMA_BUF_ERROR && lzs->avail_in == 0 && lzs->avail_out > 0) ret = LZMA_OK;
            if (LzmaModule.CatchError(ret)) { lzs->next_in = null; return null; }
            if (ret == LZMA_GET_CHECK || ret == LZMA_NO_CHECK) _check = lzma_get_check(lzs);
            if (ret == LZMA_STREAM_END)
            {
                Eof = true;
                break;
            }
            // The output is checked first: the decoder may hold more output with all the input read.
            if (lzs->avail_out == 0)
            {
                if (output.Full) break;
                if (!output.Grow()) { lzs->next_in = null; return null; }
            }
            else if (lzs->avail_in == 0)
            {
                break;
            }
        }
        left = (nint)lzs->avail_in;
        outputFull = lzs->avail_out == 0;
        lzs->next_in = null;
        return output.Finish();
    }

    [PyMethod("decompress", TextSignature = "($self, /, data, max_length=-1)",
        Doc = "Decompress data and return at most max_length bytes (all when negative). Data after the end of the stream goes to unused_data; after the end, EOFError.")]
    static PyObject? DecompressMethod(LzmaDecompressor self, [Keyword] BufferArg data, [Keyword("max_length")] long max_length = -1)
        => Decompress(self, data.Span, max_length);

    [PyGetter("check", Doc = "ID of the integrity check used by the input stream.")]
    static PyObject? CheckGetter(LzmaDecompressor self) => PyLong.FromLong(self._check);

    [PyGetter("eof", Doc = EofDoc)] static PyObject? EofGetter(LzmaDecompressor self) => GetEof(self);
    [PyGetter("unused_data", Doc = UnusedDataDoc)] static PyObject? UnusedDataGetter(LzmaDecompressor self) => GetUnusedData(self);
    [PyGetter("needs_input", Doc = NeedsInputDoc)] static PyObject? NeedsInputGetter(LzmaDecompressor self) => GetNeedsInput(self);
}
