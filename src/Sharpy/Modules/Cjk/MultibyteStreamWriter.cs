using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Cjk;

/// <summary>`_multibytecodec.MultibyteStreamWriter`: the base of the encodings.* modules' StreamWriter.</summary>
[PyType("_multibytecodec.MultibyteStreamWriter", BaseType = true)]
public sealed partial class MultibyteStreamWriter : StatefulEncoderContext
{
    PyObject? _stream;

    MultibyteStreamWriter(PyType type) : base(type) { }

    static readonly ArgParse.Parser s_newParser = NewParser("StreamWriter", true);

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!ParseNew(s_newParser, args, kwnames, out var stream, out var errors)) return null;
        var self = new MultibyteStreamWriter(type);
        if (!self.Setup(type, errors))
        {
            Py.DECREF(self);
            return null;
        }
        self._stream = Py.NewRef(stream!);
        self.Codec.EncodeInit(ref self.State);
        return self;
    }

    [PySlot("tp_init")]
    static int Init(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => 0;

    /// <summary>mbstreamwriter_iwrite.</summary>
    bool WriteText(PyObject text)
    {
        var str = EncodeStateful(text, false);
        if (str == null) return false;
        var wr = Calls.CallMethod(_stream!, "write", str);
        Py.DECREF(str);
        if (wr == null) return false;
        Py.DECREF(wr);
        return true;
    }

    [PyMethod("write")]
    static PyObject? Write(MultibyteStreamWriter self, PyObject strobj) => self.WriteText(strobj) ? Py.None : null;

    [PyMethod("writelines")]
    static PyObject? WriteLines(MultibyteStreamWriter self, PyObject lines)
    {
        if (!Abstract.SequenceCheck(lines)) return Errors.SetString(PyExc.TypeError, "arg must be a sequence object");
        for (long i = 0; ; i++)
        {
            // The length can change inside the loop.
            long n = Abstract.Length(lines);
            if (n < 0) return null;
            if (i >= n) break;
            var item = Abstract.SequenceGetItem(lines, i);
            if (item == null) return null;
            bool ok = self.WriteText(item);
            Py.DECREF(item);
            if (!ok) return null;
        }
        return Py.None;
    }

    [PyMethod("reset")]
    static PyObject? Reset(MultibyteStreamWriter self)
    {
        if (self.Pending == null) return Py.None;
        var pending = self.Pending;
        self.Pending = null;
        // Pending characters that fail to encode are dropped all the same.
        var pwrt = MultibyteCoding.Encode(self.Codec, ref self.State, pending, out _, self.ErrorScheme, CjkCodec.Flush | CjkCodec.Reset);
        Py.DECREF(pending);
        if (pwrt == null) return null;
        if (pwrt.Value.Length > 0)
        {
            var wr = Calls.CallMethod(self._stream!, "write", pwrt);
            if (wr == null)
            {
                Py.DECREF(pwrt);
                return null;
            }
            Py.DECREF(wr);
        }
        Py.DECREF(pwrt);
        return Py.None;
    }

    [PyGetter("stream")] static PyObject? StreamGetter(MultibyteStreamWriter self) => Py.NewRef(self._stream ?? Py.None);
    [PyGetter("errors", Doc = "how to treat errors")] static PyObject? ErrorsGetter(MultibyteStreamWriter self) => GetErrors(self);
    [PySetter("errors")] static int ErrorsSetter(MultibyteStreamWriter self, PyObject? value) => SetErrors(self, value);

    protected internal override void ReleaseReferences()
    {
        Py.CLEAR(ref _stream);
        base.ReleaseReferences();
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (_stream != null) visit(_stream);
    }

    protected internal override void Clear() => Py.CLEAR(ref _stream);
}
