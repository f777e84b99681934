using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`bytes` (Objects/bytesobject.c): an immutable byte array.</summary>
[PyType("bytes", BaseType = true, Doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\nbytes() -> empty bytes object\n\nConstruct an immutable array of bytes from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - any object implementing the buffer API.\n  - an integer")]
public partial class PyBytes : PyObject
{
    public readonly byte[] Value;
    long _hash = -1;

    public PyBytes(PyType type, byte[] value) : base(type) { Value = value; }

    static PyBytes? s_empty;
    static readonly PyBytes?[] s_single = new PyBytes?[256];

    /// <summary>b'' (immortal).</summary>
    public static PyBytes EmptyBytes
    {
        get
        {
            if (s_empty != null) return s_empty;
            var e = new PyBytes(Type, []);
            e.SetImmortal();
            return s_empty = e;
        }
    }

    /// <summary>A new bytes taking over <paramref name="b"/> (which must not change afterwards).</summary>
    public static PyBytes FromBytes(byte[] b)
    {
        if (b.Length == 0) return EmptyBytes;
        if (b.Length == 1) return FromByte(b[0]);
        return new PyBytes(Type, b);
    }

    public static PyBytes FromSpan(ReadOnlySpan<byte> b) => b.Length <= 1 ? (b.Length == 0 ? EmptyBytes : FromByte(b[0])) : new PyBytes(Type, b.ToArray());

    /// <summary>A one-byte bytes (cached and immortal, as CPython's characters table).</summary>
    public static PyBytes FromByte(byte b)
    {
        var r = s_single[b];
        if (r != null) return r;
        r = new PyBytes(Type, [b]);
        r.SetImmortal();
        return s_single[b] = r;
    }

    public int Length => Value.Length;

    public ReadOnlySpan<byte> AsSpan() => Value;

    /// <summary>An exact bytes with the same content (self for an exact bytes).</summary>
    public static PyBytes ExactCopy(PyBytes b) => b.ob_type == Type ? Py.NewRef(b) : FromSpan(b.Value);

    [PySlot("tp_hash")]
    static long BytesHash(PyObject o)
    {
        var b = (PyBytes)o;
        if (b._hash != -1) return b._hash;
        return b._hash = HashSpan(b.Value);
    }

    /// <summary>The hash of bytes with this content (_Py_HashBytes; memoryview's hash too).</summary>
    internal static long HashSpan(ReadOnlySpan<byte> v)
    {
        long h = v.Length == 0 ? 0 : (long)SipHash.Hash13(v);
        return h == -1 ? -2 : h;
    }

    [PySlot("tp_new")]
    static PyObject? BytesNew(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int nargs = args.Length - nkw;
        if (args.Length > 3)
            return Errors.SetString(PyExc.TypeError, $"bytes() takes at most 3 arguments ({args.Length} given)");
        PyObject? src = null, enc = null, err = null;
        for (int i = 0; i < nargs; i++)
        {
            var a = args[i].AsBorrowed;
            if (i == 0) src = a; else if (i == 1) enc = a; else err = a;
        }
        for (int k = 0; k < nkw; k++)
        {
            var name = ((PyUnicode)kwnames!.Items[k]).Value;
            int idx = name switch { "source" => 0, "encoding" => 1, "errors" => 2, _ => -1 };
            if (idx < 0) return Errors.SetString(PyExc.TypeError, $"bytes() got an unexpected keyword argument '{name}'");
            if (idx < nargs) return Errors.SetString(PyExc.TypeError, $"argument for bytes() given by name ('{name}') and position ({idx + 1})");
            var v = args[nargs + k].AsBorrowed;
            if (idx == 0) src = v; else if (idx == 1) enc = v; else err = v;
        }
        if (enc != null && enc is not PyUnicode)
            return Errors.SetString(PyExc.TypeError, $"bytes() argument 'encoding' must be str, not {enc.ob_type.tp_name}");
        if (err != null && err is not PyUnicode)
            return Errors.SetString(PyExc.TypeError, $"bytes() argument 'errors' must be str, not {err.ob_type.tp_name}");
        var r = Make(src, (PyUnicode?)enc, (PyUnicode?)err);
        if (r == null || type == Type) return r;
        var sub = new PyBytes(type, r.Value);
        Py.DECREF(r);
        return sub;
    }

    /// <summary>bytes(source, encoding, errors): an exact bytes, or the bytes subclass instance __bytes__ returned.</summary>
    static PyBytes? Make(PyObject? src, PyUnicode? enc, PyUnicode? err)
    {
        if (src == null)
        {
            if (enc != null || err != null)
            {
                Errors.SetString(PyExc.TypeError, enc != null ? "encoding without a string argument" : "errors without a string argument");
                return null;
            }
            return EmptyBytes;
        }
        if (enc != null)
        {
            if (src is PyUnicode s) return UnicodeCodecs.Encode(s, enc.Value, err?.Value ?? "strict") as PyBytes;
            Errors.SetString(PyExc.TypeError, "encoding without a string argument");
            return null;
        }
        if (err != null)
        {
            Errors.SetString(PyExc.TypeError, src is PyUnicode ? "string argument without an encoding" : "errors without a string argument");
            return null;
        }
        // __bytes__, before refusing a str: a str subclass may define it.
        var bytesMeth = Calls.LookupSpecial(src, PyUnicode.Intern("__bytes__"));
        if (bytesMeth != null)
        {
            var r = Calls.CallNoArgs(bytesMeth);
            Py.DECREF(bytesMeth);
            if (r == null) return null;
            if (r is not PyBytes rb)
            {
                Errors.SetString(PyExc.TypeError, $"__bytes__ returned non-bytes (type {r.ob_type.tp_name})");
                Py.DECREF(r);
                return null;
            }
            // bytes(x) returns what __bytes__ gave, a bytes subclass included.
            return rb;
        }
        if (Errors.Occurred()) return null;
        if (src is PyUnicode)
        {
            Errors.SetString(PyExc.TypeError, "string argument without an encoding");
            return null;
        }
        if (src is PyBytes b) return ExactCopy(b);
        if (PyBuffer.Check(src))
        {
            var copy = PyBuffer.ToArray(src);
            return copy == null ? null : FromBytes(copy);
        }
        if (StrSlice.IsIndex(src))
        {
            long n = Abstract.AsSsize(src, PyExc.OverflowError);
            if (n == -1 && Errors.Occurred()) return null;
            if (n < 0)
            {
                Errors.SetString(PyExc.ValueError, "negative count");
                return null;
            }
            if (n > Array.MaxLength) { Errors.NoMemory(); return null; }
            return FromBytes(new byte[n]);
        }
        return FromIterable(src);
    }

    /// <summary>bytes(iterable of ints).</summary>
    internal static PyBytes? FromIterable(PyObject src)
    {
        if (src is PyUnicode)
        {
            Errors.SetString(PyExc.TypeError, "cannot convert 'str' object to bytes");
            return null;
        }
        var it = Abstract.GetIter(src);
        if (it == null)
        {
            if (Errors.ExceptionMatches(PyExc.TypeError))
            {
                Errors.Clear();
                Errors.SetString(PyExc.TypeError, $"cannot convert '{src.ob_type.tp_name}' object to bytes");
            }
            return null;
        }
        var buf = new System.Collections.Generic.List<byte>();
        try
        {
            while (true)
            {
                var x = Abstract.IterNext(it);
                if (x == null)
                {
                    if (Errors.Occurred()) return null;
                    break;
                }
                int v = ByteValue(x, "bytes must be in range(0, 256)");
                Py.DECREF(x);
                if (v < 0) return null;
                buf.Add((byte)v);
            }
        }
        finally
        {
            Py.DECREF(it);
        }
        return FromBytes(buf.ToArray());
    }

    /// <summary>An int in 0..255 (via __index__), or -1 with an error set.</summary>
    internal static int ByteValue(PyObject x, string rangeMessage)
    {
        long v = Abstract.AsSsize(x, null);
        if (v == -1 && Errors.Occurred()) return -1;
        if (v < 0 || v > 255)
        {
            Errors.SetString(PyExc.ValueError, rangeMessage);
            return -1;
        }
        return (int)v;
    }

    public override string ToString() => System.Text.Encoding.Latin1.GetString(Value);
}
