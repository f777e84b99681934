using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Io;

/// <summary>
/// `_io.BytesIO` (Modules/_io/bytesio.c): a growable byte buffer with a position. The
/// content is _buf[0.._size); getbuffer() exports it through a `_io._BytesIOBuffer`, and
/// while an export is held the buffer may not change size (BufferError).
/// </summary>
[PyType("_io.BytesIO", BaseType = true)]
public sealed partial class PyBytesIO : PyBufferedIOBase
{
    /// <summary>null once closed.</summary>
    byte[]? _buf = [];
    int _size;
    long _pos;
    internal int Exports;

    public PyBytesIO(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new PyBytesIO(type);

    [PySlot("tp_init")]
    static int Init(PyBytesIO self, [Keyword] PyObject? initial_bytes = null)
    {
        if (self.CheckExports() < 0) return -1;
        self._buf = [];
        self._size = 0;
        self._pos = 0;
        if (initial_bytes != null && initial_bytes != Py.None)
        {
            var view = PyBuffer.GetContiguous(initial_bytes);
            if (view == null) return -1;
            self._buf = view.Span.ToArray();
            self._size = self._buf.Length;
            view.Release();
        }
        return 0;
    }

    int CheckClosed()
    {
        if (_buf == null) { IoErrors.ClosedFile(); return -1; }
        return 0;
    }

    int CheckExports()
    {
        if (Exports > 0)
        {
            Errors.SetString(PyExc.BufferError, "Existing exports of data: object cannot be re-sized");
            return -1;
        }
        return 0;
    }

    ReadOnlySpan<byte> Content => _buf.AsSpan(0, _size);

    [PyMethod("getvalue")]
    static PyObject? GetValue(PyBytesIO self) => self.CheckClosed() < 0 ? null : PyBytes.FromSpan(self.Content);

    [PyMethod("getbuffer")]
    static PyObject? GetBuffer(PyBytesIO self)
    {
        if (self.CheckClosed() < 0) return null;
        var exporter = new PyBytesIOBuffer(self);
        var mv = PyMemoryView.FromObject(exporter);
        Py.DECREF(exporter);
        return mv;
    }

    internal Memory<byte> ExportMemory()
    {
        // The export sees the whole content and may write it in place.
        return _buf.AsMemory(0, _size);
    }

    [PyMethod("isatty")] static PyObject? Isatty(PyBytesIO self) => self.CheckClosed() < 0 ? null : Py.False;
    [PyMethod("readable")] static PyObject? Readable(PyBytesIO self) => self.CheckClosed() < 0 ? null : Py.True;
    [PyMethod("writable")] static PyObject? Writable(PyBytesIO self) => self.CheckClosed() < 0 ? null : Py.True;
    [PyMethod("seekable")] static PyObject? Seekable(PyBytesIO self) => self.CheckClosed() < 0 ? null : Py.True;
    [PyMethod("flush")] static PyObject? Flush(PyBytesIO self) => self.CheckClosed() < 0 ? null : Py.None;
    [PyMethod("tell")] static PyObject? Tell(PyBytesIO self) => self.CheckClosed() < 0 ? null : PyLong.FromLong(self._pos);

    static bool SizeArg(PyObject? arg, out long size)
    {
        size = -1;
        return arg == null || arg == Py.None || ArgParse.ToSsize(arg, out size);
    }

    PyObject ReadBytes(long size)
    {
        long avail = Math.Max(0, _size - _pos);
        if (size < 0 || size > avail) size = avail;
        // A position past the end (after seek) reads nothing and stays where it is.
        if (size == 0) return PyBytes.FromSpan([]);
        var r = PyBytes.FromSpan(_buf.AsSpan((int)_pos, (int)size));
        _pos += size;
        return r;
    }

    [PyMethod("read", TextSignature = "($self, size=-1, /)")]
    static PyObject? Read(PyBytesIO self, PyObject? size = null)
    {
        if (!SizeArg(size, out long n)) return null;
        if (self.CheckClosed() < 0) return null;
        return self.ReadBytes(n);
    }

    [PyMethod("read1", TextSignature = "($self, size=-1, /)")]
    static PyObject? Read1(PyBytesIO self, PyObject? size = null) => Read(self, size);

    /// <summary>The length of the next line from the position, at most <paramref name="limit"/> (negative: no limit).</summary>
    long LineLength(long limit)
    {
        if (_pos >= _size) return 0;
        var rest = _buf.AsSpan((int)_pos, (int)(_size - _pos));
        int nl = rest.IndexOf((byte)'\n');
        long n = nl < 0 ? rest.Length : nl + 1;
        if (limit >= 0 && n > limit) n = limit;
        return n;
    }

    [PyMethod("readline", TextSignature = "($self, size=-1, /)")]
    static PyObject? ReadLine(PyBytesIO self, PyObject? size = null)
    {
        if (!SizeArg(size, out long limit)) return null;
        if (self.CheckClosed() < 0) return null;
        return self.ReadBytes(self.LineLength(limit));
    }

    [PyMethod("readlines", TextSignature = "($self, size=None, /)")]
    static PyObject? ReadLines(PyBytesIO self, PyObject? size = null)
    {
        if (!SizeArg(size, out long maxsize)) return null;
        if (self.CheckClosed() < 0) return null;
        var result = PyList.New();
        long total = 0;
        long n;
        while ((n = self.LineLength(-1)) != 0)
        {
            result.AppendSteal(self.ReadBytes(n));
            total += n;
            if (maxsize > 0 && total >= maxsize) break;
        }
        return result;
    }

    [PyMethod("readinto", TextSignature = "($self, buffer, /)")]
    static PyObject? ReadInto(PyBytesIO self, PyObject buffer)
    {
        var view = PyBuffer.GetWritable(buffer, "readinto");
        if (view == null) return null;
        try
        {
            if (self.CheckClosed() < 0) return null;
            long avail = Math.Max(0, self._size - self._pos);
            long n = Math.Min(view.len, avail);
            if (n == 0) return PyLong.FromLong(0);
            self._buf.AsSpan((int)self._pos, (int)n).CopyTo(view.WritableSpan);
            self._pos += n;
            return PyLong.FromLong(n);
        }
        finally { view.Release(); }
    }

    [PyMethod("truncate", TextSignature = "($self, size=None, /)")]
    static PyObject? Truncate(PyBytesIO self, PyObject? size = null)
    {
        if (self.CheckClosed() < 0 || self.CheckExports() < 0) return null;
        long n = self._pos;
        if (size != null && size != Py.None && !ArgParse.ToSsize(size, out n)) return null;
        if (n < 0) return Errors.SetString(PyExc.ValueError, $"negative size value {n}");
        if (n < self._size) self._size = (int)n;
        return PyLong.FromLong(n);
    }

    [PyMethod("seek", TextSignature = "($self, pos, whence=0, /)")]
    static PyObject? Seek(PyBytesIO self, PyObject pos, int whence = 0)
    {
        if (!ArgParse.ToSsize(pos, out long p)) return null;
        if (self.CheckClosed() < 0) return null;
        if (p < 0 && whence == 0) return Errors.SetString(PyExc.ValueError, $"negative seek value {p}");
        switch (whence)
        {
            case 0: break;
            case 1:
                if (p > long.MaxValue - self._pos) return Errors.SetString(PyExc.OverflowError, "new position too large");
                p += self._pos;
                break;
            case 2:
                if (p > long.MaxValue - self._size) return Errors.SetString(PyExc.OverflowError, "new position too large");
                p += self._size;
                break;
            default:
                return Errors.SetString(PyExc.ValueError, $"invalid whence ({whence}, should be 0, 1 or 2)");
        }
        if (p < 0) p = 0;
        self._pos = p;
        return PyLong.FromLong(p);
    }

    /// <summary>Write <paramref name="data"/> at the position, zero-filling a gap past the end: the count, or -1 with an exception set.</summary>
    internal long WriteBytes(ReadOnlySpan<byte> data)
    {
        if (CheckClosed() < 0 || CheckExports() < 0) return -1;
        int n = data.Length;
        if (n == 0) return 0;
        long end = _pos + n;
        if (end > Array.MaxLength) { Errors.NoMemory(); return -1; }
        if (end > _buf!.Length)
        {
            long cap = Math.Max(end, Math.Min((long)_buf.Length * 2, Array.MaxLength));
            if (cap < 16) cap = 16;
            if (!IoErrors.Resize(ref _buf, cap)) return -1;
        }
        if (_pos > _size) _buf.AsSpan(_size, (int)(_pos - _size)).Clear();
        data.CopyTo(_buf.AsSpan((int)_pos));
        _pos = end;
        if (end > _size) _size = (int)end;
        return n;
    }

    [PyMethod("write", TextSignature = "($self, b, /)")]
    static PyObject? Write(PyBytesIO self, PyObject b)
    {
        if (self.CheckClosed() < 0 || self.CheckExports() < 0) return null;
        var view = PyBuffer.GetContiguous(b);
        if (view == null) return null;
        long n;
        try { n = self.WriteBytes(view.Span); }
        finally { view.Release(); }
        return n < 0 ? null : PyLong.FromLong(n);
    }

    [PyMethod("writelines", TextSignature = "($self, lines, /)")]
    static PyObject? WriteLines(PyBytesIO self, PyObject lines)
    {
        if (self.CheckClosed() < 0) return null;
        var it = Abstract.GetIter(lines);
        if (it == null) return null;
        PyObject? item;
        while ((item = Abstract.IterNext(it)) != null)
        {
            var r = Write(self, item);
            Py.DECREF(item);
            if (r == null) { Py.DECREF(it); return null; }
            Py.DECREF(r);
        }
        Py.DECREF(it);
        return Errors.Occurred() ? null : Py.None;
    }

    [PyMethod("close")]
    static PyObject? Close(PyBytesIO self)
    {
        if (self.CheckExports() < 0) return null;
        self._buf = null;
        return Py.None;
    }

    [PyGetter("closed")] static PyObject? GetClosed(PyBytesIO self) => Py.NewBool(self._buf == null);

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject op) => ((PyBytesIO)op).CheckClosed() < 0 ? null : Py.NewRef(op);

