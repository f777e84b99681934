using System;
using System.Numerics;
using System.Text;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Cjk;

/// <summary>`_multibytecodec.MultibyteIncrementalEncoder`: the base of the encodings.* modules' IncrementalEncoder.</summary>
[PyType("_multibytecodec.MultibyteIncrementalEncoder", BaseType = true)]
public sealed partial class MultibyteIncrementalEncoder : StatefulEncoderContext
{
    /// <summary>getstate's bytes: the pending count, the pending UTF-8 (at most 2 characters), the 8 state bytes.</summary>
    const int MaxStateBytes = 1 + 2 * 4 + 8;

    MultibyteIncrementalEncoder(PyType type) : base(type) { }

    static readonly ArgParse.Parser s_newParser = NewParser("IncrementalEncoder", false);

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!ParseNew(s_newParser, args, kwnames, out _, out var errors)) return null;
        var self = new MultibyteIncrementalEncoder(type);
        if (!self.Setup(type, errors))
        {
            Py.DECREF(self);
            return null;
        }
        self.Codec.EncodeInit(ref self.State);
        return self;
    }

    [PySlot("tp_init")]
    static int Init(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => 0;

    [PyMethod("encode")]
    static PyObject? Encode(MultibyteIncrementalEncoder self, [Keyword] PyObject input, [Keyword] bool final = false)
        => self.EncodeStateful(input, final);

    [PyMethod("getstate")]
    static PyObject? GetState(MultibyteIncrementalEncoder self)
    {
        var bytes = new byte[MaxStateBytes];
        int size = 1;
        if (self.Pending != null)
        {
            var utf8 = Encoding.UTF8.GetBytes(self.Pending.ToString());
            if (utf8.Length > 2 * 4) return Errors.SetString(PyExc.UnicodeError, "pending buffer too large");
            bytes[0] = (byte)utf8.Length;
            utf8.CopyTo(bytes, 1);
            size += utf8.Length;
        }
        BitConverter.TryWriteBytes(bytes.AsSpan(size, 8), self.State.Bits);
        size += 8;
        return PyLong.FromBigInteger(new BigInteger(bytes.AsSpan(0, size), isUnsigned: true, isBigEndian: false));
    }

    [PyMethod("setstate")]
    static PyObject? SetState(MultibyteIncrementalEncoder self, PyObject state)
    {
        if (state is not PyLong l) return Errors.SetString(PyExc.TypeError, $"setstate() argument must be int, not {state.ob_type.Name}");
        var bytes = new byte[MaxStateBytes];
        if (!StateBytes(l, bytes)) return null;
        if (bytes[0] > 2 * 4) return Errors.SetString(PyExc.UnicodeError, "pending buffer too large");
        var pending = Codecs.Utf8Codec.Decode(bytes.AsSpan(1, bytes[0]), null, "strict", true, out _);
        if (pending == null) return null;
        Py.SETREF(ref self.Pending, pending.Length == 0 ? null : pending);
        if (self.Pending == null) Py.DECREF(pending);
        self.State.Bits = BitConverter.ToUInt64(bytes, 1 + bytes[0]);
        return Py.None;
    }

    /// <summary>_PyLong_AsByteArray, little-endian and unsigned, into all of <paramref name="bytes"/>.</summary>
    internal static bool StateBytes(PyLong l, byte[] bytes)
    {
        var v = l.ToBigInteger();
        if (v.Sign < 0)
        {
            Errors.SetString(PyExc.OverflowError, "can't convert negative int to unsigned");
            return false;
        }
        if (!v.TryWriteBytes(bytes, out _, isUnsigned: true, isBigEndian: false))
        {
            Errors.SetString(PyExc.OverflowError, "int too big to convert");
            return false;
        }
        return true;
    }

    [PyMethod("reset")]
    static PyObject? Reset(MultibyteIncrementalEncoder self)
    {
        // The bytes that would return to the initial state are dropped (CPython writes them to a scratch buffer).
        if (self.Codec.HasEncodeReset) self.Codec.EncodeReset(ref self.State, new Codecs.ByteWriter());
        Py.CLEAR(ref self.Pending);
        return Py.None;
    }

    [PyGetter("errors", Doc = "how to treat errors")] static PyObject? ErrorsGetter(MultibyteIncrementalEncoder self) => GetErrors(self);
    [PySetter("errors")] static int ErrorsSetter(MultibyteIncrementalEncoder self, PyObject? value) => SetErrors(self, value);
}
