using System;
using Sharpy.Modules.Compression;
using Sharpy.Objects;
using Sharpy.Runtime;
using static Sharpy.Modules.Zlib.ZlibNative;

namespace Sharpy.Modules.Zlib;

/// <summary>
/// `zlib.Decompress` (decompressobj()'s result): an inflate stream. Input past the end of the
/// stream goes to unused_data; input left over because max_length was reached goes to
/// unconsumed_tail, which flush() decompresses.
/// </summary>
[PyType("zlib.Decompress")]
public sealed unsafe partial class ZlibDecompress : PyObject
{
    ZStream* _zst;
    bool _isInitialised;
    bool _eof;
    PyBytes _unusedData = PyBytes.EmptyBytes;
    PyBytes _unconsumedTail = PyBytes.EmptyBytes;
    /// <summary>The preset dictionary (any buffer exporter), or null.</summary>
    PyObject? _zdict;
    readonly object _lock = new();

    ZlibDecompress(ZStream* zst) : base(Type) => _zst = zst;

    static ZlibDecompress? New()
    {
        var zst = AllocStream();
        if (zst == null) { Errors.NoMemory(); return null; }
        return new ZlibDecompress(zst);
    }

    protected internal override void ReleaseReferences()
    {
        if (_zst != null)
        {
            if (_isInitialised) inflateEnd(_zst);
            FreeStream(_zst);
            _zst = null;
        }
        Py.DECREF(_unusedData);
        Py.DECREF(_unconsumedTail);
        Py.CLEAR(ref _zdict);
    }

    internal static PyObject? Create(int wbits, PyObject? zdict)
    {
        var self = New();
        if (self == null) return null;
        self._zdict = Py.XNewRef(zdict);
        int err = InflateInit2(self._zst, wbits);
        switch (err)
        {
            case Z_OK:
                self._isInitialised = true;
                // A raw stream has no header to ask for the dictionary: set it now.
                if (zdict != null && wbits < 0 && SetDictionary(self._zst, zdict) < 0)
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
                ZlibModule.Error(self._zst, err, "while creating decompression object");
                Py.DECREF(self);
                return null;
        }
    }

    /// <summary>set_inflate_zdict: inflateSetDictionary with the zdict's bytes; -1 with an exception set.</summary>
    internal static int SetDictionary(ZStream* zst, PyObject zdict)
    {
        var view = PyBuffer.Get(zdict, PyBUF.SIMPLE);
        if (view == null) return -1;
        int err;
        byte empty = 0;
        fixed (byte* p = view.Span) err = inflateSetDictionary(zst, p != null ? p : &empty, (uint)view.len);
        view.Release();
        if (err == Z_OK) return 0;
        ZlibModule.Error(zst, err, "while setting zdict");
        return -1;
    }

    /// <summary>
    /// save_unconsumed_input: after a call that read <paramref name="input"/> and left
    /// zst.avail_in of it unread, keep that tail in unused_data (at the end of the stream)
    /// or unconsumed_tail (the output limit was reached).
    /// </summary>
    void SaveUnconsumedInput(ReadOnlySpan<byte> input, int err)
    {
        var left = input[(input.Length - (int)_zst->avail_in)..];
        if (err == Z_STREAM_END && left.Length > 0)
        {
            var joined = new byte[_unusedData.Length + left.Length];
            _unusedData.Value.CopyTo(joined, 0);
            left.CopyTo(joined.AsSpan(_unusedData.Length));
            BytesField.Set(ref _unusedData, PyBytes.FromBytes(joined));
            _zst->avail_in = 0;
        }
        // As CPython: a tail left from an earlier call is replaced by this call's leftover,
        // even when that went to unused_data.
        if (_zst->avail_in > 0 || _unconsumedTail.Length > 0)
            BytesField.Set(ref _unconsumedTail, PyBytes.FromSpan(left));
    }

