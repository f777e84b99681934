using System;
using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// The extra behaviour of builtin exception types sharing PyBaseException's representation
/// (Objects/exceptions.c): StopIteration.value, SystemExit.code, KeyError's str, SyntaxError's
/// fields and str, NameError.name, AttributeError.name/obj, ImportError.name/path, OSError's
/// errno/strerror. Extra fields live in the exception's __dict__.
/// </summary>
public static class ExceptionAttributes
{
    /// <summary>Install the type-specific slots once the exception types exist.</summary>
    public static void Install()
    {
        PyExc.KeyError.tp_str = KeyErrorStr;
        PyExc.SyntaxError.tp_init = SyntaxErrorInit;
        PyExc.SyntaxError.tp_str = SyntaxErrorStr;
        PyExc.NameError.tp_init = NameErrorInit;
        PyExc.AttributeError.tp_init = AttributeErrorInit;
        PyExc.ImportError.tp_init = ImportErrorInit;
        PyExc.ImportError.tp_str = ImportErrorStr;
        PyExc.OSError.tp_str = OSErrorStr;
    }

    /// <summary>Attributes computed from args (not stored): null without an error when not one of them.</summary>
    public static PyObject? Get(PyBaseException e, string name)
    {
        var t = e.ob_type;
        switch (name)
        {
            case "value" when Abstract.IsSubtype(t, PyExc.StopIteration):
            case "code" when Abstract.IsSubtype(t, PyExc.SystemExit):
                return Py.NewRef(e.Args.Count == 0 ? PyNone.None : e.Args.Count == 1 ? e.Args.Items[0] : e.Args);
            case "name" or "obj" when Abstract.IsSubtype(t, PyExc.NameError) || Abstract.IsSubtype(t, PyExc.AttributeError):
            case "name" or "path" or "msg" when Abstract.IsSubtype(t, PyExc.ImportError):
            case "msg" or "filename" or "lineno" or "offset" or "text" or "end_lineno" or "end_offset" or "print_file_and_line" when Abstract.IsSubtype(t, PyExc.SyntaxError):
                return Py.NewRef(PyNone.None);
            case "errno" or "strerror" or "filename" or "filename2" when Abstract.IsSubtype(t, PyExc.OSError):
                if (name == "errno" && e.Args.Count >= 2) return Py.NewRef(e.Args.Items[0]);
                if (name == "strerror" && e.Args.Count >= 2) return Py.NewRef(e.Args.Items[1]);
                if (name == "filename" && e.Args.Count >= 3) return Py.NewRef(e.Args.Items[2]);
                return Py.NewRef(PyNone.None);
        }
        return null;
    }

    static PyObject? KeyErrorStr(PyObject self)
    {
        var e = (PyBaseException)self;
        if (e.Args.Count == 1) return Abstract.Repr(e.Args.Items[0]);
        return PyBaseException.Type.tp_str!(self);
    }

    static int BaseInit(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var e = (PyBaseException)self;
        int n = args.Length - (kwnames?.Count ?? 0);
        var items = new PyObject[n];
        for (int i = 0; i < n; i++) items[i] = args[i].AsBorrowed;
        var old = e.Args;
        e.Args = PyTuple.FromBorrowed(items);
        Py.DECREF(old);
        return 0;
    }

    static int SetKeywordFields(PyBaseException e, ReadOnlySpan<StackRef> args, PyTuple? kwnames, string typeName, params string[] allowed)
    {
        int n = args.Length - (kwnames?.Count ?? 0);
        for (int k = 0; k < (kwnames?.Count ?? 0); k++)
        {
            var key = ((PyUnicode)kwnames!.Items[k]).Value;
            if (Array.IndexOf(allowed, key) < 0)
            {
                Errors.SetString(PyExc.TypeError, $"{typeName}() got an unexpected keyword argument '{key}'");
                return -1;
            }
            (e.Dict ??= PyDict.New()).SetItemString(key, args[n + k].AsBorrowed);
        }
        return 0;
    }

    static int NameErrorInit(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var e = (PyBaseException)self;
        int n = args.Length - (kwnames?.Count ?? 0);
        if (BaseInit(self, args[..n], null) < 0) return -1;
        return SetKeywordFields(e, args, kwnames, e.ob_type.Name, "name");
    }