    [PySlot("tp_iternext")]
    static PyObject? IterNext(PyObject op)
    {
        var self = (PyBytesIO)op;
        if (self.CheckClosed() < 0) return null;
        long n = self.LineLength(-1);
        if (n == 0) return null;
        return self.ReadBytes(n);
    }

    [PyMethod("__getstate__")]
    static PyObject? GetState(PyBytesIO self)
    {
        var value = GetValue(self);
        if (value == null) return null;
        var pos = PyLong.FromLong(self._pos);
        PyObject dict = self.Dict != null ? self.Dict.Copy() : Py.None;
        return PyTuple.FromStolen([value, pos, dict]);
    }

    [PyMethod("__setstate__")]
    static PyObject? SetState(PyBytesIO self, PyObject state)
    {
        if (state is not PyTuple t || t.Count < 3)
            return Errors.SetString(PyExc.TypeError, $"{self.ob_type.tp_name}.__setstate__ argument should be 3-tuple, got {state.ob_type.tp_name}");
        if (self.CheckExports() < 0) return null;
        var view = PyBuffer.GetContiguous(t.Items[0]);
        if (view == null) return null;
        self._buf = view.Span.ToArray();
        self._size = self._buf.Length;
        view.Release();
        var posobj = t.Items[1];
        if (posobj is not PyLong) return Errors.SetString(PyExc.TypeError, $"second item of state must be an integer, not {posobj.ob_type.tp_name}");
        if (!ArgParse.ToSsize(posobj, out long pos)) return null;
        if (pos < 0) return Errors.SetString(PyExc.ValueError, "position value cannot be negative");
        self._pos = pos;
        var d = t.Items[2];
        if (d != Py.None)
        {
            if (d is not PyDict dd) return Errors.SetString(PyExc.TypeError, $"third item of state should be a dict, got a {d.ob_type.tp_name}");
            var own = self.Dict ??= PyDict.New();
            if (own.Merge(dd, true) < 0) return null;
        }
        return Py.None;
    }

