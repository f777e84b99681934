using System.Collections.Generic;
using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Io;

/// <summary>
/// What BufferedReader, BufferedWriter and BufferedRandom share (Modules/_io/bufferedio.c;
/// the behaviour follows Lib/_pyio.py's classes): a read buffer (_rbuf[_rpos.._rend)) in
/// front of the raw stream's position, and a write buffer (_wbuf[0.._wlen)) of bytes not
/// yet given to the raw stream. A FileIO raw stream is read and written directly.
/// </summary>
public abstract class PyBuffered : PyBufferedIOBase
{
    internal PyObject? Raw;
    internal bool Ok, Detached, CanRead, CanWrite;
    internal long BufferSize;
    byte[] _rbuf = [];
    int _rpos, _rend;
    byte[] _wbuf = [];
    int _wlen;
    // The object's lock (buffered's `lock`): raw reads and writes release the GIL, so another
    // thread must wait here rather than see the buffers half-updated.
    readonly object _lock = new();
    long _owner;

    protected PyBuffered(PyType type) : base(type) { }

    protected internal override void Traverse(Visitor visit)
    {
        base.Traverse(visit);
        if (Raw != null) visit(Raw);
    }

    protected internal override void Clear()
    {
        base.Clear();
        Py.CLEAR(ref Raw);
    }

    protected internal override void ReleaseReferences()
    {
        base.ReleaseReferences();
        Py.CLEAR(ref Raw);
    }

    internal static readonly ArgParse.Parser ReaderParser = new("BufferedReader", 0, ["raw", "buffer_size"], 1, 2, 0);
    internal static readonly ArgParse.Parser WriterParser = new("BufferedWriter", 0, ["raw", "buffer_size"], 1, 2, 0);
    internal static readonly ArgParse.Parser RandomParser = new("BufferedRandom", 0, ["raw", "buffer_size"], 1, 2, 0);

