using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Io;

/// <summary>
/// The one place _io finds a text codec (CPython's _PyCodec_LookupTextEncoding and the
/// codec's incremental encoder/decoder). UTF-8, ASCII and Latin-1 with the built-in error
/// handlers are done in C# (UnicodeCodecs), as CPython's textio fast paths; every other
/// encoding goes through the `codecs` module's incremental encoder and decoder.
/// </summary>
internal static class TextCodecs
{
    /// <summary>The codecs module's getincremental{en,de}coder(encoding)(errors), or null with LookupError set.</summary>
    static PyObject? PythonCodec(string encoding, string errors, string factory)
    {
        var codecs = Import.ImportModule("codecs");
        if (codecs == null)
        {
            Errors.Clear();
            return Errors.SetString(PyExc.LookupError, $"unknown encoding: {encoding}");
        }
        var encObj = PyUnicode.FromString(encoding);
        var cls = Calls.CallMethod(codecs, factory, encObj);
        Py.DECREF(encObj);
        Py.DECREF(codecs);
        if (cls == null) return null;
        var errObj = PyUnicode.FromString(errors);
        var r = Calls.CallOneArg(cls, errObj);
        Py.DECREF(errObj);
        Py.DECREF(cls);
        return r;
    }

    static bool Builtin(string errors) => errors is "strict" or "ignore" or "replace" or "surrogateescape"
        or "surrogatepass" or "backslashreplace" or "xmlcharrefreplace";

    /// <summary>Check that an encoding exists (0), or -1 with LookupError.</summary>
    public static int CheckEncoding(string encoding)
    {
        if (UnicodeCodecs.Lookup(encoding) != UnicodeCodecs.Codec.None) return 0;
        var codecs = Import.ImportModule("codecs");
        if (codecs == null)
        {
            Errors.Clear();
            Errors.SetString(PyExc.LookupError, $"unknown encoding: {encoding}");
            return -1;
        }
        var encObj = PyUnicode.FromString(encoding);
        var info = Calls.CallMethod(codecs, "lookup", encObj);
        Py.DECREF(encObj);
        Py.DECREF(codecs);
        if (info == null) return -1;
        Py.DECREF(info);
        return 0;
    }

    /// <summary>UTF-8, ASCII, Latin-1: coders without state beyond an incomplete UTF-8 tail (UTF-16/32 go through the registry).</summary>
    static bool IsByteCodec(UnicodeCodecs.Codec codec) => codec is UnicodeCodecs.Codec.Utf8 or UnicodeCodecs.Codec.Ascii or UnicodeCodecs.Codec.Latin1;

    public static TextDecoder? GetDecoder(string encoding, string errors)
    {
        var codec = UnicodeCodecs.Lookup(encoding);
        if (IsByteCodec(codec) && Builtin(errors)) return new BuiltinDecoder(codec, errors);
        var d = PythonCodec(encoding, errors, "getincrementaldecoder");
        return d == null ? null : new PythonDecoder(d);
    }

    public static TextEncoder? GetEncoder(string encoding, string errors)
    {
        var codec = UnicodeCodecs.Lookup(encoding);
        if (IsByteCodec(codec) && Builtin(errors)) return new BuiltinEncoder(codec, errors);
        var e = PythonCodec(encoding, errors, "getincrementalencoder");
        return e == null ? null : new PythonEncoder(e);
    }
}

/// <summary>An incremental decoder as textio uses it: decode, and the (buffered bytes, flags) state for tell cookies.</summary>
internal abstract class TextDecoder
{
    /// <summary>A new str, or null with an exception set.</summary>
    public abstract PyUnicode? Decode(PyObject input, bool final);
    /// <summary>The state: 0, or -1 with an exception set.</summary>
    public abstract int GetState(out byte[] buffered, out long flags);
    public abstract int SetState(byte[] buffered, long flags);
    public abstract int Reset();
    /// <summary>The Python object, for IncrementalNewlineDecoder's users; a new reference.</summary>
    public virtual void Release() { }
    public virtual void Visit(Visitor visit) { }
}

internal abstract class TextEncoder
{
    /// <summary>A new bytes, or null with an exception set.</summary>
    public abstract PyObject? Encode(PyUnicode text);
    /// <summary>setstate(0) / reset(): 0, or -1 with an exception set.</summary>
    public abstract int Reset(bool atStart);
    public virtual void Release() { }
    public virtual void Visit(Visitor visit) { }
}

/// <summary>UTF-8 / ASCII / Latin-1 decoding that keeps an incomplete UTF-8 sequence for the next call.</summary>
internal sealed class BuiltinDecoder(UnicodeCodecs.Codec codec, string errors) : TextDecoder
{
    byte[] _pending = [];

