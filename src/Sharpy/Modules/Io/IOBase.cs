using System.Collections.Generic;
using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Io;

/// <summary>
/// `_io._IOBase` (Modules/_io/iobase.c): the root of the I/O hierarchy. It keeps the
/// instance __dict__ and weakref list every _io object has, the closed flag of the base
/// implementation (CPython's `__IOBase_closed`), and the generic methods written on top of
/// read/readline/write/seek that subclasses override.
/// </summary>
[PyType("_io._IOBase", BaseType = true)]
public partial class PyIOBase : PyObject, IWeakReferenceable
{
    public PyDict? Dict;
    public PyWeakReference? WeakRefList { get; set; }
    /// <summary>__IOBase_closed: close() of the base implementation has run.</summary>
    internal bool IOBaseClosed;

    public PyIOBase(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new PyIOBase(type);

    protected internal override void Traverse(Visitor visit)
    {
        if (Dict != null) visit(Dict);
    }

    protected internal override void Clear() => Py.CLEAR(ref Dict);

    protected internal override void ReleaseReferences() => Py.CLEAR(ref Dict);

    [PyGetter("__dict__")]
    static PyObject? GetDict(PyIOBase self) => Py.NewRef(self.Dict ??= PyDict.New());

    // ---- helpers the subclasses share ----

    /// <summary>The truth of self.closed: 1, 0, or -1 with an exception set.</summary>
    internal static int IsClosed(PyObject self)
    {
        var c = Abstract.GetAttr(self, "closed");
        if (c == null) return -1;
        int r = Abstract.IsTrue(c);
        Py.DECREF(c);
        return r;
    }

    /// <summary>_PyIOBase_check_closed: -1 with ValueError when self.closed is true.</summary>
    internal static int CheckClosed(PyObject self)
    {
        int r = IsClosed(self);
        if (r < 0) return -1;
        if (r > 0) { IoErrors.ClosedFile(); return -1; }
        return 0;
    }

    /// <summary>Call self.NAME() and require True; UnsupportedOperation(message) otherwise.</summary>
    static int CheckCapability(PyObject self, string method, string message)
    {
        var r = Calls.CallMethod(self, method);
        if (r == null) return -1;
        bool ok = r == PyBool.True;
        Py.DECREF(r);
        if (!ok) { IoErrors.Unsupported(message); return -1; }
        return 0;
    }

    internal static int CheckSeekable(PyObject self) => CheckCapability(self, "seekable", "File or stream is not seekable.");
    internal static int CheckReadable(PyObject self) => CheckCapability(self, "readable", "File or stream is not readable.");
    internal static int CheckWritable(PyObject self) => CheckCapability(self, "writable", "File or stream is not writable.");

    /// <summary>Call a method and discard its result: 0, or -1 with an exception set.</summary>
    internal static int CallDiscard(PyObject self, string method, params PyObject[] args)
    {
        var r = Calls.CallMethod(self, method, args);
        if (r == null) return -1;
        Py.DECREF(r);
        return 0;
    }

    /// <summary>self.NAME(n) for an integer argument.</summary>
    internal static PyObject? CallMethodSsize(PyObject self, string method, long n)
    {
        var arg = PyLong.FromLong(n);
        var r = Calls.CallMethod(self, method, arg);
        Py.DECREF(arg);
        return r;
    }

    // ---- methods ----

    [PyMethod("seek", TextSignature = "($self, offset, whence=os.SEEK_SET, /)")]
    static PyObject? Seek(PyObject self, [VarArgs] PyTuple args) => IoErrors.Unsupported("seek");

    [PyMethod("tell")]
    static PyObject? Tell(PyObject self)
        => Calls.CallMethod(self, "seek", PyLong.FromLong(0), PyLong.FromLong(1)) /* small ints are immortal */;

    [PyMethod("truncate", TextSignature = "($self, size=None, /)")]
    static PyObject? Truncate(PyObject self, [VarArgs] PyTuple args) => IoErrors.Unsupported("truncate");

    [PyMethod("flush")]
    static PyObject? Flush(PyObject self)
    {
        if (((PyIOBase)self).IOBaseClosed) return IoErrors.ClosedFile();
        return Py.None;
    }

    [PyMethod("close")]
    static PyObject? Close(PyObject self)
    {
        var io = (PyIOBase)self;
        if (io.IOBaseClosed) return Py.None;
        var r = Calls.CallMethod(self, "flush");
        io.IOBaseClosed = true;
        if (r == null) return null;
        Py.DECREF(r);
        return Py.None;
    }

    [PyGetter("closed")]
    static PyObject? GetClosed(PyIOBase self) => Py.NewBool(self.IOBaseClosed);

    [PyMethod("seekable")] static bool Seekable(PyObject self) => false;
    [PyMethod("readable")] static bool Readable(PyObject self) => false;
    [PyMethod("writable")] static bool Writable(PyObject self) => false;

    [PyMethod("_checkClosed", TextSignature = "($self, msg=None, /)")]
    static PyObject? CheckClosedMethod(PyObject self, [VarArgs] PyTuple args) => CheckClosed(self) < 0 ? null : Py.None;

    [PyMethod("_checkSeekable", TextSignature = "($self, msg=None, /)")]
    static PyObject? CheckSeekableMethod(PyObject self, [VarArgs] PyTuple args) => CheckSeekable(self) < 0 ? null : Py.True;

    [PyMethod("_checkReadable", TextSignature = "($self, msg=None, /)")]
    static PyObject? CheckReadableMethod(PyObject self, [VarArgs] PyTuple args) => CheckReadable(self) < 0 ? null : Py.True;

    [PyMethod("_checkWritable", TextSignature = "($self, msg=None, /)")]
    static PyObject? CheckWritableMethod(PyObject self, [VarArgs] PyTuple args) => CheckWritable(self) < 0 ? null : Py.True;

    [PyMethod("fileno")]
    static PyObject? Fileno(PyObject self) => IoErrors.Unsupported("fileno");

    [PyMethod("isatty")]
    static PyObject? Isatty(PyObject self) => CheckClosed(self) < 0 ? null : Py.False;

    [PyMethod("__enter__")]
    static PyObject? Enter(PyObject self) => CheckClosed(self) < 0 ? null : Py.NewRef(self);

    [PyMethod("__exit__")]
    static PyObject? Exit(PyObject self, [VarArgs] PyTuple args) => Calls.CallMethod(self, "close");

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => CheckClosed(self) < 0 ? null : Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? IterNext(PyObject self)
    {
        var line = Calls.CallMethod(self, "readline");
        if (line == null) return null;
        var n = Abstract.Length(line);
        if (n <= 0)
        {
            Py.DECREF(line);
            return null; // StopIteration (or the error len() set)
        }
        return line;
    }

    /// <summary>readline on top of peek() and read(): the generic, slow way (iobase_readline).</summary>
    [PyMethod("readline", TextSignature = "($self, size=-1, /)")]
    static PyObject? ReadLine(PyObject self, PyObject? size = null)
    {
        long limit = -1;
        if (size != null && size != Py.None && !ArgParse.ToSsize(size, out limit)) return null;
        int hasPeek = Abstract.LookupAttr(self, PyUnicode.Intern("peek"), out var peek);
        if (hasPeek < 0) return null;
        Py.XDECREF(peek);
        var buf = new System.Collections.Generic.List<byte>();
        while (limit < 0 || buf.Count < limit)
        {
            long nreadahead = 1;
            if (hasPeek > 0)
            {
                var ra = CallMethodSsize(self, "peek", 1);
                if (ra == null) return null;
                if (ra is not PyBytes rb)
                {
                    Errors.SetString(PyExc.OSError, $"peek() should have returned a bytes object, not '{ra.ob_type.tp_name}'");
                    Py.DECREF(ra);
                    return null;
                }
                if (rb.Length > 0)
                {
                    var span = rb.AsSpan();
                    int n = 0;
                    while (n < span.Length && (limit < 0 || n < limit - buf.Count))
                        if (span[n++] == (byte)'\n') break;
                    nreadahead = n;
                }
                Py.DECREF(ra);
            }
            var b = CallMethodSsize(self, "read", nreadahead);
            if (b == null) return null;
            if (b is not PyBytes bytes)
            {
                Errors.SetString(PyExc.OSError, $"read() should have returned a bytes object, not '{b.ob_type.tp_name}'");
                Py.DECREF(b);
                return null;
            }
            if (bytes.Length == 0) { Py.DECREF(b); break; }
            buf.AddRange(bytes.AsSpan());
            Py.DECREF(b);
            if (buf[^1] == (byte)'\n') break;
        }
        return PyBytes.FromBytes(buf.ToArray());
    }

    [PyMethod("readlines", TextSignature = "($self, hint=-1, /)")]
    static PyObject? ReadLines(PyObject self, PyObject? hint = null)
    {
        long limit = -1;
        if (hint != null && hint != Py.None && !ArgParse.ToSsize(hint, out limit)) return null;
        var result = PyList.New();
        if (limit <= 0)
        {
            // list(self) would do; extend through iteration.
            var it = Abstract.GetIter(self);
            if (it == null) { Py.DECREF(result); return null; }
            PyObject? line;
            while ((line = Abstract.IterNext(it)) != null) result.AppendSteal(line);
            Py.DECREF(it);
            if (Errors.Occurred()) { Py.DECREF(result); return null; }
            return result;
        }
        var iter = Abstract.GetIter(self);
        if (iter == null) { Py.DECREF(result); return null; }
        long length = 0;
        while (true)
        {
            var line = Abstract.IterNext(iter);
            if (line == null)
            {
                Py.DECREF(iter);
                if (Errors.Occurred()) { Py.DECREF(result); return null; }
                return result;
            }
            long n = Abstract.Length(line);
            if (n < 0) { Py.DECREF(line); Py.DECREF(iter); Py.DECREF(result); return null; }
            result.AppendSteal(line);
            length += n;
            if (length > limit) break;
        }
        Py.DECREF(iter);
        return result;
    }

    [PyMethod("writelines", TextSignature = "($self, lines, /)")]
    static PyObject? WriteLines(PyObject self, PyObject lines)
    {
        if (CheckClosed(self) < 0) return null;
        var it = Abstract.GetIter(lines);
        if (it == null) return null;
        PyObject? line;
        while ((line = Abstract.IterNext(it)) != null)
        {
            var r = Calls.CallMethod(self, "write", line);
            Py.DECREF(line);
            if (r == null) { Py.DECREF(it); return null; }
            Py.DECREF(r);
        }
        Py.DECREF(it);
        return Errors.Occurred() ? null : Py.None;
    }

    /// <summary>
    /// iobase_finalize: an object that is not closed yet is closed when it dies (errors are
    /// reported as unraisable), after _dealloc_warn's ResourceWarning where the type has one.
    /// </summary>
    [PySlot("tp_finalize")]
    static void Finalize(PyObject self)
    {
        var saved = Errors.GetRaisedException();
        // An object whose `closed` cannot be read or tested is in an unusable state: left alone.
        int isClosed = -1;
        if (Abstract.LookupAttr(self, PyUnicode.Intern("closed"), out var closed) > 0)
        {
            isClosed = Abstract.IsTrue(closed!);
            Py.DECREF(closed!);
        }
        if (isClosed < 0) Errors.Clear();
        if (isClosed == 0)
        {
            // Tell close() it runs as part of finalization (the `_finalizing` flag).
            if (self is PyFileIO f) f.Finalizing = true;
            else if (self is PyBuffered b) b.Finalizing = true;
            else if (self is PyTextIOWrapper t) t.MarkFinalizing();
            var r = Calls.CallMethod(self, "close");
            if (r == null) Interpreter.WriteUnraisable("while finalizing file", self);
            else Py.DECREF(r);
        }
        Errors.SetRaisedException(saved);
    }

    /// <summary>The ResourceWarning of an unclosed file (FileIO's, reached through wrappers); nothing by default.</summary>
    internal virtual void DeallocWarn(PyObject source) { }
}

/// <summary>`_io._RawIOBase` (iobase.c): read() and readall() on top of readinto().</summary>
[PyType("_io._RawIOBase", BaseType = true)]
public partial class PyRawIOBase : PyIOBase
{
    public PyRawIOBase(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new PyRawIOBase(type);

    [PyMethod("read", TextSignature = "($self, size=-1, /)")]
    static PyObject? Read(PyObject self, long size = -1)
    {
        if (size < 0) return Calls.CallMethod(self, "readall");
        var b = PyByteArray.FromSpan(new byte[size]);
        var r = Calls.CallMethod(self, "readinto", b);
        if (r == null) { Py.DECREF(b); return null; }
        if (r == Py.None) { Py.DECREF(b); return r; }
        long n = Abstract.AsSsize(r, PyExc.ValueError);
        Py.DECREF(r);
        if (n == -1 && Errors.Occurred()) { Py.DECREF(b); return null; }
        if (n < 0 || n > size)
        {
            Py.DECREF(b);
            return Errors.SetString(PyExc.ValueError, $"readinto returned {n} outside buffer size {size}");
        }
        var result = PyBytes.FromSpan(b.AsSpan()[..(int)n]);
        Py.DECREF(b);
        return result;
    }

    [PyMethod("readall")]
    static PyObject? ReadAll(PyObject self)
    {
        var chunks = new System.Collections.Generic.List<byte>();
        while (true)
        {
            var data = CallMethodSsize(self, "read", IoModule.DEFAULT_BUFFER_SIZE);
            if (data == null) return null;
            if (data == Py.None)
            {
                if (chunks.Count == 0) return data;
                break;
            }
            if (data is not PyBytes b)
            {
                Py.DECREF(data);
                return Errors.SetString(PyExc.TypeError, "read() should return bytes");
            }
            if (b.Length == 0) { Py.DECREF(b); break; }
            chunks.AddRange(b.AsSpan());
            Py.DECREF(b);
        }
        return PyBytes.FromBytes(chunks.ToArray());
    }

    [PyMethod("readinto", TextSignature = "($self, buffer, /)")]
    static PyObject? ReadInto(PyObject self, PyObject buffer) => Errors.SetString(PyExc.NotImplementedError, "");

    [PyMethod("write", TextSignature = "($self, b, /)")]
    static PyObject? Write(PyObject self, PyObject b) => Errors.SetString(PyExc.NotImplementedError, "");
}

/// <summary>`_io._BufferedIOBase` (bufferedio.c): readinto() on top of read(); the rest unsupported.</summary>
[PyType("_io._BufferedIOBase", BaseType = true)]
public partial class PyBufferedIOBase : PyIOBase
{
    public PyBufferedIOBase(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new PyBufferedIOBase(type);

    static PyObject? ReadIntoGeneric(PyObject self, PyObject buffer, bool readinto1)
    {
        var view = PyBuffer.GetWritable(buffer, readinto1 ? "readinto1" : "readinto");
        if (view == null) return null;
        try
        {
            var data = CallMethodSsize(self, readinto1 ? "read1" : "read", view.len);
            if (data == null) return null;
            if (data is not PyBytes b)
            {
                Py.DECREF(data);
                return Errors.SetString(PyExc.TypeError, "read() should return bytes");
            }
            int n = b.Length;
            if (n > view.len)
            {
                Py.DECREF(data);
                return Errors.SetString(PyExc.ValueError, $"read() returned too much data: {view.len} bytes requested, {n} returned");
            }
            b.AsSpan().CopyTo(view.WritableSpan);
            Py.DECREF(data);
            return PyLong.FromLong(n);
        }
        finally { view.Release(); }
    }

    [PyMethod("readinto", TextSignature = "($self, buffer, /)")]
    static PyObject? ReadInto(PyObject self, PyObject buffer) => ReadIntoGeneric(self, buffer, false);

    [PyMethod("readinto1", TextSignature = "($self, buffer, /)")]
    static PyObject? ReadInto1(PyObject self, PyObject buffer) => ReadIntoGeneric(self, buffer, true);

    [PyMethod("detach")] static PyObject? Detach(PyObject self) => IoErrors.Unsupported("detach");

    [PyMethod("read", TextSignature = "($self, size=-1, /)")]
    static PyObject? Read(PyObject self, [VarArgs] PyTuple args) => IoErrors.Unsupported("read");

    [PyMethod("read1", TextSignature = "($self, size=-1, /)")]
    static PyObject? Read1(PyObject self, [VarArgs] PyTuple args) => IoErrors.Unsupported("read1");

    [PyMethod("write", TextSignature = "($self, b, /)")]
    static PyObject? Write(PyObject self, [VarArgs] PyTuple args) => IoErrors.Unsupported("write");
}

/// <summary>`_io._TextIOBase` (textio.c): the text interface, all unsupported here.</summary>
[PyType("_io._TextIOBase", BaseType = true)]
public partial class PyTextIOBase : PyIOBase
{
    public PyTextIOBase(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new PyTextIOBase(type);

    [PyMethod("detach")] static PyObject? Detach(PyObject self) => IoErrors.Unsupported("detach");

    [PyMethod("read", TextSignature = "($self, size=-1, /)")]
    static PyObject? Read(PyObject self, [VarArgs] PyTuple args) => IoErrors.Unsupported("read");

    [PyMethod("readline", TextSignature = "($self, size=-1, /)")]
    static PyObject? ReadLine(PyObject self, [VarArgs] PyTuple args) => IoErrors.Unsupported("readline");

    [PyMethod("write", TextSignature = "($self, s, /)")]
    static PyObject? Write(PyObject self, [VarArgs] PyTuple args) => IoErrors.Unsupported("write");

    [PyGetter("encoding")] static PyObject? GetEncoding(PyTextIOBase self) => Py.None;
    [PyGetter("newlines")] static PyObject? GetNewlines(PyTextIOBase self) => Py.None;
    [PyGetter("errors")] static PyObject? GetErrors(PyTextIOBase self) => Py.None;
}
