using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Io;

// The three buffered types: each declares its methods, which call PyBuffered's shared implementation.

/// <summary>`_io.BufferedReader` (bufferedio.c): a buffer in front of a readable raw stream.</summary>
[PyType("_io.BufferedReader", BaseType = true)]
public sealed partial class PyBufferedReader : PyBuffered
{
    public PyBufferedReader(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new PyBufferedReader(type);

    [PySlot("tp_init")]
    static int Init(PyObject op, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
        => InitCommon(op, args, kwnames, ReaderParser, true, false);

    [PyMethod("detach")] static PyObject? Detach(PyBufferedReader self) => self.Detach();
    [PyMethod("flush")] static PyObject? Flush(PyBufferedReader self) => self.Flush();
    [PyMethod("close")] static PyObject? Close(PyBufferedReader self) => self.Close();
    [PyMethod("seekable")] static PyObject? Seekable(PyBufferedReader self) => self.RawCall("seekable");
    [PyMethod("readable")] static PyObject? Readable(PyBufferedReader self) => self.RawCall("readable");
    [PyMethod("fileno")] static PyObject? Fileno(PyBufferedReader self) => self.RawCall("fileno");
    [PyMethod("isatty")] static PyObject? Isatty(PyBufferedReader self) => self.RawCall("isatty");
    [PyMethod("_dealloc_warn")] static void DeallocWarnMethod(PyBufferedReader self, PyObject source) => self.DeallocWarn(source);
    [PyMethod("seek", TextSignature = "($self, target, whence=0, /)")] static PyObject? Seek(PyBufferedReader self, PyObject target, int whence = 0) => self.Seek(target, whence);
    [PyMethod("tell")] static PyObject? Tell(PyBufferedReader self) => self.Tell();
    [PyMethod("truncate", TextSignature = "($self, pos=None, /)")] static PyObject? Truncate(PyBufferedReader self, PyObject? pos = null) => self.Truncate(pos);
    [PyMethod("__getstate__")] static PyObject? GetState(PyBufferedReader self) => Errors.SetString(PyExc.TypeError, $"cannot pickle '{self.ob_type.tp_name}' instances");
    [PyMethod("__sizeof__")] static long SizeOf(PyBufferedReader self) => 120 + self.BufferSize;
    [PyGetter("raw")] static PyObject? GetRaw(PyBufferedReader self) => self.CheckInit() < 0 ? null : Py.NewRef(self.Raw!);
    [PyGetter("closed")] static PyObject? GetClosed(PyBufferedReader self) => self.RawAttr("closed");
    [PyGetter("name")] static PyObject? GetName(PyBufferedReader self) => self.RawAttr("name");
    [PyGetter("mode")] static PyObject? GetMode(PyBufferedReader self) => self.RawAttr("mode");
    [PyGetter("_finalizing")] static PyObject? GetFinalizing(PyBufferedReader self) => Py.NewBool(self.Finalizing);
    [PySlot("tp_repr")] static PyObject? Repr(PyObject op) => BufferedRepr(op);

    [PyMethod("read", TextSignature = "($self, size=-1, /)")]
    static PyObject? Read(PyBufferedReader self, PyObject? size = null) => PyBuffered.SizeArg(size, out long n) ? self.Read(n) : null;
    [PyMethod("read1", TextSignature = "($self, size=-1, /)")]
    static PyObject? Read1(PyBufferedReader self, long size = -1) => self.Read1(size);
    [PyMethod("peek", TextSignature = "($self, size=0, /)")]
    static PyObject? Peek(PyBufferedReader self, long size = 0) => self.Peek(size);
    [PyMethod("readinto", TextSignature = "($self, buffer, /)")]
    static PyObject? ReadInto(PyBufferedReader self, PyObject buffer) => self.ReadInto(buffer, false);
    [PyMethod("readinto1", TextSignature = "($self, buffer, /)")]
    static PyObject? ReadInto1(PyBufferedReader self, PyObject buffer) => self.ReadInto(buffer, true);
    [PyMethod("readline", TextSignature = "($self, size=-1, /)")]
    static PyObject? ReadLine(PyBufferedReader self, PyObject? size = null) => PyBuffered.SizeArg(size, out long n) ? self.ReadLine(n) : null;
    [PySlot("tp_iternext")] static PyObject? IterNext(PyObject op) => ((PyBufferedReader)op).CheckInit() < 0 ? null : ((PyBufferedReader)op).IterNextLine();
}

/// <summary>`_io.BufferedWriter` (bufferedio.c): a buffer in front of a writable raw stream.</summary>
[PyType("_io.BufferedWriter", BaseType = true)]
public sealed partial class PyBufferedWriter : PyBuffered
{
    public PyBufferedWriter(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new PyBufferedWriter(type);

    [PySlot("tp_init")]
    static int Init(PyObject op, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
        => InitCommon(op, args, kwnames, WriterParser, false, true);

    [PyMethod("detach")] static PyObject? Detach(PyBufferedWriter self) => self.Detach();
    [PyMethod("flush")] static PyObject? Flush(PyBufferedWriter self) => self.Flush();
    [PyMethod("close")] static PyObject? Close(PyBufferedWriter self) => self.Close();
    [PyMethod("seekable")] static PyObject? Seekable(PyBufferedWriter self) => self.RawCall("seekable");
    [PyMethod("writable")] static PyObject? Writable(PyBufferedWriter self) => self.RawCall("writable");
    [PyMethod("fileno")] static PyObject? Fileno(PyBufferedWriter self) => self.RawCall("fileno");
    [PyMethod("isatty")] static PyObject? Isatty(PyBufferedWriter self) => self.RawCall("isatty");
    [PyMethod("_dealloc_warn")] static void DeallocWarnMethod(PyBufferedWriter self, PyObject source) => self.DeallocWarn(source);
    [PyMethod("seek", TextSignature = "($self, target, whence=0, /)")] static PyObject? Seek(PyBufferedWriter self, PyObject target, int whence = 0) => self.Seek(target, whence);
    [PyMethod("tell")] static PyObject? Tell(PyBufferedWriter self) => self.Tell();
    [PyMethod("truncate", TextSignature = "($self, pos=None, /)")] static PyObject? Truncate(PyBufferedWriter self, PyObject? pos = null) => self.Truncate(pos);
    [PyMethod("__getstate__")] static PyObject? GetState(PyBufferedWriter self) => Errors.SetString(PyExc.TypeError, $"cannot pickle '{self.ob_type.tp_name}' instances");
    [PyMethod("__sizeof__")] static long SizeOf(PyBufferedWriter self) => 120 + self.BufferSize;
    [PyGetter("raw")] static PyObject? GetRaw(PyBufferedWriter self) => self.CheckInit() < 0 ? null : Py.NewRef(self.Raw!);
    [PyGetter("closed")] static PyObject? GetClosed(PyBufferedWriter self) => self.RawAttr("closed");
    [PyGetter("name")] static PyObject? GetName(PyBufferedWriter self) => self.RawAttr("name");
    [PyGetter("mode")] static PyObject? GetMode(PyBufferedWriter self) => self.RawAttr("mode");
    [PyGetter("_finalizing")] static PyObject? GetFinalizing(PyBufferedWriter self) => Py.NewBool(self.Finalizing);
    [PySlot("tp_repr")] static PyObject? Repr(PyObject op) => BufferedRepr(op);

    [PyMethod("write", TextSignature = "($self, buffer, /)")]
    static PyObject? Write(PyBufferedWriter self, PyObject buffer) => self.Write(buffer);
}

/// <summary>`_io.BufferedRandom` (bufferedio.c): a buffer in front of a seekable raw stream, for reading and writing.</summary>
[PyType("_io.BufferedRandom", BaseType = true)]
public sealed partial class PyBufferedRandom : PyBuffered
{
    public PyBufferedRandom(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new PyBufferedRandom(type);

    [PySlot("tp_init")]
    static int Init(PyObject op, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
        => InitCommon(op, args, kwnames, RandomParser, true, true);

    [PyMethod("detach")] static PyObject? Detach(PyBufferedRandom self) => self.Detach();
    [PyMethod("flush")] static PyObject? Flush(PyBufferedRandom self) => self.Flush();
    [PyMethod("close")] static PyObject? Close(PyBufferedRandom self) => self.Close();
    [PyMethod("seekable")] static PyObject? Seekable(PyBufferedRandom self) => self.RawCall("seekable");
    [PyMethod("readable")] static PyObject? Readable(PyBufferedRandom self) => self.RawCall("readable");
    [PyMethod("writable")] static PyObject? Writable(PyBufferedRandom self) => self.RawCall("writable");
    [PyMethod("fileno")] static PyObject? Fileno(PyBufferedRandom self) => self.RawCall("fileno");
    [PyMethod("isatty")] static PyObject? Isatty(PyBufferedRandom self) => self.RawCall("isatty");
    [PyMethod("_dealloc_warn")] static void DeallocWarnMethod(PyBufferedRandom self, PyObject source) => self.DeallocWarn(source);
    [PyMethod("seek", TextSignature = "($self, target, whence=0, /)")] static PyObject? Seek(PyBufferedRandom self, PyObject target, int whence = 0) => self.Seek(target, whence);
    [PyMethod("tell")] static PyObject? Tell(PyBufferedRandom self) => self.Tell();
    [PyMethod("truncate", TextSignature = "($self, pos=None, /)")] static PyObject? Truncate(PyBufferedRandom self, PyObject? pos = null) => self.Truncate(pos);
    [PyMethod("__getstate__")] static PyObject? GetState(PyBufferedRandom self) => Errors.SetString(PyExc.TypeError, $"cannot pickle '{self.ob_type.tp_name}' instances");
    [PyMethod("__sizeof__")] static long SizeOf(PyBufferedRandom self) => 120 + self.BufferSize;
    [PyGetter("raw")] static PyObject? GetRaw(PyBufferedRandom self) => self.CheckInit() < 0 ? null : Py.NewRef(self.Raw!);
    [PyGetter("closed")] static PyObject? GetClosed(PyBufferedRandom self) => self.RawAttr("closed");
    [PyGetter("name")] static PyObject? GetName(PyBufferedRandom self) => self.RawAttr("name");
    [PyGetter("mode")] static PyObject? GetMode(PyBufferedRandom self) => self.RawAttr("mode");
    [PyGetter("_finalizing")] static PyObject? GetFinalizing(PyBufferedRandom self) => Py.NewBool(self.Finalizing);
    [PySlot("tp_repr")] static PyObject? Repr(PyObject op) => BufferedRepr(op);

    [PyMethod("read", TextSignature = "($self, size=-1, /)")]
    static PyObject? Read(PyBufferedRandom self, PyObject? size = null) => PyBuffered.SizeArg(size, out long n) ? self.Read(n) : null;
    [PyMethod("read1", TextSignature = "($self, size=-1, /)")]
    static PyObject? Read1(PyBufferedRandom self, long size = -1) => self.Read1(size);
    [PyMethod("peek", TextSignature = "($self, size=0, /)")]
    static PyObject? Peek(PyBufferedRandom self, long size = 0) => self.Peek(size);
    [PyMethod("readinto", TextSignature = "($self, buffer, /)")]
    static PyObject? ReadInto(PyBufferedRandom self, PyObject buffer) => self.ReadInto(buffer, false);
    [PyMethod("readinto1", TextSignature = "($self, buffer, /)")]
    static PyObject? ReadInto1(PyBufferedRandom self, PyObject buffer) => self.ReadInto(buffer, true);
    [PyMethod("readline", TextSignature = "($self, size=-1, /)")]
    static PyObject? ReadLine(PyBufferedRandom self, PyObject? size = null) => PyBuffered.SizeArg(size, out long n) ? self.ReadLine(n) : null;
    [PySlot("tp_iternext")] static PyObject? IterNext(PyObject op) => ((PyBufferedRandom)op).CheckInit() < 0 ? null : ((PyBufferedRandom)op).IterNextLine();

    [PyMethod("write", TextSignature = "($self, buffer, /)")]
    static PyObject? Write(PyBufferedRandom self, PyObject buffer) => self.Write(buffer);
}
