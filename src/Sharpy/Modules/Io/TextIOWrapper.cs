using System;
using System.Collections.Generic;
using System.Numerics;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Io;

/// <summary>
/// `_io.TextIOWrapper` (Modules/_io/textio.c; behaviour as Lib/_pyio.py's TextIOWrapper):
/// text over a buffered binary stream. Reading decodes chunks (read1) through the codec's
/// incremental decoder (inside an IncrementalNewlineDecoder for universal newlines) into
/// decoded_chars; writing translates newlines, encodes, and gathers the bytes in
/// pending_bytes until a chunk is full, a line ends (line_buffering) or flush. tell()
/// returns CPython's opaque cookie (position, decoder flags, bytes to feed, need_eof,
/// chars to skip) rebuilt from the snapshot taken at the last chunk read.
/// </summary>
[PyType("_io.TextIOWrapper", BaseType = true)]
public sealed partial class PyTextIOWrapper : PyTextIOBase
{
    PyObject? _buffer;
    bool _ok, _detached;
    string _encoding = "utf-8", _errors = "strict";
    TextDecoder? _rawDecoder;
    PyIncrementalNewlineDecoder? _nlDecoder;
    TextEncoder? _encoder;
    string? _readnl, _writenl;
    bool _readuniversal, _readtranslate, _writetranslate;
    bool _lineBuffering, _writeThrough;
    PyUnicode? _decodedChars;
    int _decodedCharsUsed;
    // The snapshot: the decoder flags and the bytes fed since the last point where its buffer was empty.
    bool _hasSnapshot;
    long _snapshotFlags;
    byte[] _snapshotInput = [];
    bool _seekable, _telling, _hasRead1;
    bool _finalizing;
    long _chunkSize = 8192;
    double _b2cratio;
    // pending_bytes: encoded text not yet given to the buffer.
    byte[] _pending = [];
    int _pendingCount;

