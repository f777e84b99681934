using System;
using Sharpy.Modules.Codecs;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Cjk;

/// <summary>
/// The encode and decode loops of multibytecodec.c that every MultibyteCodec object and
/// stateful context shares (multibytecodec_encode, multibytecodec_encerror,
/// multibytecodec_decerror, decoder_feed_buffer). The error scheme is a name: null is
/// "strict"; "ignore" and "replace" are applied inline ('?' encoded by the codec itself,
/// U+FFFD); any other is looked up in the codec registry, and a str it returns while encoding
/// is encoded by the codec (strictly).
/// </summary>
internal static class MultibyteCoding
{
    const string Illegal = "illegal multibyte sequence", Incomplete = "incomplete multibyte sequence";

    /// <summary>internal_error_callback: the scheme as kept (null for "strict").</summary>
    public static string? Scheme(string? errors) => errors is null or "strict" ? null : errors;

    /// <summary>The input of one encode call and its output (MultibyteEncodeBuffer).</summary>
    sealed class EncodeBuffer(PyUnicode input)
    {
        public readonly PyUnicode Input = input;
        public int InPos;
        public readonly ByteWriter Output = new(input.Length * 2 + 16);
        public PyObject? Exc;
    }

    /// <summary>
    /// multibytecodec_encode: encode <paramref name="text"/> (flags: <see cref="CjkCodec.Flush"/>,
    /// <see cref="CjkCodec.Reset"/>). <paramref name="inpos"/> is where it stopped (before
    /// characters kept for a possible pair when not flushing). Null with an exception set.
    /// </summary>
    public static PyBytes? Encode(CjkCodec codec, ref CodecState state, PyUnicode text, out int inpos, string? errors, int flags)
    {
        inpos = 0;
        if (text.Length == 0 && (flags & CjkCodec.Reset) == 0) return PyBytes.FromSpan([]);
        var buf = new EncodeBuffer(text);
        try
        {
            while (buf.InPos < text.Length)
            {
                int r = codec.Encode(ref state, text, ref buf.InPos, buf.Output, flags);
                if (r == 0 || (r == CjkCodec.TooFew && (flags & CjkCodec.Flush) == 0)) break;
                if (!EncodeError(codec, ref state, buf, errors, r)) return null;
                if (r == CjkCodec.TooFew) break;
            }
            if (codec.HasEncodeReset && (flags & CjkCodec.Reset) != 0)
            {
                int r = codec.EncodeReset(ref state, buf.Output);
                if (r != 0 && !EncodeError(codec, ref state, buf, errors, r)) return null;
            }
            inpos = buf.InPos;
            return buf.Output.ToBytes();
        }
        finally
        {
            Py.XDECREF(buf.Exc);
        }
    }

    /// <summary>multibytecodec_encerror: handle the problem <paramref name="e"/> at buf.InPos; false with an exception set.</summary>
    static bool EncodeError(CjkCodec codec, ref CodecState state, EncodeBuffer buf, string? errors, int e)
    {
        string reason;
        int esize;
        if (e > 0)
        {
            reason = Illegal;
            esize = e;
        }
        else if (e == CjkCodec.TooFew)
        {
            reason = Incomplete;
            esize = buf.InPos;
        }
        else
        {
            Errors.SetString(PyExc.RuntimeError, "internal codec error");
            return false;
        }

        if (errors == "replace")
        {
            var q = PyUnicode.FromString("?");
            int qpos = 0;
            int r = codec.Encode(ref state, q, ref qpos, buf.Output, 0);
            Py.DECREF(q);
            if (r != 0) buf.Output.Append((byte)'?');
        }
        if (errors is "ignore" or "replace")
        {
            buf.InPos += esize;
            return true;
        }

        int start = buf.InPos, end = start + esize;
        if (buf.Exc == null)
        {
            buf.Exc = MakeError(PyExc.UnicodeEncodeError, codec.Encoding, buf.Input, start, end, reason);
            if (buf.Exc == null) return false;
        }
        else UpdateError(buf.Exc, start, end, reason);
        if (errors == null)
        {
            Errors.SetObject(buf.Exc!.ob_type, buf.Exc);
            return false;
        }
        var res = CallHandler(errors, buf.Exc!);
        if (res == null) return false;
        try
        {
            if (res is not PyTuple t || t.Count != 2 || t.Items[0] is not (PyUnicode or PyBytes) || t.Items[1] is not PyLong)
            {
                Errors.SetString(PyExc.TypeError, "encoding error handler must return (str, int) tuple");
                return false;
            }
            if (t.Items[0] is PyUnicode s)
            {
                var bytes = Encode(codec, ref state, s, out _, null, CjkCodec.Flush);
                if (bytes == null) return false;
                buf.Output.Append(bytes.Value);
                Py.DECREF(bytes);
            }
            else buf.Output.Append(((PyBytes)t.Items[0]).Value);
            int? pos = NewPosition(t.Items[1], buf.Input.Length);
            if (pos == null) return false;
            buf.InPos = pos.Value;
            return true;
        }
        finally
        {
            Py.DECREF(res);
        }
    }

