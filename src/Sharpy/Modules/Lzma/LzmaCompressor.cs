using System;
using Sharpy.Modules.Compression;
using Sharpy.Objects;
using Sharpy.Runtime;
using static Sharpy.Modules.Lzma.LzmaNative;

namespace Sharpy.Modules.Lzma;

/// <summary>`_lzma.LZMACompressor`: an .xz, .lzma ("alone") or raw stream fed by compress() and ended by flush().</summary>
[PyType("_lzma.LZMACompressor", Doc = CompressorDoc)]
public sealed unsafe partial class LzmaCompressor : PyObject
{
    LzmaStream* _lzs;
    bool _flushed;
    readonly object _lock = new();

    LzmaCompressor(PyType type, LzmaStream* lzs) : base(type) => _lzs = lzs;

    protected internal override void ReleaseReferences()
    {
        if (_lzs == null) return;
        lzma_end(_lzs);
        System.Runtime.InteropServices.NativeMemory.Free(_lzs);
        _lzs = null;
    }

    static readonly ArgParse.Parser NewParser = new("LZMACompressor", 0, ["format", "check", "preset", "filters"], 0, 4, 0);

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = new PyObject?[4];
        if (!ArgParse.UnpackKeywords(args, kwnames, NewParser, a)) return null;
        int format = LzmaModule.FORMAT_XZ, check = -1;
        if (a[0] != null && !ArgParse.ToInt(a[0]!, out format)) return null;
        if (a[1] != null && !ArgParse.ToInt(a[1]!, out check)) return null;
        var presetObj = a[2] ?? Py.None;
        var filters = a[3] ?? Py.None;
        if (format != LzmaModule.FORMAT_XZ && check != -1 && check != CHECK_NONE)
            return Errors.SetString(PyExc.ValueError, "Integrity checks are only supported by FORMAT_XZ");
        if (presetObj != Py.None && filters != Py.None)
            return Errors.SetString(PyExc.ValueError, "Cannot specify both preset and filter chain");
        uint preset = (uint)LzmaModule.PRESET_DEFAULT;
        if (presetObj != Py.None)
        {
            if (!LzmaModule.ToUnsigned(presetObj, uint.MaxValue, "uint32_t", out ulong p)) return null;
            preset = (uint)p;
        }
        var lzs = AllocStream();
        if (lzs == null) return Errors.NoMemory();
        var self = new LzmaCompressor(type, lzs);
        int ok = format switch
        {
            LzmaModule.FORMAT_XZ => InitXz(lzs, check == -1 ? CHECK_CRC64 : check, preset, filters),
            LzmaModule.FORMAT_ALONE => InitAlone(lzs, preset, filters),
            LzmaModule.FORMAT_RAW => InitRaw(lzs, filters),
            _ => InvalidFormat(format),
        };
        if (ok == 0) return self;
        Py.DECREF(self);
        return null;
    }

    static int InvalidFormat(int format)
    {
        Errors.SetString(PyExc.ValueError, $"Invalid container format: {format}");
        return -1;
    }

    static int InitXz(LzmaStream* lzs, int check, uint preset, PyObject filters)
    {
        if (filters == Py.None) return LzmaModule.CatchError(lzma_easy_encoder(lzs, preset, check)) ? -1 : 0;
        using var chain = FilterChain.Parse(filters);
        if (chain == null) return -1;
        return LzmaModule.CatchError(lzma_stream_encoder(lzs, chain.Filters, check)) ? -1 : 0;
    }

    static int InitAlone(LzmaStream* lzs, uint preset, PyObject filters)
    {
        if (filters == Py.None)
        {
            OptionsLzma options;
            if (lzma_lzma_preset(&options, preset) != 0)
            {
                Errors.SetString(LzmaState.Get().Error, $"Invalid compression preset: {preset}");
                return -1;
            }
            return LzmaModule.CatchError(lzma_alone_encoder(lzs, &options)) ? -1 : 0;
        }
        using var chain = FilterChain.Parse(filters);
        if (chain == null) return -1;
        if (chain.Filters[0].id != FILTER_LZMA1 || chain.Filters[1].id != LZMA_VLI_UNKNOWN)
        {
            Errors.SetString(PyExc.ValueError, "Invalid filter chain for FORMAT_ALONE - must be a single LZMA1 filter");
            return -1;
        }
        return LzmaModule.CatchError(lzma_alone_encoder(lzs, (OptionsLzma*)chain.Filters[0].options)) ? -1 : 0;
    }

    static int InitRaw(LzmaStream* lzs, PyObject filters)
    {
        if (filters == Py.None)
        {
            Errors.SetString(PyExc.ValueError, "Must specify filters for FORMAT_RAW");
            return -1;
        }
        using var chain = FilterChain.Parse(filters);
        if (chain == null) return -1;
        return LzmaModule.CatchError(lzma_raw_encoder(lzs, chain.Filters)) ? -1 : 0;
    }

    /// <summary>compress(): <paramref name="data"/> with LZMA_RUN, or the end of the stream with LZMA_FINISH.</summary>
    PyObject? Run(ReadOnlySpan<byte> data, int action)
    {
        var output = OutputBuffer.Create();
        if (output == null) return null;
        var lzs = _lzs;
        fixed (byte* input = data)
        {
            lzs->next_in = input;
            lzs->avail_in = (nuint)data.Length;
            while (true)
            {
                lzs->next_out = output.Next;
                lzs->avail_out = (nuint)output.Avail;
                int ret;
                using (Gil.AllowThreads()) ret = lzma_code(lzs, action);
                output.SetAvail((long)lzs->avail_out);
                // No progress possible with nothing to read is not an error.
                if (ret == LZMA_BUF_ERROR && data.Length == 0 && lzs->avail_out > 0) ret = LZMA_OK;
                if (LzmaModule.CatchError(ret)) { lzs->next_in = null; return null; }
                if ((action == LZMA_RUN && lzs->avail_in == 0) || (action == LZMA_FINISH && ret == LZMA_STREAM_END)) break;
                if (lzs->avail_out == 0 && !output.Grow()) { lzs->next_in = null; return null; }
            }
            lzs->next_in = null;
        }
        return output.Finish();
    }

    [PyMethod("compress", Doc = "Compress data; the result may be empty until enough input has been given. Call flush() at the end.")]
    static PyObject? Compress(LzmaCompressor self, BufferArg data)
    {
        StreamLock.Enter(self._lock);
        try
        {
            if (self._flushed) return Errors.SetString(PyExc.ValueError, "Compressor has been flushed");
            return self.Run(data.Span, LZMA_RUN);
        }
        finally
        {
            StreamLock.Exit(self._lock);
        }
    }

    [PyMethod("flush", Doc = "End the stream and return the compressed data still held; the compressor cannot be used afterwards.")]
    static PyObject? Flush(LzmaCompressor self)
    {
        StreamLock.Enter(self._lock);
        try
        {
            if (self._flushed) return Errors.SetString(PyExc.ValueError, "Repeated call to flush()");
            self._flushed = true;
            return self.Run(default, LZMA_FINISH);
        }
        finally
        {
            StreamLock.Exit(self._lock);
        }
    }

    const string CompressorDoc = "LZMACompressor(format=FORMAT_XZ, check=-1, preset=None, filters=None)\n\n" +
        "Create a compressor object for compressing data incrementally.\n\n" +
        "format is FORMAT_XZ (the default), FORMAT_ALONE or FORMAT_RAW. check is the integrity\n" +
        "check of FORMAT_XZ (CHECK_CRC64 by default); the other formats take none. The settings\n" +
        "are either a preset (0-9, optionally OR-ed with PRESET_EXTREME; PRESET_DEFAULT by\n" +
        "default) or a filter chain: a sequence of dicts, each with the filter's \"id\" and its\n" +
        "options. FORMAT_RAW needs a filter chain.";
}