    /// <summary>How many bytes at the end of <paramref name="data"/> start a UTF-8 sequence that is valid so far but incomplete.</summary>
    static int IncompleteTail(ReadOnlySpan<byte> data)
    {
        int n = data.Length;
        for (int back = 1; back <= Math.Min(3, n); back++)
        {
            byte b = data[n - back];
            if ((b & 0xC0) == 0x80) continue;
            int need = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (need <= back) return 0;
            if (back >= 2)
            {
                byte b1 = data[n - back + 1];
                if (b == 0xE0 && b1 < 0xA0 || b == 0xED && b1 > 0x9F || b == 0xF0 && b1 < 0x90 || b == 0xF4 && b1 > 0x8F) return 0;
            }
            return back;
        }
        return 0;
    }

    public override PyUnicode? Decode(PyObject input, bool final)
    {
        var view = PyBuffer.GetContiguous(input);
        if (view == null) return null;
        try
        {
            ReadOnlySpan<byte> data = view.Span;
            byte[]? joined = null;
            if (_pending.Length > 0)
            {
                joined = new byte[_pending.Length + data.Length];
                _pending.CopyTo(joined, 0);
                data.CopyTo(joined.AsSpan(_pending.Length));
                data = joined;
            }
            int keep = !final && codec == UnicodeCodecs.Codec.Utf8 ? IncompleteTail(data) : 0;
            var body = data[..^keep];
            PyObject source = joined != null || keep > 0 || input is not PyBytes ? PyBytes.FromSpan(body) : Py.NewRef(input);
            var r = UnicodeCodecs.Decode(body, source, codec, errors);
            Py.DECREF(source);
            if (r == null) return null;
            _pending = keep > 0 ? data[^keep..].ToArray() : [];
            return (PyUnicode)r;
        }
        finally { view.Release(); }
    }

    public override int GetState(out byte[] buffered, out long flags)
    {
        buffered = _pending;
        flags = 0;
        return 0;
    }

    public override int SetState(byte[] buffered, long flags)
    {
        _pending = buffered;
        return 0;
    }

    public override int Reset()
    {
        _pending = [];
        return 0;
    }
}

/// <summary>A codecs-module incremental decoder.</summary>
internal sealed class PythonDecoder(PyObject decoder) : TextDecoder
{
    public readonly PyObject Object = decoder;

    public override PyUnicode? Decode(PyObject input, bool final)
    {
        var r = Calls.CallMethod(Object, "decode", input, Py.NewBool(final));
        if (r == null) return null;
        if (r is not PyUnicode u)
        {
            Errors.SetString(PyExc.TypeError, $"decoder should return a string result, not '{r.ob_type.tp_name}'");
            Py.DECREF(r);
            return null;
        }
        return u;
    }

    public override int GetState(out byte[] buffered, out long flags)
    {
        buffered = [];
        flags = 0;
        var st = Calls.CallMethod(Object, "getstate");
        if (st == null) return -1;
        try
        {
            if (st is not PyTuple t || t.Count != 2 || t.Items[0] is not PyBytes b)
            {
                Errors.SetString(PyExc.TypeError, "illegal decoder state");
                return -1;
            }
            if (!ArgParse.ToSsize(t.Items[1], out flags)) return -1;
            buffered = b.Value;
            return 0;
        }
        finally { Py.DECREF(st); }
    }

    public override int SetState(byte[] buffered, long flags)
    {
        var st = PyTuple.FromStolen([PyBytes.FromBytes(buffered), PyLong.FromLong(flags)]);
        var r = Calls.CallMethod(Object, "setstate", st);
        Py.DECREF(st);
        if (r == null) return -1;
        Py.DECREF(r);
        return 0;
    }

    public override int Reset()
    {
        var r = Calls.CallMethod(Object, "reset");
        if (r == null) return -1;
        Py.DECREF(r);
        return 0;
    }

    public override void Release() => Py.DECREF(Object);
    public override void Visit(Visitor visit) => visit(Object);
}

internal sealed class BuiltinEncoder(UnicodeCodecs.Codec codec, string errors) : TextEncoder
{
    public bool IsUtf8 => codec == UnicodeCodecs.Codec.Utf8;

    public override PyObject? Encode(PyUnicode text)
    {
        var b = UnicodeCodecs.EncodeBytes(text, codec, errors);
        return b == null ? null : PyBytes.FromBytes(b);
    }

    public override int Reset(bool atStart) => 0;
}

internal sealed class PythonEncoder(PyObject encoder) : TextEncoder
{
    public readonly PyObject Object = encoder;

    public override PyObject? Encode(PyUnicode text)
    {
        var r = Calls.CallMethod(Object, "encode", text);
        if (r == null) return null;
        if (r is not PyBytes)
        {
            Errors.SetString(PyExc.TypeError, $"encoder should return a bytes object, not '{r.ob_type.tp_name}'");
            Py.DECREF(r);
            return null;
        }
        return r;
    }

    public override int Reset(bool atStart)
    {
        var r = atStart ? Calls.CallMethod(Object, "reset") : Calls.CallMethod(Object, "setstate", PyLong.FromLong(0));
        if (r == null) return -1;
        Py.DECREF(r);
        return 0;
    }

    public override void Release() => Py.DECREF(Object);
    public override void Visit(Visitor visit) => visit(Object);
}
