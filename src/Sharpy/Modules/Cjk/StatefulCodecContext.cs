using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Cjk;

/// <summary>
/// What the four stateful objects of _multibytecodec share (MultibyteStatefulCodecContext):
/// the codec, taken from the `codec` attribute of the class (the encodings.* module's
/// subclass sets it), its state and the error scheme, which the `errors` attribute reads and
/// sets (codecctx_getsets).
/// </summary>
public abstract class StatefulCodecContext(PyType type) : PyObject(type)
{
    internal CjkCodec Codec = null!;
    internal CodecState State;
    /// <summary>The error scheme (null is "strict").</summary>
    internal string? ErrorScheme;

    /// <summary>
    /// The common part of the constructors: the codec from <paramref name="type"/>'s `codec`
    /// attribute and the scheme; false with an exception set.
    /// </summary>
    internal bool Setup(PyType type, string? errors)
    {
        var codec = Abstract.GetAttr(type, "codec");
        if (codec == null) return false;
        if (codec is not MultibyteCodecObject mc)
        {
            Py.DECREF(codec);
            Errors.SetString(PyExc.TypeError, "codec is unexpected type");
            return false;
        }
        Codec = mc.Codec;
        Py.DECREF(codec);
        ErrorScheme = MultibyteCoding.Scheme(errors);
        return true;
    }

    /// <summary>The constructor's parameters: "|s:IncrementalEncoder" (errors), "O|s:StreamReader" (stream, errors).</summary>
    internal static ArgParse.Parser NewParser(string fname, bool withStream) =>
        withStream ? new(fname, 0, ["stream", "errors"], 1, 2, 0) : new(fname, 0, ["errors"], 0, 1, 0);

    /// <summary>Parse a constructor's arguments with a parser from <see cref="NewParser"/>.</summary>
    internal static bool ParseNew(ArgParse.Parser parser, ReadOnlySpan<StackRef> args, PyTuple? kwnames, out PyObject? stream, out string? errors)
    {
        bool withStream = parser.MaxArgs == 2;
        stream = null;
        errors = null;
        Span<PyObject?> a = [null, null];
        if (!ArgParse.UnpackKeywords(args, kwnames, parser, a[..parser.MaxArgs])) return false;
        stream = withStream ? a[0] : null;
        var e = a[withStream ? 1 : 0];
        if (e != null)
        {
            if (e is not PyUnicode u)
            {
                Errors.SetString(PyExc.TypeError, $"{parser.FName}() argument {(withStream ? 2 : 1)} must be str, not {e.ob_type.Name}");
                return false;
            }
            errors = u.ToString();
        }
        return true;
    }

    internal static PyObject? GetErrors(StatefulCodecContext self) => PyUnicode.FromString(self.ErrorScheme ?? "strict");

    internal static int SetErrors(StatefulCodecContext self, PyObject? value)
    {
        if (value == null)
        {
            Errors.SetString(PyExc.AttributeError, "cannot delete attribute");
            return -1;
        }
        if (value is not PyUnicode u)
        {
            Errors.SetString(PyExc.TypeError, "errors must be a string");
            return -1;
        }
        self.ErrorScheme = MultibyteCoding.Scheme(u.ToString());
        return 0;
    }

    /// <summary>The input of an encode as a str (a new reference): str() of anything else.</summary>
    internal static PyUnicode? AsText(PyObject input, string message)
    {
        if (input is PyUnicode u) return Py.NewRef(u);
        var s = Abstract.Str(input);
        if (s == null) return null;
        if (s is PyUnicode su) return su;
        Py.DECREF(s);
        Errors.SetString(PyExc.TypeError, message);
        return null;
    }
}

/// <summary>The encoding side (MultibyteStatefulEncoderContext): the characters kept for a possible pair.</summary>
public abstract class StatefulEncoderContext(PyType type) : StatefulCodecContext(type)
{
    /// <summary>At most MAXENCPENDING (2) characters not yet encoded.</summary>
    internal PyUnicode? Pending;
    const int MaxPending = 2;

    /// <summary>encoder_encode_stateful: encode the pending characters and <paramref name="input"/>.</summary>
    internal PyObject? EncodeStateful(PyObject input, bool final)
    {
        var text = AsText(input, "couldn't convert the object to str.");
        if (text == null) return null;
        PyUnicode inbuf;
        if (Pending != null)
        {
            inbuf = PyUnicode.Concat(Pending, text);
            Py.DECREF(text);
        }
        else inbuf = text;
        var origPending = Pending;
        Pending = null;
        var r = MultibyteCoding.Encode(Codec, ref State, inbuf, out int inpos, ErrorScheme, final ? CjkCodec.Flush | CjkCodec.Reset : 0);
        if (r == null)
        {
            Pending = origPending; // recover the pending characters
            Py.DECREF(inbuf);
            return null;
        }
        Py.XDECREF(origPending);
        if (inpos < inbuf.Length)
        {
            if (inbuf.Length - inpos > MaxPending)
            {
                Py.DECREF(inbuf);
                Py.DECREF(r);
                return Errors.SetString(PyExc.UnicodeError, "pending buffer overflow");
            }
            Pending = inbuf.Substring(inpos, inbuf.Length - inpos);
        }
        Py.DECREF(inbuf);
        return r;
    }

    protected internal override void ReleaseReferences() => Py.CLEAR(ref Pending);
}

/// <summary>The decoding side (MultibyteStatefulDecoderContext): the bytes of an unfinished sequence.</summary>
public abstract class StatefulDecoderContext(PyType type) : StatefulCodecContext(type)
{
    /// <summary>MAXDECPENDING: the longest unfinished sequence kept.</summary>
    internal const int MaxPending = 8;
    internal byte[] Pending = new byte[MaxPending];
    internal int PendingSize;

    /// <summary>
    /// Decode the pending bytes and <paramref name="data"/>, keeping an unfinished sequence at
    /// the end as pending (raising it as incomplete when <paramref name="final"/>).
    /// </summary>
    internal PyObject? DecodeStateful(ReadOnlySpan<byte> data, bool final, MultibyteCoding.DecodeBuffer buf)
    {
        byte[]? joined = null;
        int origPending = PendingSize;
        if (PendingSize > 0)
        {
            joined = new byte[PendingSize + data.Length];
            Pending.AsSpan(0, PendingSize).CopyTo(joined);
            data.CopyTo(joined.AsSpan(PendingSize));
            data = joined;
            PendingSize = 0;
        }
        buf.InPos = 0;
        if (!MultibyteCoding.Feed(Codec, ref State, data, buf, ErrorScheme, true)) return null;
        if (final && buf.InPos < data.Length
            && !MultibyteCoding.DecodeError(Codec, data, buf, ErrorScheme, CjkCodec.TooFew))
        {
            PendingSize = origPending; // the original pending bytes are still at the front
            data[..origPending].CopyTo(Pending);
            return null;
        }
        if (!AppendPending(data[buf.InPos..])) return null;
        return Py.None;
    }

    /// <summary>decoder_append_pending.</summary>
    internal bool AppendPending(ReadOnlySpan<byte> rest)
    {
        if (rest.Length == 0) return true;
        if (rest.Length + PendingSize > MaxPending)
        {
            Errors.SetString(PyExc.UnicodeError, "pending buffer overflow");
            return false;
        }
        rest.CopyTo(Pending.AsSpan(PendingSize));
        PendingSize += rest.Length;
        return true;
    }
}
