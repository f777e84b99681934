using System;
using Sharpy.Modules.Compression;
using Sharpy.Objects;
using Sharpy.Runtime;
using static Sharpy.Modules.Zstd.ZstdNative;

namespace Sharpy.Modules.Zstd;

/// <summary>
/// `_zstd.ZstdCompressor` (Modules/_zstd/compressor.c): a ZSTD_CCtx fed by compress(data, mode)
/// and flush(mode); frames end with FLUSH_FRAME and the object stays usable for the next one.
/// </summary>
[PyType("compression.zstd.ZstdCompressor", Doc = "ZstdCompressor(level=None, options=None, zstd_dict=None)\n--\n\nCreate a compressor object for compressing data incrementally.\n\n  level\n    The compression level to use. Defaults to COMPRESSION_LEVEL_DEFAULT.\n  options\n    A dict object that contains advanced compression parameters.\n  zstd_dict\n    A ZstdDict object, a pre-trained Zstandard dictionary.\n\nThread-safe at method level. For one-shot compression, use the compress()\nfunction instead.")]
[PyMember("last_mode", nameof(_lastMode), ReadOnly = true, Doc = "The last mode used to this compressor object, its value can be .CONTINUE,\n.FLUSH_BLOCK, .FLUSH_FRAME. Initialized to .FLUSH_FRAME.\n\nIt can be used to get the current state of a compressor, such as, data\nflushed, or a frame ended.")]
public sealed unsafe partial class ZstdCompressor : PyObject
{
    nint _cctx;
    /// <summary>The zstd_dict argument (a ZstdDict or an as_* tuple), kept while the context may use its content.</summary>
    PyObject? _dict;
    long _lastMode = ZSTD_e_end;
    bool _useMultithread;
    /// <summary>The level the digested dictionary is made for (0: libzstd's default).</summary>
    int _compressionLevel;
    readonly object _lock = new();

    ZstdCompressor(PyType type, nint cctx) : base(type) => _cctx = cctx;

