using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// The fields of UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError
/// (Objects/exceptions.c PyUnicodeErrorObject): encoding, object, start, end, reason.
/// UnicodeError itself has no fields. Each of the three types declares the same members.
/// </summary>
public abstract class PyUnicodeErrorObject : PyBaseException
{
    public PyObject? Encoding, Object, Reason;
    public long Start, End;

    protected PyUnicodeErrorObject(PyType type) : base(type, PyTuple.Empty) { }

    protected internal override void Traverse(Visitor visit)
    {
        if (Encoding != null) visit(Encoding);
        if (Object != null) visit(Object);
        if (Reason != null) visit(Reason);
        base.Traverse(visit);
    }

    protected internal override void Clear()
    {
        Py.CLEAR(ref Encoding);
        Py.CLEAR(ref Object);
        Py.CLEAR(ref Reason);
        base.Clear();
    }

    /// <summary>BaseException_init, then PyArg_ParseTuple's count check ("function takes exactly 5 arguments (4 given)").</summary>
    protected static bool InitCommon(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames, int count)
    {
        if (ArgParse.HasKeywords(kwnames))
        {
            ArgParse.NoKeywords(self.ob_type.tp_name);
            return false;
        }
        InitArgs(self, args, kwnames);
        if (args.Length != count)
        {
            Errors.SetString(PyExc.TypeError, $"function takes exactly {count} arguments ({args.Length} given)");
            return false;
        }
        return true;
    }

    /// <summary>The 'U' format unit: a str, or "argument N must be str, not T".</summary>
    protected static bool CheckStr(PyObject o, int position)
    {
        if (o is PyUnicode) return true;
        Errors.SetString(PyExc.TypeError, $"argument {position} must be str, not {(o == Py.None ? "None" : o.ob_type.tp_name)}");
        return false;
    }

    /// <summary>The 'n' format unit.</summary>
    protected static bool ToSsize(PyObject o, out long value) => ArgParse.ToSsize(o, out value);

    protected void Set(PyObject? encoding, PyObject obj, long start, long end, PyObject reason)
    {
        Py.SETREF(ref Encoding, Py.XNewRef(encoding));
        Py.SETREF(ref Object, Py.NewRef(obj));
        Start = start;
        End = end;
        Py.SETREF(ref Reason, Py.NewRef(reason));
    }

    /// <summary>str(reason) (and str(encoding)), which may not be str after assignment; null with an error set.</summary>
    protected static string? StrOf(PyObject? o)
    {
        var s = Abstract.Str(o ?? Py.None);
        if (s == null) return null;
        var v = ((PyUnicode)s).Value;
        Py.DECREF(s);
        return v;
    }

    /// <summary>check_unicode_error_attribute for 'object'.</summary>
    internal bool CheckObject(bool asBytes)
    {
        if (Object == null)
        {
            Errors.SetString(PyExc.TypeError, "UnicodeError 'object' attribute is not set");
            return false;
        }
        if (asBytes ? Object is PyBytes : Object is PyUnicode) return true;
        Errors.SetString(PyExc.TypeError, $"UnicodeError 'object' attribute must be a {(asBytes ? "bytes" : "string")}");
        return false;
    }

    /// <summary>'\xe9', '\u1234' or '\U00012345' for the character in a message.</summary>
    protected static string CharEscape(int c)
        => c <= 0xff ? $"\\x{c:x2}" : c <= 0xffff ? $"\\u{c:x4}" : $"\\U{c:x8}";
}

/// <summary>`UnicodeEncodeError(encoding, object, start, end, reason)`.</summary>
[PyMember("encoding", nameof(Encoding), Doc = "exception encoding")]
[PyMember("object", nameof(Object), Doc = "exception object")]
[PyMember("start", nameof(Start), Doc = "exception start")]
[PyMember("end", nameof(End), Doc = "exception end")]
[PyMember("reason", nameof(Reason), Doc = "exception reason")]
[PyType("UnicodeEncodeError", BaseType = true)]
public sealed partial class PyUnicodeEncodeError : PyUnicodeErrorObject
{
    public PyUnicodeEncodeError(PyType type) : base(type) { }

    [PySlot("tp_init")]
    static int UnicodeEncodeErrorInit(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!InitCommon(self, args, kwnames, 5)) return -1;
        PyObject enc = args[0].AsBorrowed, obj = args[1].AsBorrowed, reason = args[4].AsBorrowed;
        if (!CheckStr(enc, 1) || !CheckStr(obj, 2)) return -1;
        if (!ToSsize(args[2].AsBorrowed, out long start) || !ToSsize(args[3].AsBorrowed, out long end)) return -1;
        if (!CheckStr(reason, 5)) return -1;
        ((PyUnicodeEncodeError)self).Set(enc, obj, start, end, reason);
        return 0;
    }

    [PySlot("tp_str")]
    static PyObject? UnicodeEncodeErrorStr(PyObject op)
    {
        var self = (PyUnicodeEncodeError)op;
        if (self.Object == null) return Py.NewRef(PyUnicode.Empty); // not initialized
        var reason = StrOf(self.Reason);
        if (reason == null) return null;
        var encoding = StrOf(self.Encoding);
        if (encoding == null) return null;
        if (!self.CheckObject(asBytes: false)) return null;
        var obj = (PyUnicode)self.Object;
        long len = obj.Length, start = self.Start, end = self.End;
        if (start >= 0 && start < len && end >= 0 && end <= len && end == start + 1)
            return PyUnicode.FromString($"'{encoding}' codec can't encode character '{CharEscape(obj[(int)start])}' in position {start}: {reason}");
        return PyUnicode.FromString($"'{encoding}' codec can't encode characters in position {start}-{end - 1}: {reason}");
    }
}

