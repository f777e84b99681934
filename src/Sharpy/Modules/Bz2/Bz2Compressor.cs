using System;
using Sharpy.Modules.Compression;
using Sharpy.Objects;
using Sharpy.Runtime;
using static Sharpy.Modules.Bz2.Bz2Native;

namespace Sharpy.Modules.Bz2;

/// <summary>`_bz2.BZ2Compressor`: a bzip2 stream fed by compress() and ended by flush().</summary>
[PyType("_bz2.BZ2Compressor", BaseType = true, Doc = "Create a compressor object for compressing data incrementally (compresslevel 1-9).")]
public sealed unsafe partial class Bz2Compressor : PyObject
{
    BzStream* _bzs;
    bool _initialised, _flushed;
    readonly object _lock = new();

    Bz2Compressor(PyType type, BzStream* bzs) : base(type) => _bzs = bzs;

    protected internal override void ReleaseReferences()
    {
        if (_bzs == null) return;
        if (_initialised) BZ2_bzCompressEnd(_bzs);
        System.Runtime.InteropServices.NativeMemory.Free(_bzs);
        _bzs = null;
    }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        // A subclass with its own __init__ may take other arguments.
        bool own = type == Type || type.tp_init == Type.tp_init;
        if (own && ArgParse.HasKeywords(kwnames)) return ArgParse.NoKeywords("BZ2Compressor");
        int nargs = ArgParse.NArgs(args, kwnames);
        if (!ArgParse.CheckPositional("BZ2Compressor", nargs, 0, 1)) return null;
        int level = 9;
        if (nargs == 1 && !ArgParse.ToInt(args[0].AsBorrowed, out level)) return null;
        if (level < 1 || level > 9) return Errors.SetString(PyExc.ValueError, "compresslevel must be between 1 and 9");
        var bzs = AllocStream();
        if (bzs == null) return Errors.NoMemory();
        var self = new Bz2Compressor(type, bzs);
        if (CatchError(BZ2_bzCompressInit(bzs, level, 0, 0)))
        {
            Py.DECREF(self);
            return null;
        }
        self._initialised = true;
        return self;
    }

    /// <summary>compress(): run <paramref name="data"/> through with BZ_RUN, or end the stream with BZ_FINISH.</summary>
    PyObject? Run(ReadOnlySpan<byte> data, int action)
    {
        var output = OutputBuffer.Create();
        if (output == null) return null;
        var bzs = _bzs;
        fixed (byte* input = data)
        {
            bzs->next_in = input;
            bzs->avail_in = (uint)data.Length;
            while (true)
            {
                if (action == BZ_RUN && bzs->avail_in == 0) break;
                if (output.Avail == 0 && !output.Grow()) return null;
                bzs->next_out = output.Next;
                bzs->avail_out = (uint)output.Avail;
                int ret;
                using (Gil.AllowThreads()) ret = BZ2_bzCompress(bzs, action);
                output.SetAvail(bzs->avail_out);
                if (CatchError(ret)) return null;
                if (action == BZ_FINISH && ret == BZ_STREAM_END) break;
            }
            bzs->next_in = null;
        }
        return output.Finish();
    }

    [PyMethod("compress", Doc = "Compress data; the result may be empty until enough input has been given. Call flush() at the end.")]
    static PyObject? Compress(Bz2Compressor self, BufferArg data)
    {
        StreamLock.Enter(self._lock);
        try
        {
            if (self._flushed) return Errors.SetString(PyExc.ValueError, "Compressor has been flushed");
            return self.Run(data.Span, BZ_RUN);
        }
        finally
        {
            StreamLock.Exit(self._lock);
        }
    }

    [PyMethod("flush", Doc = "End the stream and return the compressed data still held; the compressor cannot be used afterwards.")]
    static PyObject? Flush(Bz2Compressor self)
    {
        StreamLock.Enter(self._lock);
        try
        {
            if (self._flushed) return Errors.SetString(PyExc.ValueError, "Repeated call to flush()");
            self._flushed = true;
            return self.Run(default, BZ_FINISH);
        }
        finally
        {
            StreamLock.Exit(self._lock);
        }
    }
}
