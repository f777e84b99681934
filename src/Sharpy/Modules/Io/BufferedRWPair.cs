using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Io;

/// <summary>`_io.BufferedRWPair` (bufferedio.c): a BufferedReader and a BufferedWriter over two raw streams, as one object.</summary>
[PyType("_io.BufferedRWPair", BaseType = true)]
public sealed partial class PyBufferedRWPair : PyBufferedIOBase
{
    PyObject? _reader, _writer;

    public PyBufferedRWPair(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new PyBufferedRWPair(type);

    protected internal override void Traverse(Visitor visit)
    {
        base.Traverse(visit);
        if (_reader != null) visit(_reader);
        if (_writer != null) visit(_writer);
    }

    protected internal override void Clear()
    {
        base.Clear();
        Py.CLEAR(ref _reader);
        Py.CLEAR(ref _writer);
    }

    protected internal override void ReleaseReferences() => Clear();

    [PySlot("tp_init")]
    static int Init(PyObject op, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (ArgParse.HasKeywords(kwnames)) { ArgParse.NoKeywords("BufferedRWPair"); return -1; }
        if (!ArgParse.CheckPositional("BufferedRWPair", args.Length, 2, 3)) return -1;
        var self = (PyBufferedRWPair)op;
        var reader = args[0].AsBorrowed;
        var writer = args[1].AsBorrowed;
        var size = args.Length > 2 ? args[2].AsBorrowed : PyLong.FromLong(IoModule.DEFAULT_BUFFER_SIZE);
        try
        {
            if (PyIOBase.CheckReadable(reader) < 0 || PyIOBase.CheckWritable(writer) < 0) return -1;
            var r = Calls.CallArgs(PyBufferedReader.Type, reader, size);
            if (r == null) return -1;
            Py.SETREF(ref self._reader, r);
            var w = Calls.CallArgs(PyBufferedWriter.Type, writer, size);
            if (w == null) return -1;
            Py.SETREF(ref self._writer, w);
            return 0;
        }
        finally { if (args.Length <= 2) Py.DECREF(size); }
    }

    PyObject? Forward(bool toReader, string method, PyObject? arg = null)
    {
        var target = toReader ? _reader : _writer;
        if (target == null) return Errors.SetString(PyExc.ValueError, "I/O operation on uninitialized object");
        return arg == null ? Calls.CallMethod(target, method) : Calls.CallMethod(target, method, arg);
    }

    [PyMethod("read", TextSignature = "($self, size=-1, /)")]
    static PyObject? Read(PyBufferedRWPair self, PyObject? size = null) => self.Forward(true, "read", size);
    [PyMethod("peek", TextSignature = "($self, size=0, /)")]
    static PyObject? Peek(PyBufferedRWPair self, PyObject? size = null) => self.Forward(true, "peek", size);
    [PyMethod("read1", TextSignature = "($self, size=-1, /)")]
    static PyObject? Read1(PyBufferedRWPair self, PyObject? size = null) => self.Forward(true, "read1", size);
    [PyMethod("readinto", TextSignature = "($self, buffer, /)")]
    static PyObject? ReadInto(PyBufferedRWPair self, PyObject buffer) => self.Forward(true, "readinto", buffer);
    [PyMethod("readinto1", TextSignature = "($self, buffer, /)")]
    static PyObject? ReadInto1(PyBufferedRWPair self, PyObject buffer) => self.Forward(true, "readinto1", buffer);
    [PyMethod("write", TextSignature = "($self, buffer, /)")]
    static PyObject? Write(PyBufferedRWPair self, PyObject buffer) => self.Forward(false, "write", buffer);
    [PyMethod("flush")]
    static PyObject? Flush(PyBufferedRWPair self) => self.Forward(false, "flush");
    [PyMethod("readable")]
    static PyObject? Readable(PyBufferedRWPair self) => self.Forward(true, "readable");
    [PyMethod("writable")]
    static PyObject? Writable(PyBufferedRWPair self) => self.Forward(false, "writable");

    [PyMethod("close")]
    static PyObject? Close(PyBufferedRWPair self)
    {
        var w = self.Forward(false, "close");
        var exc = w == null ? Errors.GetRaisedException() : null;
        Py.XDECREF(w);
        var r = self.Forward(true, "close");
        if (exc != null)
        {
            Py.XDECREF(r);
            Errors.ChainExceptions(exc);
            return null;
        }
        return r;
    }

    [PyMethod("isatty")]
    static PyObject? Isatty(PyBufferedRWPair self)
    {
        var w = self.Forward(false, "isatty");
        if (w == null || w != PyBool.False) return w;
        return self.Forward(true, "isatty");
    }

    [PyGetter("closed")]
    static PyObject? GetClosed(PyBufferedRWPair self)
    {
        if (self._writer == null) return Errors.SetString(PyExc.RuntimeError, "the BufferedRWPair object is being garbage-collected");
        return Abstract.GetAttr(self._writer, "closed");
    }
}
