using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Json;

/// <summary>
/// The `_json` module (Modules/_json.c): json's scanner, encoder and string escapers in C#.
/// json falls back to pure Python without it; this module is the speed path, with the same
/// results and the same JSONDecodeError messages and positions.
/// </summary>
[PyModule("_json", Doc = "json speedups\n")]
public static partial class JsonModule
{
    [PyConstant("make_scanner")] static PyObject MakeScanner => Py.NewRef(JsonScanner.Type);
    [PyConstant("make_encoder")] static PyObject MakeEncoder => Py.NewRef(JsonEncoder.Type);

    static void InitModule(PyModule m)
    {
        JsonScanner.InstallMembers();
        JsonEncoder.InstallMembers();
    }

    [PyMethod("scanstring", TextSignature = "", Raw = "METH_VARARGS with PyArg_ParseTuple's \"On|p:scanstring\" messages",
        Doc = "scanstring(string, end, strict=True) -> (string, end)\n\n"
            + "Scan the string s for a JSON string. End is the index of the\n"
            + "character in s after the quote that started the JSON string.\n"
            + "Unescapes all valid JSON string escape sequences and raises ValueError\n"
            + "on attempt to decode an invalid string. If strict is False then literal\n"
            + "control characters are allowed in the string.\n\n"
            + "Returns a tuple of the decoded string and the index of the character in s\n"
            + "after the end quote.")]
    static PyObject? ScanString(ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (ArgParse.HasKeywords(kwnames)) return ArgParse.NoKeywords("scanstring");
        int nargs = args.Length;
        if (nargs < 2 || nargs > 3)
            return Errors.SetString(PyExc.TypeError, nargs < 2
                ? $"scanstring() takes at least 2 arguments ({nargs} given)"
                : $"scanstring() takes at most 3 arguments ({nargs} given)");
        var s = args[0].AsBorrowed;
        if (!ArgParse.ToSsize(args[1].AsBorrowed, out long end)) return null;
        bool strict = true;
        if (nargs > 2)
        {
            int t = Abstract.IsTrue(args[2].AsBorrowed);
            if (t < 0) return null;
            strict = t != 0;
        }
        if (s is not PyUnicode str)
            return Errors.SetString(PyExc.TypeError, $"first argument must be a string, not {s.ob_type.tp_name}");
        var r = JsonScanner.ScanString(str, end, strict, out long next);
        if (r == null) return null;
        return PyTuple.FromStolen([r, PyLong.FromLong(next)]);
    }

    [PyMethod("encode_basestring_ascii", TextSignature = "($self, object, /)",
        Doc = "encode_basestring_ascii(string) -> string\n\nReturn an ASCII-only JSON representation of a Python string")]
    internal static PyObject? EncodeBaseStringAscii(PyObject @object)
    {
        if (@object is not PyUnicode s)
            return Errors.SetString(PyExc.TypeError, $"first argument must be a string, not {@object.ob_type.tp_name}");
        var w = new JsonWriter(s.Length + 2);
        JsonEscape.WriteAscii(w, s);
        return w.Finish();
    }

    [PyMethod("encode_basestring", TextSignature = "($self, object, /)",
        Doc = "encode_basestring(string) -> string\n\nReturn a JSON representation of a Python string")]
    internal static PyObject? EncodeBaseString(PyObject @object)
    {
        if (@object is not PyUnicode s)
            return Errors.SetString(PyExc.TypeError, $"first argument must be a string, not {@object.ob_type.tp_name}");
        var w = new JsonWriter(s.Length + 2);
        JsonEscape.WriteUnicode(w, s);
        return w.Finish();
    }

    /// <summary>raise_errmsg: raise json.decoder.JSONDecodeError(msg, s, pos).</summary>
    internal static void RaiseError(string msg, PyUnicode s, long pos)
    {
        var decoder = Import.ImportModule("json.decoder");
        if (decoder == null) return;
        var cls = Abstract.GetAttr(decoder, "JSONDecodeError");
        Py.DECREF(decoder);
        if (cls == null) return;
        if (cls is not PyType)
        {
            Py.DECREF(cls);
            Errors.SetString(PyExc.TypeError, "json.decoder.JSONDecodeError is not a class");
            return;
        }
        var m = PyUnicode.FromString(msg);
        var p = PyLong.FromLong(pos);
        var exc = Calls.CallArgs(cls, m, s, p);
        Py.DECREF(m);
        Py.DECREF(p);
        if (exc != null)
        {
            Errors.SetObject((PyType)cls, exc);
            Py.DECREF(exc);
        }
        Py.DECREF(cls);
    }

    /// <summary>raise_stop_iteration: StopIteration(idx), which the pure-Python parser turns into "Expecting value".</summary>
    internal static void RaiseStopIteration(long idx)
    {
        var v = PyLong.FromLong(idx);
        Errors.SetObject(PyExc.StopIteration, v);
        Py.DECREF(v);
    }
}
