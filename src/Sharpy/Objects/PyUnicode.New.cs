using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// str() (unicode_new) and str.encode.
public partial class PyUnicode
{
    [PyMethod("encode")]
    public static PyObject? Encode(PyUnicode self, [Keyword] string encoding = "utf-8", [Keyword] string errors = "strict")
        => UnicodeCodecs.Encode(self, encoding, errors);

    /// <summary>The UTF-8 bytes of this str; null with UnicodeEncodeError ("surrogates not allowed") for lone surrogates.</summary>
    public byte[]? AsUtf8() => UnicodeCodecs.AsUtf8(this);

    static readonly string[] s_newKeywords = { "object", "encoding", "errors" };

    [PySlot("tp_new")]
    static PyObject? StrNew(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int nargs = args.Length - nkw;
        if (args.Length > 3)
            return Errors.SetString(PyExc.TypeError, nkw == 0 ? $"str expected at most 3 arguments, got {args.Length}"
                : $"str() takes at most 3 arguments ({args.Length} given)");
        PyObject? obj = null, enc = null, err = null;
        for (int i = 0; i < nargs; i++)
        {
            var a = args[i].AsBorrowed;
            if (i == 0) obj = a; else if (i == 1) enc = a; else err = a;
        }
        for (int k = 0; k < nkw; k++)
        {
            var name = ((PyUnicode)kwnames!.Items[k]).Value;
            int idx = Array.IndexOf(s_newKeywords, name);
            if (idx < 0) return Errors.SetString(PyExc.TypeError, $"str() got an unexpected keyword argument '{name}'");
            if (idx < nargs) return Errors.SetString(PyExc.TypeError, $"argument for str() given by name ('{name}') and position ({idx + 1})");
            var v = args[nargs + k].AsBorrowed;
            if (idx == 0) obj = v; else if (idx == 1) enc = v; else err = v;
        }
        PyObject? result;
        if (enc == null && err == null)
        {
            result = obj == null ? Py.NewRef(Empty) : Abstract.Str(obj);
        }
        else
        {
            string encoding = "utf-8", errors = "strict";
            if (enc != null)
            {
                if (enc is not PyUnicode es) return Errors.SetString(PyExc.TypeError, $"str() argument 'encoding' must be str, not {enc.ob_type.tp_name}");
                encoding = es.Value;
            }
            if (err != null)
            {
                if (err is not PyUnicode rs) return Errors.SetString(PyExc.TypeError, $"str() argument 'errors' must be str, not {err.ob_type.tp_name}");
                errors = rs.Value;
            }
            obj ??= PyBytes.EmptyBytes;
            result = DecodeObject(obj, encoding, errors);
        }
        if (result == null || type == Type) return result;
        // A subclass of str: same code points, the subclass's type.
        var sub = WithType(type, (PyUnicode)result);
        Py.DECREF(result);
        return sub;
    }

    /// <summary>PyUnicode_FromEncodedObject: decode a bytes-like object.</summary>
    public static PyObject? DecodeObject(PyObject obj, string encoding, string errors)
    {
        if (obj is PyUnicode) return Errors.SetString(PyExc.TypeError, "decoding str is not supported");
        if (obj is PyBytes b) return UnicodeCodecs.Decode(b.Value, obj, encoding, errors);
        if (!PyBuffer.Check(obj))
            return Errors.SetString(PyExc.TypeError, $"decoding to str: need a bytes-like object, {obj.ob_type.tp_name} found");
        // Any other bytes-like object is decoded from a copy, as the codec's input is a bytes.
        var data = PyBuffer.ToArray(obj);
        if (data == null) return null;
        var copy = PyBytes.FromBytes(data);
        var r = UnicodeCodecs.Decode(copy.Value, copy, encoding, errors);
        Py.DECREF(copy);
        return r;
    }

    [PyMethod("__getnewargs__")]
    public static PyObject? GetNewArgs(PyUnicode self) =>
        PyTuple.FromStolen([self.Length == 0 ? Py.NewRef(Empty) : WithType(Type, self)]); // _PyUnicode_Copy: a new str

    [PyMethod("__sizeof__")]
    public static PyObject? SizeOf(PyUnicode self)
    {
        // PEP 393 sizes on a 64-bit build: compact ASCII 40 + n + 1, compact 56 + (n + 1) * kind;
        // a subclass's instance is a legacy string, the basic size and a separate data block.
        int max = self.MaxChar;
        long n = self.Length;
        int kind = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
        long size = self.ob_type != Type ? TypeSizes.BasicSize(self.ob_type) + (n + 1) * kind
            : max < 0x80 ? 40 + n + 1 : 56 + (n + 1) * kind;
        return PyLong.FromLong(size);
    }
}
