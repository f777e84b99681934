using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Cjk;

/// <summary>
/// `_multibytecodec.MultibyteCodec`: what a `_codecs_*` module's getcodec returns, whose
/// encode and decode are the encodings.* modules' Codec.encode and Codec.decode (stateless:
/// each call starts from the codec's initial state and flushes and resets at the end).
/// </summary>
[PyType("_multibytecodec.MultibyteCodec")]
public sealed partial class MultibyteCodecObject : PyObject
{
    internal readonly CjkCodec Codec;

    MultibyteCodecObject(CjkCodec codec) : base(Type) => Codec = codec;

    internal static MultibyteCodecObject Create(CjkCodec codec) => new(codec);

    [PyMethod("encode", Doc = "Return an encoded string version of `input'.\n\n'errors' may be given to set a different error handling scheme. Default is\n'strict' meaning that encoding errors raise a UnicodeEncodeError. Other possible\nvalues are 'ignore', 'replace' and 'xmlcharrefreplace' as well as any other name\nregistered with codecs.register_error that can handle UnicodeEncodeErrors.")]
    static PyObject? Encode(MultibyteCodecObject self, [Keyword] PyObject input, [Keyword] string? errors = null)
    {
        var text = StatefulCodecContext.AsText(input, "couldn't convert the object to unicode.");
        if (text == null) return null;
        var state = new CodecState();
        self.Codec.EncodeInit(ref state);
        var r = MultibyteCoding.Encode(self.Codec, ref state, text, out _, MultibyteCoding.Scheme(errors), CjkCodec.Flush | CjkCodec.Reset);
        int length = text.Length;
        Py.DECREF(text);
        return r == null ? null : PackResult(r, length);
    }

    [PyMethod("decode", Doc = "Decodes 'input'.\n\n'errors' may be given to set a different error handling scheme. Default is\n'strict' meaning that encoding errors raise a UnicodeDecodeError. Other possible\nvalues are 'ignore' and 'replace' as well as any other name registered with\ncodecs.register_error that is able to handle UnicodeDecodeErrors.\"")]
    static PyObject? Decode(MultibyteCodecObject self, [Keyword] BufferArg input, [Keyword] string? errors = null)
    {
        var data = input.Span;
        if (data.Length == 0) return PackResult(PyUnicode.FromString(""), 0);
        var state = new CodecState();
        self.Codec.DecodeInit(ref state);
        var buf = new MultibyteCoding.DecodeBuffer(new UnicodeWriter(data.Length));
        try
        {
            if (!MultibyteCoding.Feed(self.Codec, ref state, data, buf, MultibyteCoding.Scheme(errors), false)) return null;
        }
        finally
        {
            buf.Release();
        }
        return PackResult(buf.Output.Finish(), data.Length);
    }

    /// <summary>make_tuple: (result, length consumed), stealing the result.</summary>
    static PyObject PackResult(PyObject result, int length)
    {
        var n = PyLong.FromLong(length);
        var t = PyTuple.Pack(result, n);
        Py.DECREF(result);
        Py.DECREF(n);
        return t;
    }
}
