using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// `SyntaxError` and its subclasses IndentationError, TabError and _IncompleteInputError
/// (Objects/exceptions.c PySyntaxErrorObject): SyntaxError(msg, (filename, lineno, offset,
/// text[, end_lineno, end_offset[, metadata]])).
/// </summary>
[PyMember("msg", nameof(Msg), Doc = "exception msg")]
[PyMember("filename", nameof(Filename), Doc = "exception filename")]
[PyMember("lineno", nameof(Lineno), Doc = "exception lineno")]
[PyMember("offset", nameof(Offset), Doc = "exception offset")]
[PyMember("text", nameof(Text), Doc = "exception text")]
[PyMember("end_lineno", nameof(EndLineno), Doc = "exception end lineno")]
[PyMember("end_offset", nameof(EndOffset), Doc = "exception end offset")]
[PyMember("print_file_and_line", nameof(PrintFileAndLine), Doc = "exception print_file_and_line")]
[PyMember("_metadata", nameof(Metadata), Doc = "exception private metadata")]
[PyType("SyntaxError", BaseType = true)]
public sealed partial class PySyntaxError : PyBaseException
{
    public PyObject? Msg, Filename, Lineno, Offset, Text, EndLineno, EndOffset, PrintFileAndLine, Metadata;

    public PySyntaxError(PyType type) : base(type, PyTuple.Empty) { }

    protected internal override void Traverse(Visitor visit)
    {
        foreach (var o in new[] { Msg, Filename, Lineno, Offset, Text, EndLineno, EndOffset, PrintFileAndLine, Metadata })
            if (o != null) visit(o);
        base.Traverse(visit);
    }

    protected internal override void Clear()
    {
        Py.CLEAR(ref Msg);
        Py.CLEAR(ref Filename);
        Py.CLEAR(ref Lineno);
        Py.CLEAR(ref Offset);
        Py.CLEAR(ref Text);
        Py.CLEAR(ref EndLineno);
        Py.CLEAR(ref EndOffset);
        Py.CLEAR(ref PrintFileAndLine);
        Py.CLEAR(ref Metadata);
        base.Clear();
    }

    [PySlot("tp_init")]
    static int SyntaxErrorInit(PyObject op, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (ArgParse.HasKeywords(kwnames))
        {
            ArgParse.NoKeywords(op.ob_type.tp_name);
            return -1;
        }
        var self = (PySyntaxError)op;
        InitArgs(op, args, kwnames);
        int n = args.Length;
        if (n >= 1) Py.SETREF(ref self.Msg, Py.NewRef(args[0].AsBorrowed));
        if (n != 2) return 0;
        var infoObj = args[1].AsBorrowed;
        var info = infoObj.ob_type == PyTuple.Type ? Py.NewRef((PyTuple)infoObj) : Calls.CallOneArg(PyTuple.Type, infoObj) as PyTuple;
        if (info == null) return -1;
        int m = info.Count;
        if (m < 4 || m > 7)
        {
            Errors.SetString(PyExc.TypeError, m < 4
                ? $"function takes at least 4 arguments ({m} given)"
                : $"function takes at most 7 arguments ({m} given)");
            Py.DECREF(info);
            return -1;
        }
        var it = info.Items;
        Py.SETREF(ref self.Filename, Py.NewRef(it[0]));
        Py.SETREF(ref self.Lineno, Py.NewRef(it[1]));
        Py.SETREF(ref self.Offset, Py.NewRef(it[2]));
        Py.SETREF(ref self.Text, Py.NewRef(it[3]));
        Py.SETREF(ref self.EndLineno, m > 4 ? Py.NewRef(it[4]) : null);
        Py.SETREF(ref self.EndOffset, m > 5 ? Py.NewRef(it[5]) : null);
        Py.SETREF(ref self.Metadata, m > 6 ? Py.NewRef(it[6]) : null);
        Py.DECREF(info);
        if (self.EndLineno != null && self.EndOffset == null)
        {
            Errors.SetString(PyExc.TypeError, "end_offset must be provided when end_lineno is provided");
            return -1;
        }
        return 0;
    }

    /// <summary>SyntaxError_str: "msg (file.py, line 3)" with the file's base name.</summary>
    [PySlot("tp_str")]
    static PyObject? SyntaxErrorStr(PyObject op)
    {
        var self = (PySyntaxError)op;
        string? file = null;
        if (self.Filename is PyUnicode f)
        {
            file = f.Value;
            int slash = file.LastIndexOf('/');
            if (slash >= 0) file = file[(slash + 1)..];
        }
        bool haveLine = self.Lineno != null && self.Lineno.ob_type == PyLong.Type;
        var msgObj = Abstract.Str(self.Msg ?? Py.None);
        if (msgObj == null) return null;
        if (file == null && !haveLine) return msgObj;
        var msg = ((PyUnicode)msgObj).Value;
        Py.DECREF(msgObj);
        // An overflowing line number prints as -1, as PyLong_AsLongAndOverflow leaves it.
        long line = 0;
        if (haveLine)
        {
            var l = (PyLong)self.Lineno!;
            line = l.TryGetLong(out long v) ? v : -1;
        }
        if (file != null && haveLine) return PyUnicode.FromString($"{msg} ({file}, line {line})");
        if (file != null) return PyUnicode.FromString($"{msg} ({file})");
        return PyUnicode.FromString($"{msg} (line {line})");
    }
}
