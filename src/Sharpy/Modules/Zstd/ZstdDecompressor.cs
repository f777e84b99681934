using System;
using System.Runtime.InteropServices;
using Sharpy.Modules.Compression;
using Sharpy.Objects;
using Sharpy.Runtime;
using static Sharpy.Modules.Zstd.ZstdNative;

namespace Sharpy.Modules.Zstd;

/// <summary>
/// `_zstd.ZstdDecompressor` (Modules/_zstd/decompressor.c): one Zstandard frame, decompressed
/// incrementally. Input not consumed because max_length was reached is kept in a native buffer
/// and read first by the next call; input after the end of the frame becomes unused_data.
/// </summary>
[PyType("compression.zstd.ZstdDecompressor", Doc = "ZstdDecompressor(zstd_dict=None, options=None)\n--\n\nCreate a decompressor object for decompressing data incrementally.\n\n  zstd_dict\n    A ZstdDict object, a pre-trained Zstandard dictionary.\n  options\n    A dict object that contains advanced decompression parameters.\n\nThread-safe at method level. For one-shot decompression, use the decompress()\nfunction instead.")]
public sealed unsafe partial class ZstdDecompressor : PyObject
{
    nint _dctx;
    PyObject? _dict;
    /// <summary>Input kept between calls: the bytes at [_inBegin, _inEnd) of _inputBuffer.</summary>
    byte* _inputBuffer;
    nint _inputBufferSize, _inBegin, _inEnd;
    /// <summary>unused_data once made from the kept input after the end of the frame.</summary>
    PyBytes? _unusedData;
    bool _needsInput = true, _eof;
    readonly object _lock = new();

    ZstdDecompressor(PyType type, nint dctx) : base(type) => _dctx = dctx;