    internal static int InitCommon(PyObject op, ReadOnlySpan<StackRef> args, PyTuple? kwnames, ArgParse.Parser parser, bool readable, bool writable)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgParse.UnpackKeywords(args, kwnames, parser, a)) return -1;
        var self = (PyBuffered)op;
        long size = IoModule.DEFAULT_BUFFER_SIZE;
        if (a[1] != null && !ArgParse.ToSsize(a[1]!, out size)) return -1;
        self.Ok = false;
        self.Detached = false;
        var raw = a[0]!;
        if (readable && writable && PyIOBase.CheckSeekable(raw) < 0) return -1;
        if (readable && PyIOBase.CheckReadable(raw) < 0) return -1;
        if (writable && PyIOBase.CheckWritable(raw) < 0) return -1;
        if (size <= 0)
        {
            Errors.SetString(PyExc.ValueError, "buffer size must be strictly positive");
            return -1;
        }
        if (size > Array.MaxLength)
        {
            Errors.SetString(PyExc.OverflowError, "buffer size too large");
            return -1;
        }
        Py.SETREF(ref self.Raw, Py.NewRef(raw));
        self.BufferSize = size;
        self.CanRead = readable;
        self.CanWrite = writable;
        self._rbuf = readable ? new byte[size] : [];
        self._rpos = self._rend = 0;
        self._wbuf = writable ? new byte[size] : [];
        self._wlen = 0;
        self.Ok = true;
        return 0;
    }

    /// <summary>CHECK_INITIALIZED: -1 with ValueError for an uninitialized or detached object.</summary>
    internal int CheckInit()
    {
        if (Ok) return 0;
        Errors.SetString(PyExc.ValueError, Detached ? "raw stream has been detached" : "I/O operation on uninitialized object");
        return -1;
    }

    /// <summary>The truth of raw.closed (FileIO read directly): 1, 0, or -1.</summary>
    internal int RawClosed()
    {
        if (Raw is PyFileIO f && f.ob_type == PyFileIO.Type) return f.Fd < 0 ? 1 : 0;
        return PyIOBase.IsClosed(Raw!);
    }

    /// <summary>CHECK_CLOSED: -1 with ValueError(message) when the raw stream is closed (unless buffered data can still be read).</summary>
    int CheckClosed(string message, bool readBufferOk = false)
    {
        int c = RawClosed();
        if (c < 0) return -1;
        if (c > 0 && !(readBufferOk && _rend - _rpos > 0))
        {
            Errors.SetString(PyExc.ValueError, message);
            return -1;
        }
        return 0;
    }

    /// <summary>ENTER_BUFFERED: take the lock (waiting with the GIL released); -1 with RuntimeError on a reentrant call.</summary>
    int Enter()
    {
        long me = ThreadState.Current.Ident;
        if (_owner == me)
        {
            var repr = Abstract.ReprString(this);
            if (repr != null) Errors.SetString(PyExc.RuntimeError, $"reentrant call inside {repr}");
            return -1;
        }
        if (!System.Threading.Monitor.TryEnter(_lock))
        {
            using (Gil.AllowThreads()) System.Threading.Monitor.Enter(_lock);
        }
        _owner = me;
        return 0;
    }

    void Leave()
    {
        _owner = 0;
        System.Threading.Monitor.Exit(_lock);
    }

    // ---- raw access ----

    /// <summary>Read at most dst.Length bytes from the raw stream: the count (0 at EOF), -2 when it would block, -1 on error.</summary>
    long RawRead(Span<byte> dst)
    {
        if (Raw is PyFileIO f && f.ob_type == PyFileIO.Type && f.Fd >= 0)
        {
            long n = PyFileIO.ReadFd(f.Fd, dst, out int errno);
            if (n == -2) return -1;
            if (n < 0)
            {
                if (errno == IoLibc.EAGAIN) return -2;
                Errors.SetFromErrno(errno);
                return -1;
            }
            return n;
        }
        var ba = PyByteArray.FromSpan(new byte[dst.Length]);
        var mv = PyMemoryView.FromObject(ba);
        if (mv == null) { Py.DECREF(ba); return -1; }
        var r = Calls.CallMethod(Raw!, "readinto", mv);
        if (mv is PyMemoryView m)
        {
            // Release the view without losing an exception readinto() raised.
            var exc = Errors.GetRaisedException();
            var rel = Calls.CallMethod(m, "release");
            Py.XDECREF(rel);
            if (exc != null) Errors.SetRaisedException(exc);
        }
        Py.DECREF(mv);
        if (r == null) { Py.DECREF(ba); return -1; }
        if (r == Py.None) { Py.DECREF(ba); return -2; }
        long got = Abstract.AsSsize(r, PyExc.ValueError);
        Py.DECREF(r);
        if (got == -1 && Errors.Occurred()) { Py.DECREF(ba); return -1; }
        if (got < 0 || got > dst.Length)
        {
            Py.DECREF(ba);
            Errors.SetString(PyExc.OSError, $"raw readinto() returned invalid length {got} (should have been between 0 and {dst.Length})");
            return -1;
        }
        ba.AsSpan()[..(int)got].CopyTo(dst);
        Py.DECREF(ba);
        return got;
    }

    /// <summary>Write to the raw stream: the count written, -2 when it would block, -1 on error.</summary>
    long RawWrite(ReadOnlySpan<byte> src)
    {
        if (Raw is PyFileIO f && f.ob_type == PyFileIO.Type && f.Fd >= 0)
        {
            long n = PyFileIO.WriteFd(f.Fd, src, out int errno);
            if (n == -2) return -1;
            if (n < 0)
            {
                if (errno == IoLibc.EAGAIN) return -2;
                Errors.SetFromErrno(errno);
                return -1;
            }
            return n;
        }
        var b = PyBytes.FromSpan(src);
        var r = Calls.CallMethod(Raw!, "write", b);
        Py.DECREF(b);
        if (r == null) return -1;
        if (r == Py.None) return -2;
        long got = Abstract.AsSsize(r, PyExc.ValueError);
        Py.DECREF(r);
        if (got == -1 && Errors.Occurred()) return -1;
        if (got < 0 || got > src.Length)
        {
            Errors.SetString(PyExc.OSError, $"raw write() returned invalid length {got} (should have been between 0 and {src.Length})");
            return -1;
        }
        return got;
    }

    /// <summary>raw.seek(pos, whence): the new position, or -1 with an exception set.</summary>
    long RawSeek(long pos, int whence)
    {
        PyObject? r;
        if (Raw is PyFileIO f && f.ob_type == PyFileIO.Type && f.Fd >= 0)
        {
            var po = PyLong.FromLong(pos);
            r = f.PortableLseek(po, whence, false);
            Py.DECREF(po);
        }
        else
        {
            var po = PyLong.FromLong(pos);
            var wo = PyLong.FromLong(whence);
            r = Calls.CallMethod(Raw!, "seek", po, wo);
            Py.DECREF(po);
            Py.DECREF(wo);
        }
        if (r == null) return -1;
        long n = Abstract.AsSsize(r, PyExc.ValueError);
        Py.DECREF(r);
        if (n == -1 && Errors.Occurred()) return -1;
        if (n < 0)
        {
            Errors.SetString(PyExc.OSError, $"Raw stream returned invalid position {n}");
            return -1;
        }
        return n;
    }

    long RawTell()
    {
        PyObject? r = Raw is PyFileIO f && f.ob_type == PyFileIO.Type && f.Fd >= 0
            ? f.PortableLseek(null, 1, false) : Calls.CallMethod(Raw!, "tell");
        if (r == null) return -1;
        long n = Abstract.AsSsize(r, PyExc.ValueError);
        Py.DECREF(r);
        if (n == -1 && Errors.Occurred()) return -1;
        if (n < 0)
        {
            Errors.SetString(PyExc.OSError, $"Raw stream returned invalid position {n}");
            return -1;
        }
        return n;
    }

    // ---- writing ----

    /// <summary>Give the write buffer to the raw stream: 0, or -1 (BlockingIOError when it would block).</summary>
    internal int FlushWrites()
    {
        int done = 0;
        while (done < _wlen)
        {
            long n = RawWrite(_wbuf.AsSpan(done, _wlen - done));
            if (n == -1) { Compact(done); return -1; }
            if (n == -2)
            {
                Compact(done);
                SetBlockingIOError("write could not complete without blocking", 0);
                return -1;
            }
            done += (int)n;
        }
        _wlen = 0;
        return 0;
    }

    void Compact(int done)
    {
        if (done == 0) return;
        Buffer.BlockCopy(_wbuf, done, _wbuf, 0, _wlen - done);
        _wlen -= done;
    }

    static void SetBlockingIOError(string message, long written)
    {
        var e = PyLong.FromLong(IoLibc.EAGAIN);
        var m = PyUnicode.FromString(message);
        var w = PyLong.FromLong(written);
        var exc = Calls.CallArgs(PyExc.BlockingIOError, e, m, w);
        Py.DECREF(e);
        Py.DECREF(m);
        Py.DECREF(w);
        if (exc == null) return;
        Errors.SetObject(exc.ob_type, exc);
        Py.DECREF(exc);
    }

    /// <summary>Before writing, a read buffer is dropped and the raw position moved back to the logical one.</summary>
    int RewindReadBuffer()
    {
        int ahead = _rend - _rpos;
        if (ahead > 0)
        {
            if (RawSeek(-ahead, 1) < 0) return -1;
        }
        _rpos = _rend = 0;
        return 0;
    }

    internal PyObject? Write(PyObject b)
    {
        if (CheckInit() < 0) return null;
        var view = PyBuffer.GetContiguous(b);
        if (view == null) return null;
        try
        {
            long n = WriteSpan(view.Span);
            return n < 0 ? null : PyLong.FromLong(n);
        }
        finally { view.Release(); }
    }

    /// <summary>write() of a span: the count accepted, or -1 with an exception set.</summary>
    internal long WriteSpan(ReadOnlySpan<byte> data)
    {
        if (Enter() < 0) return -1;
        try { return WriteSpanUnlocked(data); }
        finally { Leave(); }
    }

    long WriteSpanUnlocked(ReadOnlySpan<byte> data)
    {
        if (CheckInit() < 0) return -1;
        {
            if (CheckClosed("write to closed file") < 0) return -1;
            if (CanRead && RewindReadBuffer() < 0) return -1;
            if (_wlen + data.Length <= BufferSize)
            {
                data.CopyTo(_wbuf.AsSpan(_wlen));
                _wlen += data.Length;
                return data.Length;
            }
            if (FlushWrites() < 0) return -1;
            if (data.Length >= BufferSize)
            {
                // Large writes go straight to the raw stream.
                int done = 0;
                while (done < data.Length)
                {
                    long n = RawWrite(data[done..]);
                    if (n == -1) return -1;
                    if (n == -2)
                    {
                        // Buffer what fits; report what was accepted.
                        int take = (int)Math.Min(BufferSize, data.Length - done);
                        data.Slice(done, take).CopyTo(_wbuf);
                        _wlen = take;
                        if (done + take < data.Length)
                        {
                            SetBlockingIOError("write could not complete without blocking", done + take);
                            return -1;
                        }
                        done += take;
                        break;
                    }
                    done += (int)n;
                }
                return data.Length;
            }
            data.CopyTo(_wbuf);
            _wlen = data.Length;
            return data.Length;
        }
    }

    internal PyObject? Flush()
    {
        if (Enter() < 0) return null;
        try { return FlushUnlocked(); }
        finally { Leave(); }
    }

    PyObject? FlushUnlocked()
    {
        if (CheckInit() < 0 || CheckClosed("flush of closed file") < 0) return null;
        if (CanWrite)
        {
            if (FlushWrites() < 0) return null;
            if (CanRead && RewindReadBuffer() < 0) return null;
        }
        return Calls.CallMethod(Raw!, "flush");
    }

    // ---- reading ----

    int Available => _rend - _rpos;

    /// <summary>Refill an empty read buffer: bytes added, 0 at EOF, -2 would block, -1 error.</summary>
    long Fill()
    {
        if (_rpos > 0 && _rpos == _rend) _rpos = _rend = 0;
        if (_rpos > 0)
        {
            Buffer.BlockCopy(_rbuf, _rpos, _rbuf, 0, _rend - _rpos);
            _rend -= _rpos;
            _rpos = 0;
        }
        long n = RawRead(_rbuf.AsSpan(_rend));
        if (n > 0) _rend += (int)n;
        return n;
    }

    /// <summary>Flush pending writes before reading (BufferedRandom): 0 or -1.</summary>
    int FlushForRead()
    {
        if (!CanWrite || _wlen == 0) return 0;
        return FlushWrites();
    }

    internal PyObject? Read(long n)
    {
        if (Enter() < 0) return null;
        try { return ReadUnlocked(n); }
        finally { Leave(); }
    }

    PyObject? ReadUnlocked(long n)
    {
        if (CheckInit() < 0) return null;
        if (n < -1) return Errors.SetString(PyExc.ValueError, "read length must be non-negative or -1");
        if (CheckClosed("read of closed file", readBufferOk: true) < 0) return null;
        if (FlushForRead() < 0) return null;
        if (n == -1) return ReadAll();
        if (n <= Available)
        {
            var r = PyBytes.FromSpan(_rbuf.AsSpan(_rpos, (int)n));
            _rpos += (int)n;
            return r;
        }
        var outBuf = IoErrors.NewBuffer(n);
        if (outBuf == null) return null;
        int have = Available;
        _rbuf.AsSpan(_rpos, have).CopyTo(outBuf);
        _rpos = _rend = 0;
        while (have < n)
        {
            long got;
            if (n - have >= BufferSize)
                got = RawRead(outBuf.AsSpan(have));
            else
            {
                got = Fill();
                if (got > 0)
                {
                    int take = (int)Math.Min(n - have, Available);
                    _rbuf.AsSpan(_rpos, take).CopyTo(outBuf.AsSpan(have));
                    _rpos += take;
                    have += take;
                    continue;
                }
            }
            if (got == -1) return null;
            if (got == -2)
            {
                if (have == 0) return Py.None;
                break;
            }
            if (got == 0) break;
            have += (int)got;
        }
        return have == n ? PyBytes.FromBytes(outBuf) : PyBytes.FromSpan(outBuf.AsSpan(0, have));
    }

    PyObject? ReadAll()
    {
        var data = new System.Collections.Generic.List<byte>(Available);
        data.AddRange(_rbuf.AsSpan(_rpos, Available));
        _rpos = _rend = 0;
        int hasReadall = Abstract.LookupAttr(Raw!, PyUnicode.Intern("readall"), out var readall);
        if (hasReadall < 0) return null;
        if (readall != null)
        {
            var chunk = Calls.CallNoArgs(readall);
            Py.DECREF(readall);
            if (chunk == null) return null;
            if (chunk != Py.None && chunk is not PyBytes)
            {
                Py.DECREF(chunk);
                return Errors.SetString(PyExc.TypeError, "readall() should return bytes");
            }
            // Nothing was buffered: the raw read's bytes (or None) are the result as they are.
            if (data.Count == 0) return chunk;
            if (chunk is PyBytes cb) data.AddRange(cb.AsSpan());
            Py.DECREF(chunk);
            return PyBytes.FromBytes(data.ToArray());
        }
        while (true)
        {
            long got = Fill();
            if (got == -1) return null;
            if (got == -2)
            {
                if (data.Count == 0) return Py.None;
                break;
            }
            if (got == 0) break;
            data.AddRange(_rbuf.AsSpan(_rpos, Available));
            _rpos = _rend = 0;
        }
        return PyBytes.FromBytes(data.ToArray());
    }

    internal PyObject? Peek(long size)
    {
        if (Enter() < 0) return null;
        try { return PeekUnlocked(size); }
        finally { Leave(); }
    }

    PyObject? PeekUnlocked(long size)
    {
        if (CheckInit() < 0 || CheckClosed("peek of closed file", readBufferOk: true) < 0) return null;
        if (FlushForRead() < 0) return null;
        if (Available == 0)
        {
            long got = Fill();
            if (got == -1) return null;
        }
        return PyBytes.FromSpan(_rbuf.AsSpan(_rpos, Available));
    }

    internal PyObject? Read1(long n)
    {
        if (Enter() < 0) return null;
        try { return Read1Unlocked(n); }
        finally { Leave(); }
    }

    PyObject? Read1Unlocked(long n)
    {
        if (CheckInit() < 0) return null;
        if (n < 0) n = BufferSize;
        if (CheckClosed("read of closed file", readBufferOk: true) < 0) return null;
        if (n == 0) return Py.NewRef(PyBytes.EmptyBytes);
        if (FlushForRead() < 0) return null;
        if (Available == 0)
        {
            if (n > BufferSize)
            {
                var big = IoErrors.NewBuffer(n);
                if (big == null) return null;
                long got = RawRead(big);
                if (got == -1) return null;
                if (got == -2) return Py.None;
                return PyBytes.FromSpan(big.AsSpan(0, (int)got));
            }
            long g = Fill();
            if (g == -1) return null;
            if (g == -2) return Py.None;
        }
        int take = (int)Math.Min(n, Available);
        var r = PyBytes.FromSpan(_rbuf.AsSpan(_rpos, take));
        _rpos += take;
        return r;
    }

    internal PyObject? ReadInto(PyObject buffer, bool readinto1)
    {
        if (Enter() < 0) return null;
        try { return ReadIntoUnlocked(buffer, readinto1); }
        finally { Leave(); }
    }

    PyObject? ReadIntoUnlocked(PyObject buffer, bool readinto1)
    {
        if (CheckInit() < 0) return null;
        var view = PyBuffer.GetWritable(buffer, readinto1 ? "readinto1" : "readinto");
        if (view == null) return null;
        try
        {
            if (CheckClosed("readinto of closed file", readBufferOk: true) < 0) return null;
            if (FlushForRead() < 0) return null;
            var dst = view.WritableSpan;
            int written = Math.Min(Available, dst.Length);
            _rbuf.AsSpan(_rpos, written).CopyTo(dst);
            _rpos += written;
            while (written < dst.Length)
            {
                if (readinto1 && written > 0) break;
                long got;
                if (dst.Length - written >= BufferSize) got = RawRead(dst[written..]);
                else
                {
                    got = Fill();
                    if (got > 0)
                    {
                        int take = Math.Min(Available, dst.Length - written);
                        _rbuf.AsSpan(_rpos, take).CopyTo(dst[written..]);
                        _rpos += take;
                        written += take;
                        continue;
                    }
                }
                if (got == -1) return null;
                if (got == -2)
                {
                    if (written == 0) return Py.None;
                    break;
                }
                if (got == 0) break;
                written += (int)got;
            }
            return PyLong.FromLong(written);
        }
        finally { view.Release(); }
    }

    internal PyObject? ReadLine(long limit)
    {
        if (Enter() < 0) return null;
        try { return ReadLineUnlocked(limit); }
        finally { Leave(); }
    }

    PyObject? ReadLineUnlocked(long limit)
    {
        if (CheckInit() < 0 || CheckClosed("readline of closed file", readBufferOk: true) < 0) return null;
        if (FlushForRead() < 0) return null;
        var line = new System.Collections.Generic.List<byte>();
        while (limit < 0 || line.Count < limit)
        {
            if (Available == 0)
            {
                long got = Fill();
                if (got == -1) return null;
                if (got <= 0) break;
            }
            var avail = _rbuf.AsSpan(_rpos, Available);
            if (limit >= 0 && avail.Length > limit - line.Count) avail = avail[..(int)(limit - line.Count)];
            int nl = avail.IndexOf((byte)'\n');
            int take = nl < 0 ? avail.Length : nl + 1;
            if (line.Count == 0 && nl >= 0)
            {
                var fast = PyBytes.FromSpan(avail[..take]);
                _rpos += take;
                return fast;
            }
            line.AddRange(avail[..take]);
            _rpos += take;
            if (nl >= 0) break;
        }
        return PyBytes.FromBytes(line.ToArray());
    }

    // ---- positioning ----

    internal PyObject? Tell()
    {
        if (Enter() < 0) return null;
        try { return TellUnlocked(); }
        finally { Leave(); }
    }

    PyObject? TellUnlocked()
    {
        if (CheckInit() < 0) return null;
        long pos = RawTell();
        if (pos < 0) return null;
        pos = pos - Available + _wlen;
        if (pos < 0) pos = 0;
        return PyLong.FromLong(pos);
    }

    internal PyObject? Seek(PyObject target, int whence)
    {
        if (Enter() < 0) return null;
        try { return SeekUnlocked(target, whence); }
        finally { Leave(); }
    }

    PyObject? SeekUnlocked(PyObject target, int whence)
    {
        if (CheckInit() < 0) return null;
        if (whence < 0 || whence > 4 || whence == 3 || whence == 4)
            return Errors.SetString(PyExc.ValueError, $"whence value {whence} unsupported");
        if (CheckClosed("seek of closed file") < 0) return null;
        if (PyIOBase.CheckSeekable(Raw!) < 0) return null;
        var idx = Abstract.Index(target);
        if (idx == null) return null;
        long pos = Abstract.AsSsize(idx, PyExc.OverflowError);
        Py.DECREF(idx);
        if (pos == -1 && Errors.Occurred()) return null;
        // A seek inside the read buffer moves within it (buffered_seek's fast path).
        if (whence != 2 && _wlen == 0 && Available > 0 && CanRead)
        {
            long current = RawTell();
            if (current < 0) return null;
            long bufStart = current - _rend;
            long target2 = whence == 0 ? pos : current - Available + pos;
            if (target2 >= bufStart && target2 <= current)
            {
                _rpos = (int)(target2 - bufStart);
                return PyLong.FromLong(target2);
            }
        }
        if (CanWrite && FlushWrites() < 0) return null;
        if (whence == 1) pos -= Available;
        _rpos = _rend = 0;
        long n = RawSeek(pos, whence);
        if (n < 0) return null;
        return PyLong.FromLong(n);
    }

    internal PyObject? Truncate(PyObject? pos)
    {
        if (Enter() < 0) return null;
        try { return TruncateUnlocked(pos); }
        finally { Leave(); }
    }

    PyObject? TruncateUnlocked(PyObject? pos)
    {
        if (CheckInit() < 0 || CheckClosed("truncate of closed file") < 0) return null;
        if (!CanWrite) return IoErrors.Unsupported("truncate");
        if (FlushWrites() < 0) return null;
        if (CanRead && RewindReadBuffer() < 0) return null;
        PyObject? r = pos == null || pos == Py.None ? Calls.CallMethod(Raw!, "truncate") : Calls.CallMethod(Raw!, "truncate", pos);
        if (r == null) return null;
        _rpos = _rend = 0;
        return r;
    }

    // ---- closing ----

    internal PyObject? Close()
    {
        if (CheckInit() < 0) return null;
        int c = RawClosed();
        if (c < 0) return null;
        if (c > 0) return Py.None;
        if (Finalizing) DeallocWarn(this);
        var res = CanWrite ? Flush() : Py.None;
        var exc = res == null ? Errors.GetRaisedException() : null;
        Py.XDECREF(res);
        var r = Calls.CallMethod(Raw!, "close");
        _rpos = _rend = 0;
        if (exc != null)
        {
            Py.XDECREF(r);
            Errors.ChainExceptions(exc);
            return null;
        }
        return r;
    }

    /// <summary>Set by iobase_finalize (the `_finalizing` flag): close() runs as the object dies, so an open raw file warns.</summary>
    internal bool Finalizing;

    internal override void DeallocWarn(PyObject source)
    {
        if (Raw is PyIOBase io) io.DeallocWarn(source);
    }

    internal PyObject? Detach()
    {
        if (CheckInit() < 0) return null;
        var r = Flush();
        if (r == null) return null;
        Py.DECREF(r);
        var raw = Raw!;
        Raw = null;
        Ok = false;
        Detached = true;
        return raw;
    }

    internal PyObject? RawCall(string method)
    {
        if (CheckInit() < 0) return null;
        return Calls.CallMethod(Raw!, method);
    }

    internal PyObject? RawAttr(string name)
    {
        if (CheckInit() < 0) return null;
        return Abstract.GetAttr(Raw!, name);
    }

    internal PyObject? IterNextLine()
    {
        var line = ReadLine(-1);
        if (line == null) return null;
        if (((PyBytes)line).Length == 0) { Py.DECREF(line); return null; }
        return line;
    }

    internal static PyObject? BufferedRepr(PyObject op)
    {
        var self = (PyBuffered)op;
        var typeName = op.ob_type.tp_name;
        if (self.CheckInit() < 0) return null;
        int r = Abstract.LookupAttr(op, PyUnicode.Intern("name"), out var name);
        if (r < 0)
        {
            if (!Errors.ExceptionMatches(PyExc.ValueError)) return null;
            Errors.Clear();
        }
        if (name == null) return PyUnicode.FromString($"<{typeName}>");
        var nameRepr = IoErrors.ReprGuarded(op, name, typeName);
        Py.DECREF(name);
        return nameRepr == null ? null : PyUnicode.FromString($"<{typeName} name={nameRepr}>");
    }

    internal static bool SizeArg(PyObject? arg, out long size)
    {
        size = -1;
        return arg == null || arg == Py.None || ArgParse.ToSsize(arg, out size);
    }
}
