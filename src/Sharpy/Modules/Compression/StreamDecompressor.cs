using System;
using System.Runtime.InteropServices;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Compression;

/// <summary>
/// What BZ2Decompressor, LZMADecompressor and zlib._ZlibDecompressor share (their decompress()
/// in _bz2module.c, _lzmamodule.c, zlibmodule.c): decompress(data, max_length) returns at most
/// max_length bytes; input not consumed because the limit was reached is kept in a native
/// buffer and read first by the next call (needs_input is then False); data after the end of
/// the stream goes to unused_data. Each Python type is its own [PyType] class that forwards here.
/// </summary>
public abstract unsafe class StreamDecompressor : PyObject
{
    protected bool Eof;
    /// <summary>
    /// The library reported corrupt data and its state cannot be trusted (set by _bz2 only,
    /// as CPython 3.14.7 does, gh-150599: libbzip2 may crash when called again).
    /// </summary>
    protected bool Failed;
    bool _needsInput = true;
    PyBytes _unusedData = PyBytes.EmptyBytes;
    /// <summary>Input kept between calls: _pending bytes at _inputBuffer + _pendingStart.</summary>
    byte* _inputBuffer;
    nint _inputBufferSize, _pendingStart, _pending;
    readonly object _lock = new();

    protected StreamDecompressor(PyType type) : base(type) { }

    /// <summary>
    /// decompress_buf: run the library over <paramref name="length"/> bytes at
    /// <paramref name="input"/> (with the lock held), returning at most maxLength bytes (no
    /// limit when negative) and setting Eof at the end of the stream; <paramref name="left"/>
    /// is the input not read. <paramref name="outputFull"/>: the output filled up with all the
    /// input read, so the library may hold more (only _lzma then reports needs_input False).
    /// Null with an exception set on error.
    /// </summary>
    protected abstract PyBytes? Run(byte* input, nint length, long maxLength, out nint left, out bool outputFull);

    /// <summary>The EOFError message of a call after the end of the stream.</summary>
    protected virtual string EofMessage => "End of stream already reached";

    /// <summary>The library's stream is freed by the subclass; this frees the kept input and unused_data.</summary>
    protected internal override void ReleaseReferences()
    {
        NativeMemory.Free(_inputBuffer);
        _inputBuffer = null;
        Py.DECREF(_unusedData);
    }

    internal static PyObject? Decompress(StreamDecompressor self, ReadOnlySpan<byte> data, long maxLength)
    {
        StreamLock.Enter(self._lock);
        try
        {
            if (self.Eof) return Errors.SetString(PyExc.EOFError, self.EofMessage);
            if (self.Failed) return Errors.SetString(PyExc.ValueError, "Decompressor cannot be used after a previous error");
            var result = self.DecompressInput(data, maxLength);
            if (self.Failed) self._needsInput = false;
            return result;
        }
        finally
        {
            StreamLock.Exit(self._lock);
        }
    }

    PyObject? DecompressInput(ReadOnlySpan<byte> data, long maxLength)
    {
        if (_pending > 0)
        {
            if (Append(data) < 0) return null;
            var result = Run(_inputBuffer + _pendingStart, _pending, maxLength, out nint left, out bool full);
            if (result == null) { _pending = 0; return null; }
            _pendingStart += _pending - left;
            _pending = left;
            return AfterRun(result, new ReadOnlySpan<byte>(_inputBuffer + _pendingStart, (int)left), kept: true, full);
        }
        fixed (byte* p = data)
        {
            var result = Run(p, data.Length, maxLength, out nint left, out bool full);
            if (result == null) return null;
            return AfterRun(result, data[(data.Length - (int)left)..], kept: false, full);
        }
    }

    /// <summary>Adds <paramref name="data"/> after the kept input, growing or compacting the buffer.</summary>
    int Append(ReadOnlySpan<byte> data)
    {
        if (_inputBufferSize - _pending < data.Length)
        {
            var grown = (byte*)NativeMemory.Realloc(_inputBuffer, (nuint)(_pending + data.Length));
            if (grown == null) { Errors.NoMemory(); return -1; }
            _inputBuffer = grown;
            _inputBufferSize = _pending + data.Length;
        }
        if (_inputBufferSize - (_pendingStart + _pending) < data.Length)
        {
            Buffer.MemoryCopy(_inputBuffer + _pendingStart, _inputBuffer, _inputBufferSize, _pending);
            _pendingStart = 0;
        }
        data.CopyTo(new Span<byte>(_inputBuffer + _pendingStart + _pending, data.Length));
        _pending += data.Length;
        return 0;
    }

    /// <summary>After a run: unused_data at the end of the stream, needs_input, and the input to keep.</summary>
    PyObject? AfterRun(PyBytes result, ReadOnlySpan<byte> left, bool kept, bool outputFull)
    {
        if (Eof)
        {
            _needsInput = false;
            if (left.Length > 0) BytesField.Set(ref _unusedData, PyBytes.FromSpan(left));
            _pending = 0;
        }
        else if (left.Length == 0)
        {
            _needsInput = !outputFull;
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

    internal static PyObject? GetEof(StreamDecompressor self) => Py.NewBool(self.Eof);
    internal static PyObject? GetUnusedData(StreamDecompressor self) => Py.NewRef(self._unusedData);
    internal static PyObject? GetNeedsInput(StreamDecompressor self) => Py.NewBool(self._needsInput);

    internal const string EofDoc = "True if the end-of-stream marker has been reached.";
    internal const string UnusedDataDoc = "Data found after the end of the compressed stream.";
    internal const string NeedsInputDoc = "True if more input is needed before more decompressed data can be produced.";
}
