using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Cjk;

/// <summary>`_multibytecodec.MultibyteStreamReader`: the base of the encodings.* modules' StreamReader.</summary>
[PyType("_multibytecodec.MultibyteStreamReader", BaseType = true)]
public sealed partial class MultibyteStreamReader : StatefulDecoderContext
{
    PyObject? _stream;

    MultibyteStreamReader(PyType type) : base(type) { }

    static readonly ArgParse.Parser s_newParser = NewParser("StreamReader", true);

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!ParseNew(s_newParser, args, kwnames, out var stream, out var errors)) return null;
        var self = new MultibyteStreamReader(type);
        if (!self.Setup(type, errors))
        {
            Py.DECREF(self);
            return null;
        }
        self._stream = Py.NewRef(stream!);
        self.Codec.DecodeInit(ref self.State);
        return self;
    }

    [PySlot("tp_init")]
    static int Init(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => 0;

    /// <summary>mbstreamreader_iread: read with <paramref name="method"/> until some text is decoded.</summary>
    PyObject? ReadDecoded(string method, long sizehint)
    {
        if (sizehint == 0) return PyUnicode.FromString("");
        var buf = new MultibyteCoding.DecodeBuffer(new UnicodeWriter());
        try
        {
            while (true)
            {
                var cres = sizehint < 0 ? Calls.CallMethod(_stream!, method) : CallWithSize(method, sizehint);
                if (cres == null) return null;
                if (cres is not PyBytes b)
                {
                    Errors.SetString(PyExc.TypeError, $"stream function returned a non-bytes object ({cres.ob_type.Name})");
                    Py.DECREF(cres);
                    return null;
                }
                bool endOfFile = b.Value.Length == 0;
                ReadOnlySpan<byte> data = b.Value;
                if (PendingSize > 0)
                {
                    var joined = new byte[PendingSize + data.Length];
                    Pending.AsSpan(0, PendingSize).CopyTo(joined);
                    data.CopyTo(joined.AsSpan(PendingSize));
                    data = joined;
                    PendingSize = 0;
                }
                int rsize = data.Length;
                buf.InPos = 0;
                bool ok = rsize == 0 || MultibyteCoding.Feed(Codec, ref State, data, buf, ErrorScheme, true);
                if (ok && (endOfFile || sizehint < 0) && buf.InPos < data.Length)
                    ok = MultibyteCoding.DecodeError(Codec, data, buf, ErrorScheme, CjkCodec.TooFew);
                if (ok && buf.InPos < data.Length) ok = AppendPending(data[buf.InPos..]);
                Py.DECREF(cres);
                if (!ok) return null;
                // The exception object of one read is not kept for the next.
                buf.Release();
                if (sizehint < 0 || buf.Output.Count != 0 || rsize == 0) break;
                sizehint = 1; // read one more byte and retry
            }
            return buf.Output.Finish();
        }
        finally
        {
            buf.Release();
        }
    }

    PyObject? CallWithSize(string method, long size)
    {
        var n = PyLong.FromLong(size);
        var r = Calls.CallMethod(_stream!, method, n);
        Py.DECREF(n);
        return r;
    }

    /// <summary>The size argument of read/readline/readlines: None is -1.</summary>
    static bool SizeArg(PyObject? sizeobj, out long size)
    {
        size = -1;
        if (sizeobj == null || sizeobj == Py.None) return true;
        if (sizeobj is not PyLong)
        {
            Errors.SetString(PyExc.TypeError, "arg 1 must be an integer");
            return false;
        }
        return ArgParse.ToSsize(sizeobj, out size);
    }

    [PyMethod("read")]
    static PyObject? Read(MultibyteStreamReader self, PyObject? sizeobj = null)
        => SizeArg(sizeobj, out long size) ? self.ReadDecoded("read", size) : null;

    [PyMethod("readline")]
    static PyObject? ReadLine(MultibyteStreamReader self, PyObject? sizeobj = null)
        => SizeArg(sizeobj, out long size) ? self.ReadDecoded("readline", size) : null;

    [PyMethod("readlines")]
    static PyObject? ReadLines(MultibyteStreamReader self, PyObject? sizehintobj = null)
    {
        if (!SizeArg(sizehintobj, out long size)) return null;
        var r = self.ReadDecoded("read", size);
        if (r == null) return null;
        var lines = PyUnicode.SplitLines((PyUnicode)r, true);
        Py.DECREF(r);
        return lines;
    }

    [PyMethod("reset")]
    static PyObject? Reset(MultibyteStreamReader self)
    {
        self.Codec.DecodeReset(ref self.State);
        self.PendingSize = 0;
        return Py.None;
    }

    [PyGetter("stream")] static PyObject? StreamGetter(MultibyteStreamReader self) => Py.NewRef(self._stream ?? Py.None);
    [PyGetter("errors", Doc = "how to treat errors")] static PyObject? ErrorsGetter(MultibyteStreamReader self) => GetErrors(self);
    [PySetter("errors")] static int ErrorsSetter(MultibyteStreamReader self, PyObject? value) => SetErrors(self, value);

    protected internal override void ReleaseReferences() => Py.CLEAR(ref _stream);

    protected internal override void Traverse(Visitor visit)
    {
        if (_stream != null) visit(_stream);
    }

    protected internal override void Clear() => Py.CLEAR(ref _stream);
}