    protected internal override void ReleaseReferences()
    {
        if (_dctx != 0) { ZSTD_freeDCtx(_dctx); _dctx = 0; }
        Py.CLEAR(ref _dict);
        NativeMemory.Free(_inputBuffer);
        _inputBuffer = null;
        Py.CLEAR(ref _unusedData);
    }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, [Keyword] PyObject? zstd_dict = null, [Keyword] PyObject? options = null)
    {
        var dctx = ZSTD_createDCtx();
        if (dctx == 0) return ZstdModule.SetError("Unable to create ZSTD_DCtx instance.");
        var self = new ZstdDecompressor(type, dctx);
        if (zstd_dict != null && zstd_dict != Py.None)
        {
            if (self.LoadDict(zstd_dict) < 0) { Py.DECREF(self); return null; }
            self._dict = Py.NewRef(zstd_dict);
        }
        if (options != null && options != Py.None && !ZstdModule.ForEachOption(options, isCompress: false, self.SetOption))
        {
            Py.DECREF(self);
            return null;
        }
        return self;
    }

    bool SetOption(int key, int value)
    {
        if (IsError(ZSTD_DCtx_setParameter(_dctx, key, value)))
        {
            ZstdModule.SetParameterError(false, key, value);
            return false;
        }
        return true;
    }

    /// <summary>_zstd_load_d_dict: a digested dictionary by default, or the kind an as_* tuple asks for.</summary>
    int LoadDict(PyObject dict)
    {
        int type = ZstdDict.DigestedType;
        var zd = ZstdModule.ParseDict(dict, ref type);
        if (zd == null) return -1;
        StreamLock.Enter(zd.Lock);
        try
        {
            nuint ret;
            if (type == ZstdDict.DigestedType)
            {
                var ddict = zd.GetDDict();
                if (ddict == 0) return -1;
                ret = ZSTD_DCtx_refDDict(_dctx, ddict);
            }
            else if (type == ZstdDict.UndigestedType)
            {
                ret = ZSTD_DCtx_loadDictionary(_dctx, zd.Buffer, (nuint)zd.Length);
            }
            else
            {
                ret = ZSTD_DCtx_refPrefix(_dctx, zd.Buffer, (nuint)zd.Length);
            }
            if (IsError(ret))
            {
                ZstdModule.SetError(ZstdModule.ErrorKind.LoadDDict, ret);
                return -1;
            }
            return 0;
        }
        finally
        {
            StreamLock.Exit(zd.Lock);
        }
    }

    /// <summary>
    /// decompress_lock_held: decompress from <paramref name="inb"/> into at most
    /// <paramref name="maxLength"/> bytes (no limit when negative), stopping at the end of the frame.
    /// </summary>
    PyBytes? Run(InBuffer* inb, long maxLength)
    {
        var output = OutputBuffer.Create(maxLength < 0 ? -1 : maxLength);
        if (output == null) return null;
        byte dummy = 0;
        while (true)
        {
            OutBuffer outb = new() { dst = output.Avail == 0 ? &dummy : output.Next, size = (nuint)output.Avail, pos = 0 };
            nuint ret;
            using (Gil.AllowThreads()) ret = ZSTD_decompressStream(_dctx, &outb, inb);
            output.SetAvail(output.Avail - (long)outb.pos);
            if (IsError(ret))
            {
                ZstdModule.SetError(ZstdModule.ErrorKind.Decompress, ret);
                return null;
            }
            if (ret == 0)
            {
                _eof = true;
                break;
            }
            // The output first: libzstd may hold more output with all the input read.
            if (output.Avail == 0)
            {
                if (output.Full) break;
                if (!output.Grow()) return null;
            }
            else if (inb->pos == inb->size)
            {
                break;
            }
        }
        return output.Finish();
    }

    /// <summary>decompressor_reset_session_lock_held: after an error the frame starts again.</summary>
    void ResetSession()
    {
        _inBegin = _inEnd = 0;
        Py.CLEAR(ref _unusedData);
        _needsInput = true;
        _eof = false;
        ZSTD_DCtx_reset(_dctx, ZSTD_reset_session_only);
    }

    PyObject? Decompress(ReadOnlySpan<byte> data, long maxLength)
    {
        if (_eof) return Errors.SetString(PyExc.EOFError, "Already at the end of a Zstandard frame.");
        byte dummy = 0;
        fixed (byte* pdata = data)
        {
            InBuffer inb;
            bool useInputBuffer;
            if (_inBegin == _inEnd)
            {
                useInputBuffer = false;
                inb = new InBuffer { src = pdata == null ? &dummy : pdata, size = (nuint)data.Length, pos = 0 };
            }
            else
            {
                useInputBuffer = true;
                if (data.Length > 0)
                {
                    nint used = _inEnd - _inBegin;
                    if (_inputBufferSize - used < data.Length)
                    {
                        var grown = (byte*)NativeMemory.Alloc((nuint)(used + data.Length));
                        if (grown == null) { Errors.NoMemory(); ResetSession(); return null; }
                        Buffer.MemoryCopy(_inputBuffer + _inBegin, grown, used, used);
                        NativeMemory.Free(_inputBuffer);
                        _inputBuffer = grown;
                        _inputBufferSize = used + data.Length;
                        _inBegin = 0;
                        _inEnd = used;
                    }
                    else if (_inputBufferSize - _inEnd < data.Length)
                    {
                        Buffer.MemoryCopy(_inputBuffer + _inBegin, _inputBuffer, _inputBufferSize, used);
                        _inBegin = 0;
                        _inEnd = used;
                    }
                    data.CopyTo(new Span<byte>(_inputBuffer + _inEnd, data.Length));
                    _inEnd += data.Length;
                }
                inb = new InBuffer { src = _inputBuffer + _inBegin, size = (nuint)(_inEnd - _inBegin), pos = 0 };
            }

            var result = Run(&inb, maxLength);
            if (result == null)
            {
                ResetSession();
                return null;
            }

            if (inb.pos == inb.size)
            {
                _needsInput = !(result.AsSpan().Length == maxLength || _eof);
                if (useInputBuffer) _inBegin = _inEnd = 0;
            }
            else
            {
                nint left = (nint)(inb.size - inb.pos);
                _needsInput = false;
                if (!useInputBuffer)
                {
                    if (_inputBuffer != null && _inputBufferSize < left)
                    {
                        NativeMemory.Free(_inputBuffer);
                        _inputBuffer = null;
                        _inputBufferSize = 0;
                    }
                    if (_inputBuffer == null)
                    {
                        _inputBuffer = (byte*)NativeMemory.Alloc((nuint)left);
                        if (_inputBuffer == null)
                        {
                            Py.DECREF(result);
                            Errors.NoMemory();
                            ResetSession();
                            return null;
                        }
                        _inputBufferSize = left;
                    }
                    Buffer.MemoryCopy(inb.src + inb.pos, _inputBuffer, _inputBufferSize, left);
                    _inBegin = 0;
                    _inEnd = left;
                }
                else
                {
                    _inBegin += (nint)inb.pos;
                }
            }
            return result;
        }
    }

    [PyMethod("decompress", TextSignature = "($self, /, data, max_length=-1)",
        Doc = "Decompress *data*, returning uncompressed bytes if possible, or b'' otherwise.\n\n  data\n    A bytes-like object, Zstandard data to be decompressed.\n  max_length\n    Maximum size of returned data. When it is negative, the size of\n    output buffer is unlimited. When it is nonnegative, returns at\n    most max_length bytes of decompressed data.\n\nIf *max_length* is nonnegative, returns at most *max_length* bytes of\ndecompressed data. If this limit is reached and further output can be\nproduced, *self.needs_input* will be set to ``False``. In this case, the next\ncall to *decompress()* may provide *data* as b'' to obtain more of the output.\n\nIf all of the input data was decompressed and returned (either because this\nwas less than *max_length* bytes, or because *max_length* was negative),\n*self.needs_input* will be set to True.\n\nAttempting to decompress data after the end of a frame is reached raises an\nEOFError. Any data found after the end of the frame is ignored and saved in\nthe self.unused_data attribute.")]
    static PyObject? DecompressMethod(ZstdDecompressor self, [Keyword] BufferArg data, [Keyword("max_length")] long max_length = -1)
    {
        StreamLock.Enter(self._lock);
        try
        {
            return self.Decompress(data.Span, max_length);
        }
        finally
        {
            StreamLock.Exit(self._lock);
        }
    }

    [PyGetter("unused_data", Doc = "A bytes object of un-consumed input data.\n\nWhen ZstdDecompressor object stops after a frame is\ndecompressed, unused input data after the frame. Otherwise this will be b''.")]
    static PyObject? UnusedData(ZstdDecompressor self)
    {
        StreamLock.Enter(self._lock);
        try
        {
            if (!self._eof) return Py.NewRef(PyBytes.EmptyBytes);
            self._unusedData ??= self._inEnd > self._inBegin
                ? PyBytes.FromSpan(new ReadOnlySpan<byte>(self._inputBuffer + self._inBegin, (int)(self._inEnd - self._inBegin)))
                : Py.NewRef(PyBytes.EmptyBytes);
            return Py.NewRef(self._unusedData);
        }
        finally
        {
            StreamLock.Exit(self._lock);
        }
    }

    [PyGetter("eof", Doc = "True means the end of the first frame has been reached. If decompress data\nafter that, an EOFError exception will be raised.")]
    static PyObject? Eof(ZstdDecompressor self) => Py.NewBool(self._eof);

    [PyGetter("needs_input", Doc = "If the max_length output limit in .decompress() method has been reached,\nand the decompressor has (or may has) unconsumed input data, it will be set\nto False. In this case, passing b'' to the .decompress() method may output\nfurther data.")]
    static PyObject? NeedsInput(ZstdDecompressor self) => Py.NewBool(self._needsInput);
}