/// <summary>`UnicodeDecodeError(encoding, object, start, end, reason)`: object is any bytes-like object, kept as bytes.</summary>
[PyMember("encoding", nameof(Encoding), Doc = "exception encoding")]
[PyMember("object", nameof(Object), Doc = "exception object")]
[PyMember("start", nameof(Start), Doc = "exception start")]
[PyMember("end", nameof(End), Doc = "exception end")]
[PyMember("reason", nameof(Reason), Doc = "exception reason")]
[PyType("UnicodeDecodeError", BaseType = true)]
public sealed partial class PyUnicodeDecodeError : PyUnicodeErrorObject
{
    public PyUnicodeDecodeError(PyType type) : base(type) { }

    [PySlot("tp_init")]
    static int UnicodeDecodeErrorInit(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!InitCommon(self, args, kwnames, 5)) return -1;
        PyObject enc = args[0].AsBorrowed, obj = args[1].AsBorrowed, reason = args[4].AsBorrowed;
        if (!CheckStr(enc, 1)) return -1;
        if (!ToSsize(args[2].AsBorrowed, out long start) || !ToSsize(args[3].AsBorrowed, out long end)) return -1;
        if (!CheckStr(reason, 5)) return -1;
        PyBytes bytes;
        if (obj is PyBytes b) bytes = Py.NewRef(b);
        else
        {
            var data = PyBuffer.ToArray(obj);
            if (data == null) return -1;
            bytes = PyBytes.FromBytes(data);
        }
        ((PyUnicodeDecodeError)self).Set(enc, bytes, start, end, reason);
        Py.DECREF(bytes);
        return 0;
    }

    [PySlot("tp_str")]
    static PyObject? UnicodeDecodeErrorStr(PyObject op)
    {
        var self = (PyUnicodeDecodeError)op;
        if (self.Object == null) return Py.NewRef(PyUnicode.Empty); // not initialized
        var reason = StrOf(self.Reason);
        if (reason == null) return null;
        var encoding = StrOf(self.Encoding);
        if (encoding == null) return null;
        if (!self.CheckObject(asBytes: true)) return null;
        var obj = (PyBytes)self.Object;
        long len = obj.Length, start = self.Start, end = self.End;
        if (start >= 0 && start < len && end >= 0 && end <= len && end == start + 1)
            return PyUnicode.FromString($"'{encoding}' codec can't decode byte 0x{obj.Value[start]:x2} in position {start}: {reason}");
        return PyUnicode.FromString($"'{encoding}' codec can't decode bytes in position {start}-{end - 1}: {reason}");
    }
}

/// <summary>`UnicodeTranslateError(object, start, end, reason)`.</summary>
[PyMember("encoding", nameof(Encoding), Doc = "exception encoding")]
[PyMember("object", nameof(Object), Doc = "exception object")]
[PyMember("start", nameof(Start), Doc = "exception start")]
[PyMember("end", nameof(End), Doc = "exception end")]
[PyMember("reason", nameof(Reason), Doc = "exception reason")]
[PyType("UnicodeTranslateError", BaseType = true)]
public sealed partial class PyUnicodeTranslateError : PyUnicodeErrorObject
{
    public PyUnicodeTranslateError(PyType type) : base(type) { }

    [PySlot("tp_init")]
    static int UnicodeTranslateErrorInit(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!InitCommon(self, args, kwnames, 4)) return -1;
        PyObject obj = args[0].AsBorrowed, reason = args[3].AsBorrowed;
        if (!CheckStr(obj, 1)) return -1;
        if (!ToSsize(args[1].AsBorrowed, out long start) || !ToSsize(args[2].AsBorrowed, out long end)) return -1;
        if (!CheckStr(reason, 4)) return -1;
        ((PyUnicodeTranslateError)self).Set(null, obj, start, end, reason);
        return 0;
    }

    [PySlot("tp_str")]
    static PyObject? UnicodeTranslateErrorStr(PyObject op)
    {
        var self = (PyUnicodeTranslateError)op;
        if (self.Object == null) return Py.NewRef(PyUnicode.Empty); // not initialized
        var reason = StrOf(self.Reason);
        if (reason == null) return null;
        if (!self.CheckObject(asBytes: false)) return null;
        var obj = (PyUnicode)self.Object;
        long len = obj.Length, start = self.Start, end = self.End;
        if (start >= 0 && start < len && end >= 0 && end <= len && end == start + 1)
            return PyUnicode.FromString($"can't translate character '{CharEscape(obj[(int)start])}' in position {start}: {reason}");
        return PyUnicode.FromString($"can't translate characters in position {start}-{end - 1}: {reason}");
    }
}