    /// <summary>The input of one decode call and its output (MultibyteDecodeBuffer).</summary>
    public sealed class DecodeBuffer(UnicodeWriter output)
    {
        public int InPos;
        public readonly UnicodeWriter Output = output;
        public PyObject? Exc;

        public void Release()
        {
            Py.XDECREF(Exc);
            Exc = null;
        }
    }

    /// <summary>
    /// Decode <paramref name="data"/> from buf.InPos until its end, or until the input ends
    /// inside a sequence when <paramref name="stopAtTooFew"/> (decoder_feed_buffer; the
    /// MultibyteCodec's decode handles that as an error). False with an exception set.
    /// </summary>
    public static bool Feed(CjkCodec codec, ref CodecState state, ReadOnlySpan<byte> data, DecodeBuffer buf, string? errors, bool stopAtTooFew)
    {
        while (buf.InPos < data.Length)
        {
            int r = codec.Decode(ref state, data, ref buf.InPos, buf.Output);
            if (r == 0 || (r == CjkCodec.TooFew && stopAtTooFew)) break;
            if (!DecodeError(codec, data, buf, errors, r)) return false;
        }
        return true;
    }

    /// <summary>multibytecodec_decerror: handle the problem <paramref name="e"/> at buf.InPos; false with an exception set.</summary>
    public static bool DecodeError(CjkCodec codec, ReadOnlySpan<byte> data, DecodeBuffer buf, string? errors, int e)
    {
        string reason;
        int esize;
        if (e > 0)
        {
            reason = Illegal;
            esize = e;
        }
        else if (e == CjkCodec.TooFew)
        {
            reason = Incomplete;
            esize = data.Length - buf.InPos;
        }
        else
        {
            Errors.SetString(PyExc.RuntimeError, "internal codec error");
            return false;
        }

        if (errors == "replace") buf.Output.AppendCodePoint(0xFFFD);
        if (errors is "ignore" or "replace")
        {
            buf.InPos += esize;
            return true;
        }

        int start = buf.InPos, end = start + esize;
        if (buf.Exc == null)
        {
            var obj = PyBytes.FromSpan(data);
            buf.Exc = MakeError(PyExc.UnicodeDecodeError, codec.Encoding, obj, start, end, reason);
            Py.DECREF(obj);
            if (buf.Exc == null) return false;
        }
        else UpdateError(buf.Exc, start, end, reason);
        if (errors == null)
        {
            Errors.SetObject(buf.Exc!.ob_type, buf.Exc);
            return false;
        }
        var res = CallHandler(errors, buf.Exc!);
        if (res == null) return false;
        try
        {
            if (res is not PyTuple t || t.Count != 2 || t.Items[0] is not PyUnicode s || t.Items[1] is not PyLong)
            {
                Errors.SetString(PyExc.TypeError, "decoding error handler must return (str, int) tuple");
                return false;
            }
            buf.Output.Append(s);
            int? pos = NewPosition(t.Items[1], data.Length);
            if (pos == null) return false;
            buf.InPos = pos.Value;
            return true;
        }
        finally
        {
            Py.DECREF(res);
        }
    }

    /// <summary>The Unicode{En,De}codeError of the first error of a call (later ones update it).</summary>
    static PyObject? MakeError(PyType type, string encoding, PyObject obj, int start, int end, string reason)
    {
        var enc = PyUnicode.FromString(encoding);
        var st = PyLong.FromLong(start);
        var en = PyLong.FromLong(end);
        var r = PyUnicode.FromString(reason);
        var exc = Calls.CallArgs(type, enc, obj, st, en, r);
        Py.DECREF(enc); Py.DECREF(st); Py.DECREF(en); Py.DECREF(r);
        return exc;
    }

    static void UpdateError(PyObject exc, int start, int end, string reason)
    {
        var e = (PyUnicodeErrorObject)exc;
        e.Start = start;
        e.End = end;
        Py.SETREF(ref e.Reason, PyUnicode.FromString(reason));
    }

    static PyObject? CallHandler(string errors, PyObject exc)
    {
        var handler = CodecRegistry.LookupError(errors);
        if (handler == null) return null;
        var res = Calls.CallOneArg(handler, exc);
        Py.DECREF(handler);
        return res;
    }

    /// <summary>The position a handler returned, from the end when negative; null (IndexError) when out of range.</summary>
    static int? NewPosition(PyObject value, int length)
    {
        long pos;
        if (!ArgParse.ToSsize(value, out pos))
        {
            Errors.Clear();
            pos = -1;
        }
        else if (pos < 0) pos += length;
        if (pos < 0 || pos > length)
        {
            Errors.SetString(PyExc.IndexError, $"position {pos} from error handler out of bounds");
            return null;
        }
        return (int)pos;
    }
}