    [PyMethod("decompress", TextSignature = "($self, data, /, max_length=0)",
        Doc = "Decompress data; with max_length > 0 return at most that many bytes and keep the rest of the input in unconsumed_tail.")]
    static PyObject? DecompressMethod(ZlibDecompress self, BufferArg data, [Keyword("max_length")] long max_length = 0)
    {
        if (max_length < 0) return Errors.SetString(PyExc.ValueError, "max_length must be non-negative");
        if (max_length == 0) max_length = -1;
        StreamLock.Enter(self._lock);
        try
        {
            var output = OutputBuffer.Create(max_length);
            if (output == null) return null;
            var zst = self._zst;
            var span = data.Span;
            int err = Z_OK;
            fixed (byte* input = span)
            {
                zst->next_in = input;
                zst->avail_in = (uint)span.Length;
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
                    if (err is Z_OK or Z_BUF_ERROR or Z_STREAM_END) continue;
                    if (err != Z_NEED_DICT || self._zdict == null) break;
                    if (SetDictionary(zst, self._zdict) < 0) return null;
                } while (zst->avail_out == 0 || err == Z_NEED_DICT);
                self.SaveUnconsumedInput(span, err);
                zst->next_in = null;
            }
            if (err == Z_STREAM_END)
            {
                // inflateEnd waits for flush(), as it always has.
                self._eof = true;
            }
            else if (err != Z_OK && err != Z_BUF_ERROR)
            {
                // Z_BUF_ERROR only means the output was full and there was no more to give.
                return ZlibModule.Error(zst, err, "while decompressing data");
            }
            return output.Finish();
        }
        finally
        {
            StreamLock.Exit(self._lock);
        }
    }

    [PyMethod("flush", TextSignature = "($self, length=zlib.DEF_BUF_SIZE, /)",
        Doc = "Return the data still to be decompressed (from unconsumed_tail); length is the first output buffer's size.")]
    static PyObject? Flush(ZlibDecompress self, long length = ZlibModule.DEF_BUF_SIZE)
    {
        if (length <= 0) return Errors.SetString(PyExc.ValueError, "length must be greater than zero");
        StreamLock.Enter(self._lock);
        var tail = Py.NewRef(self._unconsumedTail);
        try
        {
            var output = OutputBuffer.CreateWithSize(Math.Min(length, ZlibModule.MaxInitialBufSize));
            if (output == null) return null;
            var zst = self._zst;
            var span = tail.AsSpan();
            int err = Z_OK;
            fixed (byte* input = span)
            {
                zst->next_in = input;
                zst->avail_in = (uint)span.Length;
                do
                {
                    if (output.Avail == 0 && !output.Grow()) return null;
                    zst->next_out = output.Next;
                    zst->avail_out = (uint)output.Avail;
                    using (Gil.AllowThreads()) err = inflate(zst, Z_FINISH);
                    output.SetAvail(zst->avail_out);
                } while (err is Z_OK or Z_BUF_ERROR or Z_STREAM_END && zst->avail_out == 0);
                self.SaveUnconsumedInput(span, err);
                zst->next_in = null;
            }
            if (err == Z_STREAM_END)
            {
                self._eof = true;
                self._isInitialised = false;
                err = inflateEnd(zst);
                if (err != Z_OK) return ZlibModule.Error(zst, err, "while finishing decompression");
            }
            return output.Finish();
        }
        finally
        {
            Py.DECREF(tail);
            StreamLock.Exit(self._lock);
        }
    }

    [PyMethod("copy", Doc = "Return a copy of the decompressor in its current state.")]
    static PyObject? Copy(ZlibDecompress self)
    {
        var copy = New();
        if (copy == null) return null;
        StreamLock.Enter(self._lock);
        int err;
        try
        {
            err = inflateCopy(copy._zst, self._zst);
            if (err == Z_OK)
            {
                copy._isInitialised = true;
                BytesField.Set(ref copy._unusedData, Py.NewRef(self._unusedData));
                BytesField.Set(ref copy._unconsumedTail, Py.NewRef(self._unconsumedTail));
                copy._zdict = Py.XNewRef(self._zdict);
                copy._eof = self._eof;
            }
            else if (err != Z_STREAM_ERROR && err != Z_MEM_ERROR)
            {
                ZlibModule.Error(self._zst, err, "while copying decompression object");
            }
        }
        finally
        {
            StreamLock.Exit(self._lock);
        }
        if (err == Z_OK) return copy;
        Py.DECREF(copy);
        if (err == Z_STREAM_ERROR) return Errors.SetString(PyExc.ValueError, "Inconsistent stream state");
        if (err == Z_MEM_ERROR) return Errors.SetString(PyExc.MemoryError, "Can't allocate memory for decompression object");
        return null;
    }

    [PyMethod("__copy__")]
    static PyObject? DunderCopy(ZlibDecompress self) => Copy(self);

    [PyMethod("__deepcopy__")]
    static PyObject? DeepCopy(ZlibDecompress self, PyObject memo) => Copy(self);

    [PyGetter("unused_data")]
    static PyObject? UnusedData(ZlibDecompress self) => Py.NewRef(self._unusedData);

    [PyGetter("unconsumed_tail")]
    static PyObject? UnconsumedTail(ZlibDecompress self) => Py.NewRef(self._unconsumedTail);

    [PyGetter("eof")]
    static PyObject? Eof(ZlibDecompress self) => Py.NewBool(self._eof);
}