    static int AttributeErrorInit(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var e = (PyBaseException)self;
        int n = args.Length - (kwnames?.Count ?? 0);
        if (BaseInit(self, args[..n], null) < 0) return -1;
        return SetKeywordFields(e, args, kwnames, e.ob_type.Name, "name", "obj");
    }

    static int ImportErrorInit(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var e = (PyBaseException)self;
        int n = args.Length - (kwnames?.Count ?? 0);
        if (BaseInit(self, args[..n], null) < 0) return -1;
        if (n == 1) (e.Dict ??= PyDict.New()).SetItemString("msg", args[0].AsBorrowed);
        return SetKeywordFields(e, args, kwnames, e.ob_type.Name, "name", "path", "name_from");
    }

    static PyObject? ImportErrorStr(PyObject self)
    {
        var e = (PyBaseException)self;
        if (e.Dict?.GetItemString("msg") is PyObject msg && msg != PyNone.None) return Abstract.Str(msg);
        return PyBaseException.Type.tp_str!(self);
    }

    static PyObject? OSErrorStr(PyObject self)
    {
        var e = (PyBaseException)self;
        if (e.Args.Count >= 2 && e.Args.Count <= 5)
        {
            var errno = Abstract.Str(e.Args.Items[0]);
            var strerror = Abstract.Str(e.Args.Items[1]);
            if (errno == null || strerror == null) { Py.XDECREF(errno); Py.XDECREF(strerror); return null; }
            string text = $"[Errno {((PyUnicode)errno).Value}] {((PyUnicode)strerror).Value}";
            if (e.Args.Count >= 3)
            {
                var fn = Abstract.ReprString(e.Args.Items[2]);
                if (fn == null) return null;
                text += ": " + fn;
            }
            Py.DECREF(errno);
            Py.DECREF(strerror);
            return PyUnicode.FromString(text);
        }
        return PyBaseException.Type.tp_str!(self);
    }

    /// <summary>SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])).</summary>
    static int SyntaxErrorInit(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var e = (PyBaseException)self;
        if (BaseInit(self, args, kwnames) < 0) return -1;
        var d = e.Dict ??= PyDict.New();
        if (e.Args.Count >= 1) d.SetItemString("msg", e.Args.Items[0]);
        if (e.Args.Count == 2)
        {
            if (e.Args.Items[1] is not PyTuple info || info.Count < 4 || info.Count > 6)
            {
                Errors.SetString(PyExc.IndexError, "tuple index out of range");
                return -1;
            }
            string[] names = { "filename", "lineno", "offset", "text", "end_lineno", "end_offset" };
            for (int i = 0; i < info.Count; i++) d.SetItemString(names[i], info.Items[i]);
        }
        return 0;
    }

    /// <summary>"msg (file.py, line 3)" with the file's base name, as SyntaxError_str.</summary>
    static PyObject? SyntaxErrorStr(PyObject self)
    {
        var e = (PyBaseException)self;
        var d = e.Dict;
        var msgObj = d?.GetItemString("msg") ?? (e.Args.Count > 0 ? e.Args.Items[0] : PyNone.None);
        var msgStr = Abstract.Str(msgObj);
        if (msgStr == null) return null;
        var msg = ((PyUnicode)msgStr).Value;
        Py.DECREF(msgStr);
        string? file = d?.GetItemString("filename") is PyUnicode f ? f.Value : null;
        if (file != null)
        {
            int slash = file.LastIndexOf('/');
            if (slash >= 0) file = file[(slash + 1)..];
        }
        bool haveLine = d?.GetItemString("lineno") is PyLong;
        long line = haveLine ? ((PyLong)d!.GetItemString("lineno")!).Value : 0;
        if (file != null && haveLine) return PyUnicode.FromString($"{msg} ({file}, line {line})");
        if (file != null) return PyUnicode.FromString($"{msg} ({file})");
        if (haveLine) return PyUnicode.FromString($"{msg} (line {line})");
        return PyUnicode.FromString(msg);
    }
}