    [PyMethod("__sizeof__")]
    static long SizeOf(PyBytesIO self) => 88 + (self._buf?.Length ?? 0);
}

/// <summary>`_io._BytesIOBuffer`: what BytesIO.getbuffer()'s memoryview is a view of; it counts the BytesIO's exports.</summary>
[PyType("_io._BytesIOBuffer")]
public sealed partial class PyBytesIOBuffer : PyObject
{
    PyBytesIO? _source;

    internal PyBytesIOBuffer(PyBytesIO source) : base(Type) { _source = Py.NewRef(source); }

    protected internal override void Traverse(Visitor visit) { if (_source != null) visit(_source); }
    protected internal override void Clear() => Py.CLEAR(ref _source);
    protected internal override void ReleaseReferences() => Py.CLEAR(ref _source);

    [PySlot("bf_getbuffer")]
    static int GetBuffer(PyObject self, PyBuffer view, int flags)
    {
        var src = ((PyBytesIOBuffer)self)._source!;
        if (PyBuffer.FillInfo(view, self, src.ExportMemory(), false, flags) < 0) return -1;
        src.Exports++;
        return 0;
    }

    [PySlot("bf_releasebuffer")]
    static void ReleaseBuffer(PyObject self, PyBuffer view) => ((PyBytesIOBuffer)self)._source!.Exports--;
}