    protected internal override void ReleaseReferences()
    {
        if (_cctx != 0) { ZSTD_freeCCtx(_cctx); _cctx = 0; }
        // The dictionary goes after the context that may reference its content.
        Py.CLEAR(ref _dict);
    }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, [Keyword] PyObject? level = null, [Keyword] PyObject? options = null, [Keyword] PyObject? zstd_dict = null)
    {
        if (level == Py.None) level = null;
        if (options == Py.None) options = null;
        if (zstd_dict == Py.None) zstd_dict = null;
        var cctx = ZSTD_createCCtx();
        if (cctx == 0) return ZstdModule.SetError("Unable to create ZSTD_CCtx instance.");
        var self = new ZstdCompressor(type, cctx);
        if (self.Configure(level, options, zstd_dict) < 0)
        {
            Py.DECREF(self);
            return null;
        }
        return self;
    }

    int Configure(PyObject? level, PyObject? options, PyObject? zstdDict)
    {
        if (level != null && options != null)
        {
            Errors.SetString(PyExc.TypeError, "Only one of level or options should be used.");
            return -1;
        }
        if (level != null)
        {
            if (level is not PyLong)
            {
                Errors.SetString(PyExc.TypeError, "invalid type for level, expected int");
                return -1;
            }
            if (!ArgParse.ToInt(level, out int levelValue))
            {
                if (Errors.ExceptionMatches(PyExc.OverflowError))
                    Errors.SetString(PyExc.ValueError, $"illegal compression level; the valid range is [{ZSTD_minCLevel()}, {ZSTD_maxCLevel()}]");
                return -1;
            }
            if (SetLevel(levelValue) < 0) return -1;
        }
        if (options != null && !ZstdModule.ForEachOption(options, isCompress: true, SetOption)) return -1;
        if (zstdDict != null)
        {
            if (LoadDict(zstdDict) < 0) return -1;
            _dict = Py.NewRef(zstdDict);
        }
        return 0;
    }

    /// <summary>_zstd_set_c_level: the level within libzstd's range, kept for digested dictionaries.</summary>
    int SetLevel(int level)
    {
        int min = ZSTD_minCLevel(), max = ZSTD_maxCLevel();
        if (level < min || level > max)
        {
            Errors.SetString(PyExc.ValueError, $"illegal compression level {level}; the valid range is [{min}, {max}]");
            return -1;
        }
        _compressionLevel = level;
        var ret = ZSTD_CCtx_setParameter(_cctx, ZSTD_c_compressionLevel, level);
        if (IsError(ret))
        {
            ZstdModule.SetError(ZstdModule.ErrorKind.SetCLevel, ret);
            return -1;
        }
        return 0;
    }

    bool SetOption(int key, int value)
    {
        if (key == ZSTD_c_compressionLevel) return SetLevel(value) == 0;
        if (key == ZSTD_c_nbWorkers && value != 0) _useMultithread = true;
        if (IsError(ZSTD_CCtx_setParameter(_cctx, key, value)))
        {
            ZstdModule.SetParameterError(true, key, value);
            return false;
        }
        return true;
    }

    /// <summary>_zstd_load_c_dict: an undigested dictionary by default, or the kind an as_* tuple asks for.</summary>
    int LoadDict(PyObject dict)
    {
        int type = ZstdDict.UndigestedType;
        var zd = ZstdModule.ParseDict(dict, ref type);
        if (zd == null) return -1;
        StreamLock.Enter(zd.Lock);
        try
        {
            nuint ret;
            if (type == ZstdDict.DigestedType)
            {
                var cdict = zd.GetCDict(_compressionLevel);
                if (cdict == 0) return -1;
                ret = ZSTD_CCtx_refCDict(_cctx, cdict);
            }
            else if (type == ZstdDict.UndigestedType)
            {
                ret = ZSTD_CCtx_loadDictionary(_cctx, zd.Buffer, (nuint)zd.Length);
            }
            else
            {
                ret = ZSTD_CCtx_refPrefix(_cctx, zd.Buffer, (nuint)zd.Length);
            }
            if (IsError(ret))
            {
                ZstdModule.SetError(ZstdModule.ErrorKind.LoadCDict, ret);
                return -1;
            }
            return 0;
        }
        finally
        {
            StreamLock.Exit(zd.Lock);
        }
    }

    /// <summary>compress_lock_held: run the input through with <paramref name="mode"/> until libzstd has nothing left to write.</summary>
    PyObject? Run(ReadOnlySpan<byte> data, int mode)
    {
        // The first block is compressBound(input): one call usually suffices.
        ulong bound = ZSTD_compressBound((nuint)data.Length);
        if (bound > long.MaxValue) return Errors.NoMemory();
        var output = OutputBuffer.CreateWithSize((long)Math.Min(bound, 256UL * 1024 * 1024));
        if (output == null) return null;
        byte dummy = 0;
        fixed (byte* input = data)
        {
            InBuffer inb = new() { src = input == null ? &dummy : input, size = (nuint)data.Length, pos = 0 };
            while (true)
            {
                OutBuffer outb = new() { dst = output.Avail == 0 ? &dummy : output.Next, size = (nuint)output.Avail, pos = 0 };
                nuint ret;
                using (Gil.AllowThreads()) ret = ZSTD_compressStream2(_cctx, &outb, &inb, mode);
                output.SetAvail(output.Avail - (long)outb.pos);
                if (IsError(ret)) return ZstdModule.SetError(ZstdModule.ErrorKind.Compress, ret);
                if (ret == 0 && inb.pos == inb.size) break;
                if (output.Avail == 0 && !output.Grow()) return null;
            }
        }
        return output.Finish();
    }

    /// <summary>compress_mt_continue_lock_held: CONTINUE with worker threads, which may need several calls to take the input.</summary>
    PyObject? RunMultithreadContinue(ReadOnlySpan<byte> data)
    {
        var output = OutputBuffer.Create();
        if (output == null) return null;
        byte dummy = 0;
        fixed (byte* input = data)
        {
            InBuffer inb = new() { src = input == null ? &dummy : input, size = (nuint)data.Length, pos = 0 };
            while (true)
            {
                OutBuffer outb = new() { dst = output.Avail == 0 ? &dummy : output.Next, size = (nuint)output.Avail, pos = 0 };
                nuint ret;
                using (Gil.AllowThreads())
                {
                    do ret = ZSTD_compressStream2(_cctx, &outb, &inb, ZSTD_e_continue);
                    while (outb.pos != outb.size && inb.pos != inb.size && !IsError(ret));
                }
                output.SetAvail(output.Avail - (long)outb.pos);
                if (IsError(ret)) return ZstdModule.SetError(ZstdModule.ErrorKind.Compress, ret);
                if (outb.pos == outb.size)
                {
                    if (!output.Grow()) return null;
                }
                else if (inb.pos == inb.size)
                {
                    break;
                }
            }
        }
        return output.Finish();
    }

    /// <summary>After compress() or flush(): the mode on success; on failure the frame is abandoned.</summary>
    PyObject? Done(PyObject? result, int mode)
    {
        if (result != null)
        {
            _lastMode = mode;
        }
        else
        {
            _lastMode = ZSTD_e_end;
            ZSTD_CCtx_reset(_cctx, ZSTD_reset_session_only);
        }
        return result;
    }

    [PyMethod("compress", TextSignature = "($self, /, data, mode=ZstdCompressor.CONTINUE)",
        Doc = "Provide data to the compressor object.\n\n  mode\n    Can be these 3 values ZstdCompressor.CONTINUE,\n    ZstdCompressor.FLUSH_BLOCK, ZstdCompressor.FLUSH_FRAME\n\nReturn a chunk of compressed data if possible, or b'' otherwise. When you have\nfinished providing data to the compressor, call the flush() method to finish\nthe compression process.")]
    static PyObject? Compress(ZstdCompressor self, [Keyword] BufferArg data, [Keyword] int mode = ZSTD_e_continue)
    {
        if (mode != ZSTD_e_continue && mode != ZSTD_e_flush && mode != ZSTD_e_end)
            return Errors.SetString(PyExc.ValueError, "mode argument wrong value, it should be one of ZstdCompressor.CONTINUE, ZstdCompressor.FLUSH_BLOCK, ZstdCompressor.FLUSH_FRAME.");
        StreamLock.Enter(self._lock);
        try
        {
            var result = self._useMultithread && mode == ZSTD_e_continue
                ? self.RunMultithreadContinue(data.Span)
                : self.Run(data.Span, mode);
            return self.Done(result, mode);
        }
        finally
        {
            StreamLock.Exit(self._lock);
        }
    }

    [PyMethod("flush", TextSignature = "($self, /, mode=ZstdCompressor.FLUSH_FRAME)",
        Doc = "Finish the compression process.\n\n  mode\n    Can be these 2 values ZstdCompressor.FLUSH_FRAME,\n    ZstdCompressor.FLUSH_BLOCK\n\nFlush any remaining data left in internal buffers. Since Zstandard data\nconsists of one or more independent frames, the compressor object can still\nbe used after this method is called.")]
    static PyObject? Flush(ZstdCompressor self, [Keyword] int mode = ZSTD_e_end)
    {
        if (mode != ZSTD_e_end && mode != ZSTD_e_flush)
            return Errors.SetString(PyExc.ValueError, "mode argument wrong value, it should be ZstdCompressor.FLUSH_FRAME or ZstdCompressor.FLUSH_BLOCK.");
        StreamLock.Enter(self._lock);
        try
        {
            return self.Done(self.Run(default, mode), mode);
        }
        finally
        {
            StreamLock.Exit(self._lock);
        }
    }

    [PyMethod("set_pledged_input_size", TextSignature = "($self, size, /)",
        Doc = "Set the uncompressed content size to be written into the frame header.\n\n  size\n    The size of the uncompressed data to be provided to the compressor.\n\nThis method can be used to ensure the header of the frame about to be written\nincludes the size of the data, unless the CompressionParameter.content_size_flag\nis set to False. If last_mode != FLUSH_FRAME, then a RuntimeError is raised.\n\nIt is important to ensure that the pledged data size matches the actual data\nsize. If they do not match the compressed output data may be corrupted and the\nfinal chunk written may be lost.")]
    static PyObject? SetPledgedInputSize(ZstdCompressor self, PyObject size)
    {
        ulong pledged = ZSTD_CONTENTSIZE_UNKNOWN;
        if (size != Py.None)
        {
            if (size is not PyLong l) return Errors.SetString(PyExc.TypeError, "an integer is required");
            var v = l.ToBigInteger();
            // CPython formats ZSTD_CONTENTSIZE_ERROR with "%ull": its low 32 bits, then "ll".
            if (v.Sign < 0 || v >= ZSTD_CONTENTSIZE_ERROR)
                return Errors.SetString(PyExc.ValueError, $"size argument should be a positive int less than {unchecked((uint)ZSTD_CONTENTSIZE_ERROR)}ll");
            pledged = (ulong)v;
        }
        StreamLock.Enter(self._lock);
        nuint ret;
        try
        {
            if (self._lastMode != ZSTD_e_end)
                return Errors.SetString(PyExc.ValueError, "set_pledged_input_size() method must be called when last_mode == FLUSH_FRAME");
            ret = ZSTD_CCtx_setPledgedSrcSize(self._cctx, pledged);
        }
        finally
        {
            StreamLock.Exit(self._lock);
        }
        if (IsError(ret)) return ZstdModule.SetError(ZstdModule.ErrorKind.SetPledgedInputSize, ret);
        return Py.None;
    }
}