    public PyTextIOWrapper(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new PyTextIOWrapper(type);

    protected internal override void Traverse(Visitor visit)
    {
        base.Traverse(visit);
        if (_buffer != null) visit(_buffer);
        if (_nlDecoder != null) visit(_nlDecoder);
        if (_decodedChars != null) visit(_decodedChars);
        _rawDecoder?.Visit(visit);
        _encoder?.Visit(visit);
    }

    protected internal override void Clear()
    {
        base.Clear();
        Py.CLEAR(ref _buffer);
        ClearCodecs();
        Py.CLEAR(ref _decodedChars);
    }

    protected internal override void ReleaseReferences() => Clear();

    void ClearCodecs()
    {
        if (_nlDecoder != null) Py.CLEAR(ref _nlDecoder); // it owns the raw decoder
        else _rawDecoder?.Release();
        _rawDecoder = null;
        _encoder?.Release();
        _encoder = null;
    }

    internal PyObject? Buffer => _buffer;

    static readonly ArgParse.Parser InitParser = new("TextIOWrapper", 0,
        ["buffer", "encoding", "errors", "newline", "line_buffering", "write_through"], 1, 6, 0);

    static bool OptStr(PyObject? o, string what, out string? value)
    {
        value = null;
        if (o == null || o == Py.None) return true;
        if (o is PyUnicode u) { value = u.Value; return true; }
        Errors.SetString(PyExc.TypeError, $"TextIOWrapper() argument '{what}' must be str or None, not {o.ob_type.tp_name}");
        return false;
    }

    [PySlot("tp_init")]
    static int Init(PyObject op, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = new PyObject?[6];
        if (!ArgParse.UnpackKeywords(args, kwnames, InitParser, a)) return -1;
        var self = (PyTextIOWrapper)op;
        if (!OptStr(a[1], "encoding", out var encoding) || !OptStr(a[2], "errors", out var errors) || !OptStr(a[3], "newline", out var newline))
            return -1;
        bool lineBuffering = false, writeThrough = false;
        if (a[4] != null) { int t = Abstract.IsTrue(a[4]!); if (t < 0) return -1; lineBuffering = t > 0; }
        if (a[5] != null) { int t = Abstract.IsTrue(a[5]!); if (t < 0) return -1; writeThrough = t > 0; }
        self._ok = false;
        self._detached = false;
        if (encoding != null && encoding.Contains('\0'))
        {
            Errors.SetString(PyExc.ValueError, "embedded null character");
            return -1;
        }
        if (errors != null && errors.Contains('\0'))
        {
            Errors.SetString(PyExc.ValueError, "embedded null character");
            return -1;
        }
        if (CheckNewline(newline) < 0) return -1;
        if (encoding == null)
        {
            if (Interpreter.Config.WarnDefaultEncoding && Warnings.WarnEx(PyExc.EncodingWarning, "'encoding' argument not specified", 1) < 0)
                return -1;
            encoding = IoModule.Utf8Mode ? "utf-8" : "locale";
        }
        if (encoding == "locale") encoding = IoModule.LocaleEncoding();
        if (TextCodecs.CheckEncoding(encoding) < 0) return -1;
        Py.SETREF(ref self._buffer, Py.NewRef(a[0]!));
        Py.CLEAR(ref self._decodedChars);
        self._hasSnapshot = false;
        self._pendingCount = 0;
        self._chunkSize = 8192;
        if (self.Configure(encoding, errors ?? "strict", newline, lineBuffering, writeThrough) < 0) return -1;
        var seekable = Calls.CallMethod(self._buffer!, "seekable");
        if (seekable == null) return -1;
        int s = Abstract.IsTrue(seekable);
        Py.DECREF(seekable);
        if (s < 0) return -1;
        self._seekable = self._telling = s > 0;
        int has = Abstract.LookupAttr(self._buffer!, PyUnicode.Intern("read1"), out var read1);
        if (has < 0) return -1;
        Py.XDECREF(read1);
        self._hasRead1 = has > 0;
        self._ok = true;
        if (self._seekable && self._encoder != null)
        {
            // A stream opened in the middle must not write a BOM again.
            var cookie = Calls.CallMethod(self._buffer!, "tell");
            if (cookie == null) return -1;
            int zero = cookie is PyLong l && l.TryGetLong(out long v) && v == 0 ? 1 : 0;
            Py.DECREF(cookie);
            if (zero == 0 && self._encoder.Reset(false) < 0) return -1;
        }
        return 0;
    }

    static int CheckNewline(string? newline)
    {
        if (newline != null && newline is not ("" or "\n" or "\r" or "\r\n"))
        {
            Errors.SetString(PyExc.ValueError, $"illegal newline value: {newline}");
            return -1;
        }
        return 0;
    }

    /// <summary>Set up the codec and newline handling (textiowrapper_init's second half, and reconfigure()).</summary>
    int Configure(string encoding, string errors, string? newline, bool lineBuffering, bool writeThrough)
    {
        _lineBuffering = lineBuffering;
        _writeThrough = writeThrough;
        _readuniversal = newline == null || newline == "";
        _readtranslate = newline == null;
        _readnl = newline;
        _writetranslate = newline != "";
        _writenl = !_readuniversal && _readnl != null && _readnl != "\n" ? _readnl : null;
        ClearCodecs();
        _encoding = encoding;
        _errors = errors;
        var readable = Calls.CallMethod(_buffer!, "readable");
        if (readable == null) return -1;
        int r = Abstract.IsTrue(readable);
        Py.DECREF(readable);
        if (r < 0) return -1;
        if (r > 0)
        {
            _rawDecoder = TextCodecs.GetDecoder(encoding, errors);
            if (_rawDecoder == null) return -1;
            if (_readuniversal) _nlDecoder = PyIncrementalNewlineDecoder.Create(_rawDecoder, _readtranslate);
        }
        var writable = Calls.CallMethod(_buffer!, "writable");
        if (writable == null) return -1;
        int w = Abstract.IsTrue(writable);
        Py.DECREF(writable);
        if (w < 0) return -1;
        if (w > 0)
        {
            _encoder = TextCodecs.GetEncoder(encoding, errors);
            if (_encoder == null) return -1;
        }
        return 0;
    }

    int CheckAttached()
    {
        if (_ok) return 0;
        Errors.SetString(PyExc.ValueError, _detached ? "underlying buffer has been detached" : "I/O operation on uninitialized object");
        return -1;
    }

    int CheckClosed()
    {
        if (_buffer is PyBuffered b && b.Ok)
        {
            int c = b.RawClosed();
            if (c < 0) return -1;
            if (c > 0) { IoErrors.ClosedFile(); return -1; }
            return 0;
        }
        return PyIOBase.CheckClosed(this);
    }

    int CheckAttachedAndClosed() => CheckAttached() < 0 || CheckClosed() < 0 ? -1 : 0;

    // ---- decoding helpers ----

    PyUnicode? DecodeChunk(PyObject input, bool final)
        => _nlDecoder != null ? _nlDecoder.Decode(input, final) : _rawDecoder!.Decode(input, final);

    int DecoderGetState(out byte[] buf, out long flags)
        => _nlDecoder != null ? _nlDecoder.GetState(out buf, out flags) : _rawDecoder!.GetState(out buf, out flags);

    int DecoderSetState(byte[] buf, long flags)
        => _nlDecoder != null ? _nlDecoder.SetState(buf, flags) : _rawDecoder!.SetState(buf, flags);

    int DecoderReset() => _nlDecoder != null ? _nlDecoder.Reset() : _rawDecoder!.Reset();

    void SetDecodedChars(PyUnicode? chars)
    {
        Py.SETREF(ref _decodedChars, chars);
        _decodedCharsUsed = 0;
    }

    int DecodedAvailable => _decodedChars == null ? 0 : _decodedChars.Length - _decodedCharsUsed;

    /// <summary>Up to n (all when negative) of the decoded characters not yet returned; a new str.</summary>
    PyUnicode GetDecodedChars(long n)
    {
        if (_decodedChars == null) return Py.NewRef(PyUnicode.Empty);
        // Another thread may have replaced the chars while the buffer was read (no lock, as in CPython).
        if (_decodedCharsUsed < 0 || _decodedCharsUsed > _decodedChars.Length) _decodedCharsUsed = _decodedChars.Length;
        int avail = DecodedAvailable;
        if (n < 0 || n > avail) n = avail;
        if (n == 0) return Py.NewRef(PyUnicode.Empty);
        PyUnicode chars = _decodedCharsUsed == 0 && n == _decodedChars.Length
            ? Py.NewRef(_decodedChars) : _decodedChars.Substring(_decodedCharsUsed, (int)n);
        _decodedCharsUsed += (int)n;
        return chars;
    }

    /// <summary>Read and decode one chunk: 1 with more to come, 0 at EOF, -1 on error.</summary>
    int ReadChunk(long sizeHint)
    {
        if (_rawDecoder == null) { IoErrors.Unsupported("not readable"); return -1; }
        byte[] decBuffer = [];
        long decFlags = 0;
        if (_telling && DecoderGetState(out decBuffer, out decFlags) < 0) return -1;
        long size = _chunkSize;
        if (sizeHint > 0) size = Math.Max(size, (long)(Math.Max(_b2cratio, 1.0) * sizeHint));
        var sizeObj = PyLong.FromLong(size);
        var input = Calls.CallMethod(_buffer!, _hasRead1 ? "read1" : "read", sizeObj);
        Py.DECREF(sizeObj);
        if (input == null) return -1;
        if (!PyBuffer.Check(input))
        {
            Errors.SetString(PyExc.TypeError, $"underlying {(_hasRead1 ? "read1" : "read")}() should have returned a bytes-like object, not '{input.ob_type.tp_name}'");
            Py.DECREF(input);
            return -1;
        }
        var inputBytes = input is PyBytes pb ? pb.Value : PyBuffer.ToArray(input);
        if (inputBytes == null) { Py.DECREF(input); return -1; }
        bool eof = inputBytes.Length == 0;
        var decoded = DecodeChunk(input, eof);
        Py.DECREF(input);
        if (decoded == null) return -1;
        SetDecodedChars(decoded);
        int nchars = decoded.Length;
        _b2cratio = nchars > 0 ? (double)inputBytes.Length / nchars : 0.0;
        if (_telling)
        {
            var next = decBuffer.Length == 0 ? inputBytes : new byte[decBuffer.Length + inputBytes.Length];
            if (decBuffer.Length > 0)
            {
                decBuffer.CopyTo(next, 0);
                inputBytes.CopyTo(next, decBuffer.Length);
            }
            _hasSnapshot = true;
            _snapshotFlags = decFlags;
            _snapshotInput = next;
        }
        return eof ? 0 : 1;
    }

    // ---- writing ----

    int WriteFlush()
    {
        if (_pendingCount == 0) return 0;
        int count = _pendingCount;
        _pendingCount = 0;
        if (_buffer is PyBuffered bw && bw.CanWrite && (bw.ob_type == PyBufferedWriter.Type || bw.ob_type == PyBufferedRandom.Type))
            return bw.WriteSpan(_pending.AsSpan(0, count)) < 0 ? -1 : 0;
        var b = PyBytes.FromSpan(_pending.AsSpan(0, count));
        PyObject? r;
        while (true)
        {
            r = Calls.CallMethod(_buffer!, "write", b);
            if (r != null || !Errors.ExceptionMatches(PyExc.InterruptedError)) break;
            Errors.Clear();
        }
        Py.DECREF(b);
        if (r == null) return -1;
        Py.DECREF(r);
        return 0;
    }

    /// <summary>Room for n more pending bytes.</summary>
    Span<byte> PendingRoom(int n)
    {
        if (_pendingCount + n > _pending.Length)
            Array.Resize(ref _pending, (int)Math.Min(Array.MaxLength, Math.Max(_pendingCount + (long)n, Math.Max(2L * _pending.Length, 256))));
        return _pending.AsSpan(_pendingCount, n);
    }

    /// <summary>write(text): the number of characters, or -1 with an exception set.</summary>
    internal long WriteText(PyUnicode text)
    {
        if (CheckAttached() < 0) return -1;
        if (_encoder == null) { IoErrors.Unsupported("not writable"); return -1; }
        if (CheckClosed() < 0) return -1;
        long textlen = text.Length;
        bool haslf = false, needflush = false;
        if (_writetranslate && _writenl != null || _lineBuffering)
            haslf = text.IsSimple ? text.Value.Contains('\n') : Array.IndexOf(text.CodePoints(), '\n') >= 0;
        PyUnicode toEncode = text;
        bool owned = false;
        if (haslf && _writetranslate && _writenl != null)
        {
            toEncode = text.IsSimple ? PyUnicode.FromString(text.Value.Replace("\n", _writenl)) : ReplaceLf(text, _writenl);
            owned = true;
        }
        if (_lineBuffering && (haslf || (toEncode.IsSimple ? toEncode.Value.Contains('\r') : Array.IndexOf(toEncode.CodePoints(), '\r') >= 0)))
            needflush = true;
        if (_encoder is BuiltinEncoder { IsUtf8: true } && !toEncode.HasLoneSurrogates)
        {
            // UTF-8 straight into pending_bytes.
            int max = System.Text.Encoding.UTF8.GetMaxByteCount(toEncode.Value.Length);
            if (_pendingCount + max > _chunkSize && WriteFlush() < 0) { if (owned) Py.DECREF(toEncode); return -1; }
            _pendingCount += System.Text.Encoding.UTF8.GetBytes(toEncode.Value, PendingRoom(max));
            if (owned) Py.DECREF(toEncode);
        }
        else
        {
            var b = _encoder.Encode(toEncode);
            if (owned) Py.DECREF(toEncode);
            if (b == null) return -1;
            var bytes = ((PyBytes)b).AsSpan();
            if (_pendingCount + bytes.Length > _chunkSize && WriteFlush() < 0) { Py.DECREF(b); return -1; }
            bytes.CopyTo(PendingRoom(bytes.Length));
            _pendingCount += bytes.Length;
            Py.DECREF(b);
        }
        if (_pendingCount >= _chunkSize || needflush || _writeThrough)
            if (WriteFlush() < 0) return -1;
        if (needflush)
        {
            var r = Calls.CallMethod(_buffer!, "flush");
            if (r == null) return -1;
            Py.DECREF(r);
        }
        SetDecodedChars(null);
        _hasSnapshot = false;
        if (_rawDecoder != null && DecoderReset() < 0) return -1;
        return textlen;
    }

    static PyUnicode ReplaceLf(PyUnicode s, string nl)
    {
        var w = new UnicodeWriter(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            int c = s[i];
            if (c == '\n') w.Append(nl); else w.AppendCodePoint(c);
        }
        return w.Finish();
    }

    [PyMethod("write", TextSignature = "($self, text, /)")]
    static PyObject? Write(PyTextIOWrapper self, PyObject text)
    {
        if (text is not PyUnicode u) return Errors.SetString(PyExc.TypeError, $"write() argument must be str, not {text.ob_type.tp_name}");
        long n = self.WriteText(u);
        return n < 0 ? null : PyLong.FromLong(n);
    }

    // ---- reading ----

    [PyMethod("read", TextSignature = "($self, size=-1, /)")]
    static PyObject? Read(PyTextIOWrapper self, PyObject? size = null)
    {
        long n = -1;
        if (size != null && size != Py.None && !ArgParse.ToSsize(size, out n)) return null;
        if (self.CheckAttachedAndClosed() < 0) return null;
        if (self._rawDecoder == null) return IoErrors.Unsupported("not readable");
        if (self.WriteFlush() < 0) return null;
        if (n < 0)
        {
            var bytes = Calls.CallMethod(self._buffer!, "read");
            if (bytes == null) return null;
            if (bytes is not PyBytes)
            {
                Errors.SetString(PyExc.TypeError, $"underlying read() should have returned a bytes object, not '{bytes.ob_type.tp_name}'");
                Py.DECREF(bytes);
                return null;
            }
            var decoded = self.DecodeChunk(bytes, true);
            Py.DECREF(bytes);
            if (decoded == null) return null;
            var head = self.GetDecodedChars(-1);
            var result = PyUnicode.Concat(head, decoded);
            Py.DECREF(head);
            Py.DECREF(decoded);
            self.SetDecodedChars(null);
            self._hasSnapshot = false;
            return result;
        }
        var res = self.GetDecodedChars(n);
        long remaining = n - res.Length;
        while (remaining > 0)
        {
            int more = self.ReadChunk(remaining);
            if (more < 0) { Py.DECREF(res); return null; }
            var piece = self.GetDecodedChars(remaining);
            if (piece.Length > 0)
            {
                var joined = PyUnicode.Concat(res, piece);
                Py.DECREF(res);
                res = joined;
                remaining -= piece.Length;
            }
            Py.DECREF(piece);
            if (more == 0) break;
        }
        return res;
    }

    int FindLine(PyUnicode line, int start, out int consumed)
    {
        int end;
        if (line.IsSimple)
            end = LineEndings.Find<char>(_readtranslate, _readuniversal, _readnl, line.Value.AsSpan(start), out consumed);
        else
            end = LineEndings.Find<int>(_readtranslate, _readuniversal, _readnl, (line.RawCodePoints ?? line.CodePoints()).AsSpan(start), out consumed);
        consumed += start;
        return end < 0 ? -1 : end + start;
    }

    internal PyObject? ReadLineCore(long limit)
    {
        if (CheckAttachedAndClosed() < 0) return null;
        if (WriteFlush() < 0) return null;
        if (_rawDecoder == null) return IoErrors.Unsupported("not readable");
        if (_decodedChars != null && DecodedAvailable > 0 && _decodedCharsUsed >= 0)
        {
            int used = _decodedCharsUsed;
            int end = FindLine(_decodedChars, used, out _);
            if (end >= 0 && (limit < 0 || end - used <= limit))
            {
                _decodedCharsUsed = end;
                return _decodedChars.Substring(used, end - used);
            }
        }
        var line = GetDecodedChars(-1);
        int start = 0, endpos;
        while (true)
        {
            int end = FindLine(line, start, out int consumed);
            if (end >= 0) { endpos = end; break; }
            start = consumed;
            if (limit >= 0 && line.Length >= limit) { endpos = (int)limit; break; }
            int more;
            do
            {
                more = ReadChunk(0);
                if (more < 0) { Py.DECREF(line); return null; }
            } while (more > 0 && DecodedAvailable == 0);
            if (DecodedAvailable > 0)
            {
                var rest = GetDecodedChars(-1);
                var joined = PyUnicode.Concat(line, rest);
                Py.DECREF(line);
                Py.DECREF(rest);
                line = joined;
            }
            else
            {
                SetDecodedChars(null);
                _hasSnapshot = false;
                return line;
            }
        }
        if (limit >= 0 && endpos > limit) endpos = (int)limit;
        // Give back what follows the line.
        _decodedCharsUsed = Math.Max(0, _decodedCharsUsed - (line.Length - endpos));
        if (endpos == line.Length) return line;
        var result = line.Substring(0, endpos);
        Py.DECREF(line);
        return result;
    }

    [PyMethod("readline", TextSignature = "($self, size=-1, /)")]
    static PyObject? ReadLine(PyTextIOWrapper self, PyObject? size = null)
    {
        long n = -1;
        if (size != null && size != Py.None)
        {
            var idx = Abstract.Index(size);
            if (idx == null) return null;
            n = Abstract.AsSsize(idx, PyExc.OverflowError);
            Py.DECREF(idx);
            if (n == -1 && Errors.Occurred()) return null;
        }
        return self.ReadLineCore(n);
    }

    [PySlot("tp_iternext")]
    static PyObject? IterNext(PyObject op)
    {
        var self = (PyTextIOWrapper)op;
        if (self.CheckAttached() < 0) return null;
        self._telling = false;
        PyObject? line;
        if (op.ob_type == Type) line = self.ReadLineCore(-1);
        else
        {
            line = Calls.CallMethod(op, "readline");
            if (line != null && line is not PyUnicode)
            {
                Errors.SetString(PyExc.OSError, $"readline() should have returned a str object, not '{line.ob_type.tp_name}'");
                Py.DECREF(line);
                return null;
            }
        }
        if (line == null) return null;
        if (((PyUnicode)line).Length == 0)
        {
            Py.DECREF(line);
            self._hasSnapshot = false;
            self._telling = self._seekable;
            return null;
        }
        return line;
    }

    // ---- flushing, closing ----

    [PyMethod("flush")]
    static PyObject? Flush(PyTextIOWrapper self)
    {
        if (self.CheckAttachedAndClosed() < 0) return null;
        self._telling = self._seekable;
        if (self.WriteFlush() < 0) return null;
        return Calls.CallMethod(self._buffer!, "flush");
    }

    /// <summary>Flush for sys's streams at exit and in print(flush=True): 0, or -1.</summary>
    internal int FlushText()
    {
        var r = Flush(this);
        if (r == null) return -1;
        Py.DECREF(r);
        return 0;
    }

    [PyMethod("close")]
    static PyObject? Close(PyTextIOWrapper self)
    {
        if (self.CheckAttached() < 0) return null;
        int closed = PyIOBase.IsClosed(self);
        if (closed < 0) return null;
        if (closed > 0) return Py.None;
        if (self._finalizing)
        {
            var w = Calls.CallMethod(self._buffer!, "_dealloc_warn", self);
            if (w == null) Errors.Clear(); else Py.DECREF(w);
        }
        var res = Calls.CallMethod(self, "flush");
        var exc = res == null ? Errors.GetRaisedException() : null;
        Py.XDECREF(res);
        var r = Calls.CallMethod(self._buffer!, "close");
        if (exc != null)
        {
            Py.XDECREF(r);
            Errors.ChainExceptions(exc);
            return null;
        }
        return r;
    }

    internal override void DeallocWarn(PyObject source)
    {
        if (_buffer is PyIOBase io) io.DeallocWarn(source);
    }

    [PyMethod("detach")]
    static PyObject? Detach(PyTextIOWrapper self)
    {
        if (self.CheckAttached() < 0) return null;
        var r = Calls.CallMethod(self, "flush");
        if (r == null) return null;
        Py.DECREF(r);
        var buffer = self._buffer!;
        self._buffer = null;
        self._ok = false;
        self._detached = true;
        return buffer;
    }

    PyObject? BufferCall(string method)
    {
        if (CheckAttached() < 0) return null;
        return Calls.CallMethod(_buffer!, method);
    }

    [PyMethod("fileno")] static PyObject? Fileno(PyTextIOWrapper self) => self.BufferCall("fileno");
    [PyMethod("seekable")] static PyObject? Seekable(PyTextIOWrapper self) => self.BufferCall("seekable");
    [PyMethod("readable")] static PyObject? Readable(PyTextIOWrapper self) => self.BufferCall("readable");
    [PyMethod("writable")] static PyObject? Writable(PyTextIOWrapper self) => self.BufferCall("writable");
    [PyMethod("isatty")] static PyObject? Isatty(PyTextIOWrapper self) => self.BufferCall("isatty");

    [PyGetter("closed")]
    static PyObject? GetClosed(PyTextIOWrapper self) => self.CheckAttached() < 0 ? null : Abstract.GetAttr(self._buffer!, "closed");

    [PyGetter("name")]
    static PyObject? GetName(PyTextIOWrapper self) => self.CheckAttached() < 0 ? null : Abstract.GetAttr(self._buffer!, "name");

    [PyGetter("buffer")]
    static PyObject? GetBuffer(PyTextIOWrapper self) => self.CheckAttached() < 0 ? null : Py.NewRef(self._buffer!);

    [PyGetter("encoding")] static PyObject? GetEncoding(PyTextIOWrapper self) => PyUnicode.FromString(self._encoding);
    [PyGetter("errors")] static PyObject? GetErrors(PyTextIOWrapper self) => PyUnicode.FromString(self._errors);
    [PyGetter("line_buffering")] static PyObject? GetLineBuffering(PyTextIOWrapper self) => Py.NewBool(self._lineBuffering);
    [PyGetter("write_through")] static PyObject? GetWriteThrough(PyTextIOWrapper self) => Py.NewBool(self._writeThrough);
    [PyGetter("_finalizing")] static PyObject? GetFinalizing(PyTextIOWrapper self) => Py.NewBool(self._finalizing);

    [PyGetter("newlines")]
    static PyObject? GetNewlines(PyTextIOWrapper self)
    {
        if (self.CheckAttached() < 0) return null;
        return self._nlDecoder == null ? Py.None : self._nlDecoder.Newlines();
    }

    [PyGetter("_CHUNK_SIZE")]
    static PyObject? GetChunkSize(PyTextIOWrapper self) => self.CheckAttached() < 0 ? null : PyLong.FromLong(self._chunkSize);

    [PySetter("_CHUNK_SIZE")]
    static int SetChunkSize(PyTextIOWrapper self, PyObject? value)
    {
        if (self.CheckAttached() < 0) return -1;
        if (value == null) { Errors.SetString(PyExc.AttributeError, "cannot delete attribute"); return -1; }
        long n = Abstract.AsSsize(value, PyExc.TypeError);
        if (n == -1 && Errors.Occurred()) return -1;
        if (n <= 0) { Errors.SetString(PyExc.ValueError, "a strictly positive integer is required"); return -1; }
        self._chunkSize = n;
        return 0;
    }

    [PyMethod("reconfigure")]
    static PyObject? Reconfigure(PyTextIOWrapper self, [KeywordOnly] PyObject? encoding = null, [KeywordOnly] PyObject? errors = null,
        [KeywordOnly] PyObject? newline = null, [KeywordOnly] PyObject? line_buffering = null, [KeywordOnly] PyObject? write_through = null)
    {
        if (self.CheckAttached() < 0) return null;
        bool encGiven = encoding != null && encoding != Py.None, errGiven = errors != null && errors != Py.None;
        if (self._decodedChars != null && (encGiven || errGiven || newline != null))
            return IoErrors.Unsupported("It is not possible to set the encoding or newline of stream after the first read");
        string? enc = null, err = null, nl = self._readnl;
        if (encGiven)
        {
            if (encoding is not PyUnicode eu) return Errors.SetString(PyExc.TypeError, $"reconfigure() argument 'encoding' must be str or None, not {encoding!.ob_type.tp_name}");
            enc = eu.Value;
            if (enc == "locale") enc = IoModule.LocaleEncoding();
            if (TextCodecs.CheckEncoding(enc) < 0) return null;
        }
        if (errGiven)
        {
            if (errors is not PyUnicode er) return Errors.SetString(PyExc.TypeError, $"reconfigure() argument 'errors' must be str or None, not {errors!.ob_type.tp_name}");
            err = er.Value;
        }
        if (newline != null)
        {
            if (newline == Py.None) nl = null;
            else if (newline is PyUnicode nu) nl = nu.Value;
            else return Errors.SetString(PyExc.TypeError, $"reconfigure() argument 'newline' must be str or None, not {newline.ob_type.tp_name}");
            if (CheckNewline(nl) < 0) return null;
        }
        bool lb = self._lineBuffering, wt = self._writeThrough;
        if (line_buffering != null && line_buffering != Py.None)
        {
            int t = Abstract.IsTrue(line_buffering);
            if (t < 0) return null;
            lb = t > 0;
        }
        if (write_through != null && write_through != Py.None)
        {
            int t = Abstract.IsTrue(write_through);
            if (t < 0) return null;
            wt = t > 0;
        }
        var r = Calls.CallMethod(self, "flush");
        if (r == null) return null;
        Py.DECREF(r);
        if (enc == null && err == null && newline == null)
        {
            self._lineBuffering = lb;
            self._writeThrough = wt;
            return Py.None;
        }
        err ??= enc == null ? self._errors : "strict";
        enc ??= self._encoding;
        return self.Configure(enc, err, nl, lb, wt) < 0 ? null : Py.None;
    }

    // ---- positioning: tell and seek cookies ----

    static PyObject PackCookie(long position, long decFlags = 0, long bytesToFeed = 0, bool needEof = false, long charsToSkip = 0)
    {
        if (decFlags == 0 && bytesToFeed == 0 && !needEof && charsToSkip == 0) return PyLong.FromLong(position);
        var v = new BigInteger(position) | (new BigInteger(decFlags) << 64) | (new BigInteger(bytesToFeed) << 128)
            | (new BigInteger(charsToSkip) << 192) | (needEof ? BigInteger.One << 256 : BigInteger.Zero);
        return PyLong.FromBigInteger(v);
    }

    static void UnpackCookie(BigInteger cookie, out long position, out long decFlags, out long bytesToFeed, out bool needEof, out long charsToSkip)
    {
        var mask = (BigInteger.One << 64) - 1;
        position = (long)(ulong)(cookie & mask);
        decFlags = (long)(ulong)((cookie >> 64) & mask);
        bytesToFeed = (long)(ulong)((cookie >> 128) & mask);
        charsToSkip = (long)(ulong)((cookie >> 192) & mask);
        needEof = !((cookie >> 256) & mask).IsZero;
    }

    long DecodedLength(ReadOnlySpan<byte> input, bool final)
    {
        var b = PyBytes.FromSpan(input);
        var s = DecodeChunk(b, final);
        Py.DECREF(b);
        if (s == null) return -1;
        long n = s.Length;
        Py.DECREF(s);
        return n;
    }

    [PyMethod("tell")]
    static PyObject? Tell(PyTextIOWrapper self)
    {
        if (self.CheckAttachedAndClosed() < 0) return null;
        if (!self._seekable) return IoErrors.Unsupported("underlying stream is not seekable");
        if (!self._telling) return Errors.SetString(PyExc.OSError, "telling position disabled by next() call");
        var fr = Flush(self);
        if (fr == null) return null;
        Py.DECREF(fr);
        var posObj = Calls.CallMethod(self._buffer!, "tell");
        if (posObj == null) return null;
        long position = Abstract.AsSsize(posObj, PyExc.OverflowError);
        Py.DECREF(posObj);
        if (position == -1 && Errors.Occurred()) return null;
        if (self._rawDecoder == null || !self._hasSnapshot)
            return PyLong.FromLong(position);
        long decFlags = self._snapshotFlags;
        var nextInput = self._snapshotInput;
        position -= nextInput.Length;
        long charsToSkip = self._decodedCharsUsed;
        if (charsToSkip == 0) return PackCookie(position, decFlags);
        if (self.DecoderGetState(out var savedBuf, out long savedFlags) < 0) return null;
        try
        {
            // Fast search for an acceptable start point, close to the current position.
            long skipBytes = (long)(self._b2cratio * charsToSkip);
            long skipBack = 1;
            if (skipBytes > nextInput.Length) skipBytes = nextInput.Length;
            bool found = false;
            while (skipBytes > 0)
            {
                if (self.DecoderSetState([], decFlags) < 0) return null;
                long n = self.DecodedLength(nextInput.AsSpan(0, (int)skipBytes), false);
                if (n < 0) return null;
                if (n <= charsToSkip)
                {
                    if (self.DecoderGetState(out var b, out long d) < 0) return null;
                    if (b.Length == 0)
                    {
                        decFlags = d;
                        charsToSkip -= n;
                        found = true;
                        break;
                    }
                    skipBytes -= b.Length;
                    skipBack = 1;
                }
                else
                {
                    skipBytes -= skipBack;
                    skipBack *= 2;
                }
            }
            if (!found)
            {
                skipBytes = 0;
                if (self.DecoderSetState([], decFlags) < 0) return null;
            }
            long startPos = position + skipBytes;
            long startFlags = decFlags;
            if (charsToSkip == 0) return PackCookie(startPos, startFlags);
            long bytesFed = 0, charsDecoded = 0;
            bool needEof = false, done = false;
            for (long i = skipBytes; i < nextInput.Length; i++)
            {
                bytesFed++;
                long n = self.DecodedLength(nextInput.AsSpan((int)i, 1), false);
                if (n < 0) return null;
                charsDecoded += n;
                if (self.DecoderGetState(out var decBuffer, out long flags) < 0) return null;
                if (decBuffer.Length == 0 && charsDecoded <= charsToSkip)
                {
                    startPos += bytesFed;
                    charsToSkip -= charsDecoded;
                    startFlags = flags;
                    bytesFed = 0;
                    charsDecoded = 0;
                }
                if (charsDecoded >= charsToSkip) { done = true; break; }
            }
            if (!done)
            {
                long n = self.DecodedLength([], true);
                if (n < 0) return null;
                charsDecoded += n;
                needEof = true;
                if (charsDecoded < charsToSkip) return Errors.SetString(PyExc.OSError, "can't reconstruct logical file position");
            }
            return PackCookie(startPos, startFlags, bytesFed, needEof, charsToSkip);
        }
        finally
        {
            var exc = Errors.GetRaisedException();
            if (self.DecoderSetState(savedBuf, savedFlags) < 0) Errors.ChainExceptions(exc);
            else Errors.SetRaisedException(exc);
        }
    }

    int ResetEncoder(bool atStart) => _encoder == null ? 0 : _encoder.Reset(atStart);

    [PyMethod("seek", TextSignature = "($self, cookie, whence=0, /)")]
    static PyObject? Seek(PyTextIOWrapper self, PyObject cookieObj, int whence = 0)
    {
        if (self.CheckAttachedAndClosed() < 0) return null;
        if (!self._seekable) return IoErrors.Unsupported("underlying stream is not seekable");
        PyObject? cookieOwned = null;
        try
        {
            if (whence == 1 || whence == 2)
            {
                int cmp = Abstract.RichCompareBool(cookieObj, PyLong.FromLong(0), CompareOp.Eq);
                if (cmp < 0) return null;
                if (cmp == 0) return IoErrors.Unsupported(whence == 1 ? "can't do nonzero cur-relative seeks" : "can't do nonzero end-relative seeks");
                if (whence == 1)
                {
                    cookieOwned = Tell(self);
                    if (cookieOwned == null) return null;
                    cookieObj = cookieOwned;
                    whence = 0;
                }
                else
                {
                    var fr = Flush(self);
                    if (fr == null) return null;
                    Py.DECREF(fr);
                    self.SetDecodedChars(null);
                    self._hasSnapshot = false;
                    if (self._rawDecoder != null && self.DecoderReset() < 0) return null;
                    var res = Calls.CallMethod(self._buffer!, "seek", PyLong.FromLong(0), PyLong.FromLong(2));
                    if (res == null) return null;
                    int atStart = Abstract.RichCompareBool(res, PyLong.FromLong(0), CompareOp.Eq);
                    if (atStart < 0 || self.ResetEncoder(atStart > 0) < 0) { Py.DECREF(res); return null; }
                    return res;
                }
            }
            if (whence != 0) return Errors.SetString(PyExc.ValueError, $"invalid whence ({whence}, should be 0, 1 or 2)");
            var idx = Abstract.Index(cookieObj);
            if (idx == null) return null;
            var cookie = idx.ToBigInteger();
            Py.DECREF(idx);
            if (cookie.Sign < 0) return Errors.SetString(PyExc.ValueError, $"negative seek position {Abstract.ReprString(cookieObj)}");
            var f = Flush(self);
            if (f == null) return null;
            Py.DECREF(f);
            UnpackCookie(cookie, out long startPos, out long decFlags, out long bytesToFeed, out bool needEof, out long charsToSkip);
            var sp = PyLong.FromLong(startPos);
            var sr = Calls.CallMethod(self._buffer!, "seek", sp);
            Py.DECREF(sp);
            if (sr == null) return null;
            Py.DECREF(sr);
            self.SetDecodedChars(null);
            self._hasSnapshot = false;
            if (self._rawDecoder != null)
            {
                if (cookie.IsZero)
                {
                    if (self.DecoderReset() < 0) return null;
                }
                else
                {
                    if (self.DecoderSetState([], decFlags) < 0) return null;
                    self._hasSnapshot = true;
                    self._snapshotFlags = decFlags;
                    self._snapshotInput = [];
                }
            }
            if (charsToSkip > 0)
            {
                if (self._rawDecoder == null) return IoErrors.Unsupported("not readable");
                var n = PyLong.FromLong(bytesToFeed);
                var input = Calls.CallMethod(self._buffer!, "read", n);
                Py.DECREF(n);
                if (input == null) return null;
                if (input is not PyBytes ib)
                {
                    Py.DECREF(input);
                    return Errors.SetString(PyExc.TypeError, $"underlying read() should have returned a bytes object, not '{input.ob_type.tp_name}'");
                }
                var decoded = self.DecodeChunk(input, needEof);
                self._hasSnapshot = true;
                self._snapshotFlags = decFlags;
                self._snapshotInput = ib.Value;
                Py.DECREF(input);
                if (decoded == null) return null;
                self.SetDecodedChars(decoded);
                if (decoded.Length < charsToSkip) return Errors.SetString(PyExc.OSError, "can't restore logical file position");
                self._decodedCharsUsed = (int)charsToSkip;
            }
            if (self.ResetEncoder(cookie.IsZero) < 0) return null;
            return Py.NewRef(cookieObj);
        }
        finally { Py.XDECREF(cookieOwned); }
    }

    [PyMethod("truncate", TextSignature = "($self, pos=None, /)")]
    static PyObject? Truncate(PyTextIOWrapper self, PyObject? pos = null)
    {
        if (self.CheckAttached() < 0) return null;
        var f = Calls.CallMethod(self, "flush");
        if (f == null) return null;
        Py.DECREF(f);
        return pos == null || pos == Py.None ? Calls.CallMethod(self._buffer!, "truncate") : Calls.CallMethod(self._buffer!, "truncate", pos);
    }

    [PyMethod("__getstate__")]
    static PyObject? GetState(PyTextIOWrapper self) => Errors.SetString(PyExc.TypeError, $"cannot pickle '{self.ob_type.tp_name}' instances");

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject op)
    {
        var self = (PyTextIOWrapper)op;
        var typeName = op.ob_type.tp_name;
        if (self.CheckAttached() < 0) return null;
        if (SeqSupport.ReprEnter(op)) return Errors.SetString(PyExc.RuntimeError, $"reentrant call inside {typeName}.__repr__");
        try
        {
            var sb = new System.Text.StringBuilder("<").Append(typeName);
            foreach (var attr in new[] { "name", "mode" })
            {
                int r = Abstract.LookupAttr(op, PyUnicode.Intern(attr), out var v);
                if (r < 0)
                {
                    if (!Errors.ExceptionMatches(PyExc.ValueError)) return null;
                    Errors.Clear();
                }
                if (v != null)
                {
                    var rep = Abstract.ReprString(v);
                    Py.DECREF(v);
                    if (rep == null) return null;
                    sb.Append(' ').Append(attr).Append('=').Append(rep);
                }
            }
            var enc = PyUnicode.FromString(self._encoding);
            sb.Append(" encoding=").Append(Abstract.ReprString(enc)).Append('>');
            Py.DECREF(enc);
            return PyUnicode.FromString(sb.ToString());
        }
        finally { SeqSupport.ReprLeave(op); }
    }

    /// <summary>iobase_finalize for a wrapper: mark it finalizing so close() warns through the buffer.</summary>
    internal void MarkFinalizing() => _finalizing = true;
}
