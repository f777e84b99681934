using System;
using System.Runtime.InteropServices;
using Sharpy.Modules.Compression;
using Sharpy.Objects;
using Sharpy.Runtime;
using static Sharpy.Modules.Zlib.ZlibNative;

namespace Sharpy.Modules.Zlib;

/// <summary>
/// `zlib._ZlibDecompressor` (gzip's decompressor): the interface of bz2's and lzma's
/// decompressors over inflate. Input it could not use because max_length was reached is kept
/// in a native buffer and used first by the next call (needs_input is then False).
/// </summary>
[PyType("zlib._ZlibDecompressor")]
public sealed unsafe partial class ZlibDecompressor : PyObject
{
    ZStream* _zst;
    bool _isInitialised;
    bool _eof;
    bool _needsInput = true;
    PyBytes _unusedData = PyBytes.EmptyBytes;
    PyObject? _zdict;
    /// <summary>Input kept between calls: _pending bytes from _inputBuffer + _pendingStart.</summary>
    byte* _inputBuffer;
    nint _inputBufferSize, _pendingStart, _pending;
    readonly object _lock = new();

    ZlibDecompressor(PyType type, ZStream* zst) : base(type) => _zst = zst;

    protected internal override void ReleaseReferences()
    {
        if (_zst != null)
        {
            if (_isInitialised) inflateEnd(_zst);
            FreeStream(_zst);
            _zst = null;
        }
        NativeMemory.Free(_inputBuffer);
        _inputBuffer = null;
        Py.DECREF(_unusedData);
        Py.CLEAR(ref _zdict);
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
    static PyObject? Decompress(ZlibDecompressor self, [Keyword] BufferArg data, [Keyword("max_length")] long max_length = -1)
    {
        StreamLock.Enter(self._lock);
        try
        {
            if (self._eof) return Errors.SetString(PyExc.EOFError, "End of stream already reached");
            return self.DecompressInput(data.Span, max_length);
        }
        finally
        {
            StreamLock.Exit(self._lock);
        }
    }

    /// <summary>decompress(): the kept input and then <paramref name="data"/>, decompressed.</summary>
    PyObject? DecompressInput(ReadOnlySpan<byte> data, long maxLength)
    {
        if (_pending > 0)
        {
            if (Append(data) < 0) return null;
            var result = Inflate(_inputBuffer + _pendingStart, _pending, maxLength, out nint left);
            if (result == null) { _pending = 0; return null; }
            _pendingStart += _pending - left;
            _pending = left;
            return AfterInflate(result, new ReadOnlySpan<byte>(_inputBuffer + _pendingStart, (int)left), kept: true);
        }
        fixed (byte* p = data)
        {
            var result = Inflate(p, data.Length, maxLength, out nint left);
            if (result == null) return null;
            return AfterInflate(result, data[(data.Length - (int)left)..], kept: false);
        }
    }

    /// <summary>Adds <paramref name="data"/> after the kept input, growing or compacting the buffer.</summary>
    int Append(ReadOnlySpan<byte> data)
    {
        nint room = _inputBufferSize - (_pendingStart + _pending);
        if (_inputBufferSize - _pending < data.Length)
        {
            var grown = (byte*)NativeMemory.Realloc(_inputBuffer, (nuint)(_pending + data.Length));
            if (grown == null) { Errors.NoMemory(); return -1; }
            _inputBuffer = grown;
            _inputBufferSize = _pending + data.Length;
        }
        if (room < data.Length || _inputBufferSize == _pending + data.Length)
        {
            Buffer.MemoryCopy(_inputBuffer + _pendingStart, _inputBuffer, _inputBufferSize, _pending);
            _pendingStart = 0;
        }
        data.CopyTo(new Span<byte>(_inputBuffer + _pendingStart + _pending, data.Length));
        _pending += data.Length;
        return 0;
    }

    /// <summary>The state after a call: unused_data at the end, needs_input, and the input to keep.</summary>
    PyObject? AfterInflate(PyBytes result, ReadOnlySpan<byte> left, bool kept)
    {
        if (_eof)
        {
            _needsInput = false;
            if (left.Length > 0) BytesField.Set(ref _unusedData, PyBytes.FromSpan(left));
            _pending = 0;
        }
        else if (left.Length == 0)
        {
            _needsInput = true;
            _pending = 0;
        }
        else
        {
            _needsInput = false;
            if (!kept)
            {
                if (_inputBufferSize < left.Length)
                {
                    NativeMemory.Free(_inputBuffer);
                    _inputBuffer = (byte*)NativeMemory.Alloc((nuint)left.Length);
                    _inputBufferSize = _inputBuffer == null ? 0 : left.Length;
                    if (_inputBuffer == null) { Py.DECREF(result); return Errors.NoMemory(); }
                }
                left.CopyTo(new Span<byte>(_inputBuffer, left.Length));
                _pendingStart = 0;
                _pending = left.Length;
            }
        }
        return result;
    }

    /// <summary>decompress_buf: inflate <paramref name="length"/> bytes at <paramref name="input"/>; <paramref name="left"/> is what was not read.</summary>
    PyBytes? Inflate(byte* input, nint length, long maxLength, out nint left)
    {
        left = length;
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
            _eof = true;
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

    [PyGetter("eof", Doc = "True once the end of the stream has been reached.")]
    static PyObject? Eof(ZlibDecompressor self) => Py.NewBool(self._eof);

    [PyGetter("unused_data", Doc = "The data found after the end of the stream.")]
    static PyObject? UnusedData(ZlibDecompressor self) => Py.NewRef(self._unusedData);

    [PyGetter("needs_input", Doc = "True when more input is needed before more output can be produced.")]
    static PyObject? NeedsInput(ZlibDecompressor self) => Py.NewBool(self._needsInput);
}
