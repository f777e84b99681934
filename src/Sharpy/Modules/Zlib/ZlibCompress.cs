using Sharpy.Modules.Compression;
using Sharpy.Objects;
using Sharpy.Runtime;
using static Sharpy.Modules.Zlib.ZlibNative;

namespace Sharpy.Modules.Zlib;

/// <summary>`zlib.Compress` (compressobj()'s result): a deflate stream fed by compress() and ended by flush().</summary>
[PyType("zlib.Compress")]
public sealed unsafe partial class ZlibCompress : PyObject
{
    ZStream* _zst;
    /// <summary>deflateInit2 succeeded and deflateEnd has not run.</summary>
    bool _isInitialised;
    readonly object _lock = new();

    ZlibCompress(ZStream* zst) : base(Type) => _zst = zst;

    static ZlibCompress? New()
    {
        var zst = AllocStream();
        if (zst == null) { Errors.NoMemory(); return null; }
        return new ZlibCompress(zst);
    }

    protected internal override void ReleaseReferences()
    {
        if (_zst == null) return;
        if (_isInitialised) deflateEnd(_zst);
        FreeStream(_zst);
        _zst = null;
    }

    internal static PyObject? Create(int level, int method, int wbits, int memLevel, int strategy, BufferArg? zdict)
    {
        var self = New();
        if (self == null) return null;
        int err = DeflateInit2(self._zst, level, method, wbits, memLevel, strategy);
        switch (err)
        {
            case Z_OK:
                self._isInitialised = true;
                if (zdict is not { } d) return self;
                // An empty dictionary still needs a pointer: zlib refuses a null one.
                byte empty = 0;
                fixed (byte* p = d.Span) err = deflateSetDictionary(self._zst, p != null ? p : &empty, (uint)d.Length);
                if (err == Z_OK) return self;
                Py.DECREF(self);
                return Errors.SetString(PyExc.ValueError, err == Z_STREAM_ERROR ? "Invalid dictionary" : "deflateSetDictionary()");
            case Z_MEM_ERROR:
                Py.DECREF(self);
                return Errors.SetString(PyExc.MemoryError, "Can't allocate memory for compression object");
            case Z_STREAM_ERROR:
                Py.DECREF(self);
                return Errors.SetString(PyExc.ValueError, "Invalid initialization option");
            default:
                ZlibModule.Error(self._zst, err, "while creating compression object");
                Py.DECREF(self);
                return null;
        }
    }

    [PyMethod("compress", Doc = "Compress data; the result may not hold all of it until flush().")]
    static PyObject? CompressMethod(ZlibCompress self, BufferArg data)
    {
        StreamLock.Enter(self._lock);
        try
        {
            var output = OutputBuffer.Create();
            if (output == null) return null;
            var zst = self._zst;
            fixed (byte* input = data.Span)
            {
                zst->next_in = input;
                zst->avail_in = (uint)data.Length;
                do
                {
                    if (output.Avail == 0 && !output.Grow()) return null;
                    zst->next_out = output.Next;
                    zst->avail_out = (uint)output.Avail;
                    int err;
                    using (Gil.AllowThreads()) err = deflate(zst, Z_NO_FLUSH);
                    output.SetAvail(zst->avail_out);
                    if (err == Z_STREAM_ERROR) return ZlibModule.Error(zst, err, "while compressing data");
                } while (zst->avail_out == 0);
                zst->next_in = null;
            }
            return output.Finish();
        }
        finally
        {
            StreamLock.Exit(self._lock);
        }
    }

    [PyMethod("flush", TextSignature = "($self, mode=zlib.Z_FINISH, /)",
        Doc = "Return the compressed data still held; mode Z_SYNC_FLUSH or Z_FULL_FLUSH keeps the stream open, Z_FINISH ends it.")]
    static PyObject? Flush(ZlibCompress self, int mode = Z_FINISH)
    {
        // Z_NO_FLUSH would do nothing.
        if (mode == Z_NO_FLUSH) return PyBytes.EmptyBytes;
        StreamLock.Enter(self._lock);
        try
        {
            var output = OutputBuffer.Create();
            if (output == null) return null;
            var zst = self._zst;
            zst->avail_in = 0;
            int err;
            do
            {
                if (output.Avail == 0 && !output.Grow()) return null;
                zst->next_out = output.Next;
                zst->avail_out = (uint)output.Avail;
                using (Gil.AllowThreads()) err = deflate(zst, mode);
                output.SetAvail(zst->avail_out);
                if (err == Z_STREAM_ERROR) return ZlibModule.Error(zst, err, "while flushing");
            } while (zst->avail_out == 0);
            if (err == Z_STREAM_END && mode == Z_FINISH)
            {
                err = deflateEnd(zst);
                if (err != Z_OK) return ZlibModule.Error(zst, err, "while finishing compression");
                self._isInitialised = false;
            }
            else if (err != Z_OK && err != Z_BUF_ERROR)
            {
                return ZlibModule.Error(zst, err, "while flushing");
            }
            return output.Finish();
        }
        finally
        {
            StreamLock.Exit(self._lock);
        }
    }

    [PyMethod("copy", Doc = "Return a copy of the compressor in its current state.")]
    static PyObject? Copy(ZlibCompress self)
    {
        var copy = New();
        if (copy == null) return null;
        StreamLock.Enter(self._lock);
        int err;
        try
        {
            err = deflateCopy(copy._zst, self._zst);
            if (err == Z_OK) copy._isInitialised = true;
            else if (err != Z_STREAM_ERROR && err != Z_MEM_ERROR) ZlibModule.Error(self._zst, err, "while copying compression object");
        }
        finally
        {
            StreamLock.Exit(self._lock);
        }
        if (err == Z_OK) return copy;
        Py.DECREF(copy);
        if (err == Z_STREAM_ERROR) return Errors.SetString(PyExc.ValueError, "Inconsistent stream state");
        if (err == Z_MEM_ERROR) return Errors.SetString(PyExc.MemoryError, "Can't allocate memory for compression object");
        return null;
    }

    [PyMethod("__copy__")]
    static PyObject? DunderCopy(ZlibCompress self) => Copy(self);

    [PyMethod("__deepcopy__")]
    static PyObject? DeepCopy(ZlibCompress self, PyObject memo) => Copy(self);
}
