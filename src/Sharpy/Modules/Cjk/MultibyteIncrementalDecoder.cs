using System;
using System.Numerics;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Cjk;

/// <summary>`_multibytecodec.MultibyteIncrementalDecoder`: the base of the encodings.* modules' IncrementalDecoder.</summary>
[PyType("_multibytecodec.MultibyteIncrementalDecoder", BaseType = true)]
public sealed partial class MultibyteIncrementalDecoder : StatefulDecoderContext
{
    MultibyteIncrementalDecoder(PyType type) : base(type) { }

    static readonly ArgParse.Parser s_newParser = NewParser("IncrementalDecoder", false);

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!ParseNew(s_newParser, args, kwnames, out _, out var errors)) return null;
        var self = new MultibyteIncrementalDecoder(type);
        if (!self.Setup(type, errors))
        {
            Py.DECREF(self);
            return null;
        }
        self.Codec.DecodeInit(ref self.State);
        return self;
    }

    [PySlot("tp_init")]
    static int Init(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => 0;

    [PyMethod("decode")]
    static PyObject? Decode(MultibyteIncrementalDecoder self, [Keyword] BufferArg input, [Keyword] bool final = false)
    {
        var buf = new MultibyteCoding.DecodeBuffer(new UnicodeWriter(input.Span.Length + self.PendingSize));
        try
        {
            if (self.DecodeStateful(input.Span, final, buf) == null) return null;
        }
        finally
        {
            buf.Release();
        }
        return buf.Output.Finish();
    }

    [PyMethod("getstate")]
    static PyObject? GetState(MultibyteIncrementalDecoder self)
    {
        var buffer = PyBytes.FromSpan(self.Pending.AsSpan(0, self.PendingSize));
        var flag = PyLong.FromBigInteger(new BigInteger(self.State.Bits));
        var t = PyTuple.Pack(buffer, flag);
        Py.DECREF(buffer);
        Py.DECREF(flag);
        return t;
    }

    [PyMethod("setstate")]
    static PyObject? SetState(MultibyteIncrementalDecoder self, PyObject state)
    {
        if (state is not PyTuple t) return Errors.SetString(PyExc.TypeError, $"setstate() argument must be tuple, not {state.ob_type.Name}");
        if (t.Count != 2 || t.Items[0] is not PyBytes buffer || t.Items[1] is not PyLong flag)
            return Errors.SetString(PyExc.TypeError, "setstate(): illegal state argument");
        var bytes = new byte[8];
        if (!MultibyteIncrementalEncoder.StateBytes(flag, bytes)) return null;
        var pending = buffer.Value;
        if (pending.Length > MaxPending)
        {
            var enc = PyUnicode.FromString(self.Codec.Encoding);
            var st = PyLong.FromLong(0);
            var en = PyLong.FromLong(pending.Length);
            var reason = PyUnicode.FromString("pending buffer too large");
            var exc = Calls.CallArgs(PyExc.UnicodeDecodeError, enc, buffer, st, en, reason);
            Py.DECREF(enc); Py.DECREF(st); Py.DECREF(en); Py.DECREF(reason);
            if (exc != null)
            {
                Errors.SetObject(exc.ob_type, exc);
                Py.DECREF(exc);
            }
            return null;
        }
        pending.CopyTo(self.Pending);
        self.PendingSize = pending.Length;
        self.State.Bits = BitConverter.ToUInt64(bytes);
        return Py.None;
    }

    [PyMethod("reset")]
    static PyObject? Reset(MultibyteIncrementalDecoder self)
    {
        self.Codec.DecodeReset(ref self.State);
        self.PendingSize = 0;
        return Py.None;
    }

    [PyGetter("errors", Doc = "how to treat errors")] static PyObject? ErrorsGetter(MultibyteIncrementalDecoder self) => GetErrors(self);
    [PySetter("errors")] static int ErrorsSetter(MultibyteIncrementalDecoder self, PyObject? value) => SetErrors(self, value);
}
