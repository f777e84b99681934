using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Io;

/// <summary>
/// `_io.StringIO` (Modules/_io/stringio.c): an in-memory text stream. The text is kept as
/// code points (CPython's UCS4 buffer), so positions are code point indices; newline
/// handling is IncrementalNewlineDecoder's on input and a '\n' replacement on output.
/// </summary>
[PyType("_io.StringIO", BaseType = true)]
public sealed partial class PyStringIO : PyTextIOBase
{
    int[] _buf = [];
    int _size;
    long _pos;
    bool _ok, _closed;
    string? _readnl, _writenl;
    bool _readuniversal, _readtranslate;
    PyIncrementalNewlineDecoder? _decoder;

    public PyStringIO(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new PyStringIO(type);

    protected internal override void Traverse(Visitor visit)
    {
        base.Traverse(visit);
        if (_decoder != null) visit(_decoder);
    }

    protected internal override void Clear()
    {
        base.Clear();
        Py.CLEAR(ref _decoder);
    }

    protected internal override void ReleaseReferences()
    {
        base.ReleaseReferences();
        Py.CLEAR(ref _decoder);
    }

    [PySlot("tp_init")]
    static int Init(PyStringIO self, [Keyword] PyObject? initial_value = null, [Keyword("newline")] PyObject? newlineArg = null)
    {
        var value = initial_value;
        string? newline = "\n";
        if (newlineArg != null)
        {
            if (newlineArg == Py.None) newline = null;
            else if (newlineArg is PyUnicode nu) newline = nu.Value;
            else
            {
                Errors.SetString(PyExc.TypeError, $"newline must be str or None, not {newlineArg.ob_type.tp_name}");
                return -1;
            }
        }
        if (newline != null && newline is not ("" or "\n" or "\r" or "\r\n"))
        {
            Errors.SetString(PyExc.ValueError, $"illegal newline value: {Abstract.ReprString(newlineArg!)}");
            return -1;
        }
        if (value != null && value != Py.None && value is not PyUnicode)
        {
            Errors.SetString(PyExc.TypeError, $"initial_value must be str or None, not {value.ob_type.tp_name}");
            return -1;
        }
        self._ok = false;
        Py.CLEAR(ref self._decoder);
        self._readnl = newline;
        self._readuniversal = newline == null || newline == "";
        self._readtranslate = newline == null;
        // newline None or "\n" write "\n" as is; "\r" and "\r\n" replace it.
        self._writenl = newline != null && newline.Length > 0 && newline[0] == '\r' ? newline : null;
        if (self._readuniversal) self._decoder = PyIncrementalNewlineDecoder.Create(null, self._readtranslate);
        self._buf = [];
        self._size = 0;
        self._pos = 0;
        self._closed = false;
        self._ok = true;
        if (value is PyUnicode u && u.Length > 0)
        {
            if (self.WriteStr(u) < 0) return -1;
            self._pos = 0;
        }
        return 0;
    }

    int CheckInitialized()
    {
        if (!_ok) { Errors.SetString(PyExc.ValueError, "I/O operation on uninitialized object"); return -1; }
        return 0;
    }

    int CheckClosed()
    {
        if (CheckInitialized() < 0) return -1;
        if (_closed) { Errors.SetString(PyExc.ValueError, "I/O operation on closed file"); return -1; }
        return 0;
    }

    /// <summary>write_str: translate newlines, then write at the position: the length written in code points, or -1.</summary>
    long WriteStr(PyUnicode obj)
    {
        PyUnicode decoded;
        if (_decoder != null)
        {
            var d = _decoder.Decode(obj, true);
            if (d == null) return -1;
            decoded = d;
        }
        else decoded = Py.NewRef(obj);
        if (_writenl != null)
        {
            var t = decoded.IsSimple ? PyUnicode.FromString(decoded.Value.Replace("\n", _writenl)) : ReplaceNewlines(decoded, _writenl);
            Py.DECREF(decoded);
            decoded = t;
        }
        int len = decoded.Length;
        if (len > 0)
        {
            long end = _pos + len;
            if (end > UnicodeWriter.MaxLength) { Py.DECREF(decoded); Errors.NoMemory(); return -1; }
            if (end > _buf.Length && !IoErrors.Resize(ref _buf, Math.Max(end, Math.Min((long)_buf.Length * 2, UnicodeWriter.MaxLength))))
            {
                Py.DECREF(decoded);
                return -1;
            }
            if (_pos > _size) _buf.AsSpan(_size, (int)(_pos - _size)).Clear();
            if (decoded.IsSimple)
            {
                var v = decoded.Value;
                for (int i = 0; i < len; i++) _buf[_pos + i] = v[i];
            }
            else decoded.CodePoints().CopyTo(_buf, _pos);
            _pos = end;
            if (end > _size) _size = (int)end;
        }
        Py.DECREF(decoded);
        return obj.Length;
    }

    static PyUnicode ReplaceNewlines(PyUnicode s, string nl)
    {
        var w = new UnicodeWriter(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            int c = s[i];
            if (c == '\n') w.Append(nl); else w.AppendCodePoint(c);
        }
        return (PyUnicode)w.Finish();
    }

    PyObject Slice(long start, long count) => PyUnicode.FromCodePoints(_buf.AsSpan((int)start, (int)count));

    [PyMethod("getvalue")]
    static PyObject? GetValue(PyStringIO self) => self.CheckClosed() < 0 ? null : self.Slice(0, self._size);

    [PyMethod("tell")]
    static PyObject? Tell(PyStringIO self) => self.CheckClosed() < 0 ? null : PyLong.FromLong(self._pos);

    [PyMethod("read", TextSignature = "($self, size=-1, /)")]
    static PyObject? Read(PyStringIO self, PyObject? size = null)
    {
        long n = -1;
        if (size != null && size != Py.None && !ArgParse.ToSsize(size, out n)) return null;
        if (self.CheckClosed() < 0) return null;
        long avail = Math.Max(0, self._size - self._pos);
        if (n < 0 || n > avail) n = avail;
        if (n <= 0) return Py.NewRef(PyUnicode.Empty);
        var r = self.Slice(self._pos, n);
        self._pos += n;
        return r;
    }

    PyObject ReadLineCore(long limit)
    {
        if (_pos >= _size) return Py.NewRef(PyUnicode.Empty);
        var rest = _buf.AsSpan((int)_pos, (int)(_size - _pos));
        if (limit >= 0 && limit < rest.Length) rest = rest[..(int)limit];
        int end = LineEndings.Find<int>(_readtranslate, _readuniversal, _readnl, rest, out _);
        int n = end < 0 ? rest.Length : end;
        var line = Slice(_pos, n);
        _pos += n;
        return line;
    }

    [PyMethod("readline", TextSignature = "($self, size=-1, /)")]
    static PyObject? ReadLine(PyStringIO self, PyObject? size = null)
    {
        long n = -1;
        if (size != null && size != Py.None && !ArgParse.ToSsize(size, out n)) return null;
        if (self.CheckClosed() < 0) return null;
        return self.ReadLineCore(n);
    }

    [PySlot("tp_iternext")]
    static PyObject? IterNext(PyObject op)
    {
        var self = (PyStringIO)op;
        if (self.CheckClosed() < 0) return null;
        PyObject? line;
        if (op.ob_type == Type) line = self.ReadLineCore(-1);
        else
        {
            line = Calls.CallMethod(op, "readline");
            if (line == null) return null;
            if (line is not PyUnicode)
            {
                Errors.SetString(PyExc.OSError, $"readline() should have returned a str object, not '{line.ob_type.tp_name}'");
                Py.DECREF(line);
                return null;
            }
        }
        if (((PyUnicode)line).Length == 0) { Py.DECREF(line); return null; }
        return line;
    }

    [PyMethod("truncate", TextSignature = "($self, pos=None, /)")]
    static PyObject? Truncate(PyStringIO self, PyObject? pos = null)
    {
        if (self.CheckClosed() < 0) return null;
        long size = self._pos;
        if (pos != null && pos != Py.None)
        {
            var idx = Abstract.Index(pos);
            if (idx == null) return null;
            size = Abstract.AsSsize(idx, PyExc.OverflowError);
            Py.DECREF(idx);
            if (size == -1 && Errors.Occurred()) return null;
        }
        if (size < 0) return Errors.SetString(PyExc.ValueError, $"Negative size value {size}");
        if (size < self._size) self._size = (int)size;
        return PyLong.FromLong(size);
    }

    [PyMethod("seek", TextSignature = "($self, pos, whence=0, /)")]
    static PyObject? Seek(PyStringIO self, PyObject pos, int whence = 0)
    {
        if (!ArgParse.ToSsize(pos, out long p)) return null;
        if (self.CheckClosed() < 0) return null;
        if (whence != 0 && whence != 1 && whence != 2)
            return Errors.SetString(PyExc.ValueError, $"Invalid whence ({whence}, should be 0, 1 or 2)");
        if (p < 0 && whence == 0) return Errors.SetString(PyExc.ValueError, $"Negative seek position {p}");
        if (whence != 0 && p != 0)
            return Errors.SetString(PyExc.OSError, whence == 1 ? "Can't do nonzero cur-relative seeks" : "Can't do nonzero end-relative seeks");
        if (whence == 1) p = self._pos;
        else if (whence == 2) p = self._size;
        self._pos = p;
        return PyLong.FromLong(p);
    }

    [PyMethod("write", TextSignature = "($self, s, /)")]
    static PyObject? Write(PyStringIO self, PyObject s)
    {
        if (self.CheckClosed() < 0) return null;
        if (s is not PyUnicode u) return Errors.SetString(PyExc.TypeError, $"string argument expected, got '{s.ob_type.tp_name}'");
        long n = self.WriteStr(u);
        return n < 0 ? null : PyLong.FromLong(n);
    }

    [PyMethod("close")]
    static PyObject? Close(PyStringIO self)
    {
        self._closed = true;
        self._buf = [];
        self._size = 0;
        return Py.None;
    }

    [PyMethod("readable")] static PyObject? Readable(PyStringIO self) => self.CheckClosed() < 0 ? null : Py.True;
    [PyMethod("writable")] static PyObject? Writable(PyStringIO self) => self.CheckClosed() < 0 ? null : Py.True;
    [PyMethod("seekable")] static PyObject? Seekable(PyStringIO self) => self.CheckClosed() < 0 ? null : Py.True;

    [PyGetter("closed")]
    static PyObject? GetClosed(PyStringIO self) => self.CheckInitialized() < 0 ? null : Py.NewBool(self._closed);

    [PyGetter("line_buffering")]
    static PyObject? GetLineBuffering(PyStringIO self) => self.CheckClosed() < 0 ? null : Py.False;

    [PyGetter("newlines")]
    static PyObject? GetNewlines(PyStringIO self)
    {
        if (self.CheckClosed() < 0) return null;
        return self._decoder == null ? Py.None : self._decoder.Newlines();
    }

    [PyMethod("__getstate__")]
    static PyObject? GetState(PyStringIO self)
    {
        var value = GetValue(self);
        if (value == null) return null;
        PyObject dict = self.Dict != null ? self.Dict.Copy() : Py.None;
        PyObject nl = self._readnl == null ? Py.None : PyUnicode.FromString(self._readnl);
        return PyTuple.FromStolen([value, nl, PyLong.FromLong(self._pos), dict]);
    }

    [PyMethod("__setstate__")]
    static PyObject? SetState(PyStringIO self, PyObject state)
    {
        // Only closed: unpickling calls this on an object made by __new__ alone, which it initializes.
        if (self._closed) return Errors.SetString(PyExc.ValueError, "I/O operation on closed file");
        if (state is not PyTuple t || t.Count < 4)
            return Errors.SetString(PyExc.TypeError, $"{self.ob_type.tp_name}.__setstate__ argument should be 4-tuple, got {state.ob_type.tp_name}");
        // Reinitialize with (value, newline), so that the decoder sees the value's newlines as
        // __init__ did, then restore the value itself: it was translated once already.
        if (Init(self, t.Items[0], t.Items[1]) < 0) return null;
        if (t.Items[0] is not PyUnicode value) return Errors.SetString(PyExc.TypeError, "initial_value must be str");
        self._buf = value.CodePoints();
        self._size = self._buf.Length;
        var posobj = t.Items[2];
        if (posobj is not PyLong) return Errors.SetString(PyExc.TypeError, $"third item of state must be an integer, got {posobj.ob_type.tp_name}");
        if (!ArgParse.ToSsize(posobj, out long pos)) return null;
        if (pos < 0) return Errors.SetString(PyExc.ValueError, "position value cannot be negative");
        self._pos = pos;
        var d = t.Items[3];
        if (d != Py.None)
        {
            if (d is not PyDict dd) return Errors.SetString(PyExc.TypeError, $"fourth item of state should be a dict, got a {d.ob_type.tp_name}");
            if ((self.Dict ??= PyDict.New()).Merge(dd, true) < 0) return null;
        }
        return Py.None;
    }
}
