using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// `ImportError` and `ModuleNotFoundError` (Objects/exceptions.c PyImportErrorObject):
/// ImportError(*args, name=None, path=None, name_from=None); msg is the single argument.
/// </summary>
[PyMember("msg", nameof(Msg), Doc = "exception message")]
[PyMember("name", nameof(Name), Doc = "module name")]
[PyMember("path", nameof(Path), Doc = "module path")]
[PyMember("name_from", nameof(NameFrom), Doc = "name imported from module")]
[PyType("ImportError", BaseType = true)]
public sealed partial class PyImportError : PyBaseException
{
    public PyObject? Msg, Name, Path, NameFrom;

    public PyImportError(PyType type) : base(type, PyTuple.Empty) { }

    static readonly ArgParse.Parser s_keywords = new("ImportError", 0, ["name", "path", "name_from"], 0, 0, 0);

    protected internal override void Traverse(Visitor visit)
    {
        if (Msg != null) visit(Msg);
        if (Name != null) visit(Name);
        if (Path != null) visit(Path);
        if (NameFrom != null) visit(NameFrom);
        base.Traverse(visit);
    }

    protected internal override void Clear()
    {
        Py.CLEAR(ref Msg);
        Py.CLEAR(ref Name);
        Py.CLEAR(ref Path);
        Py.CLEAR(ref NameFrom);
        base.Clear();
    }

    [PySlot("tp_init")]
    static int ImportErrorInit(PyObject op, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var self = (PyImportError)op;
        InitArgs(op, args, kwnames);
        int n = ArgParse.NArgs(args, kwnames);
        Span<PyObject?> kw = new PyObject?[3];
        if (!ArgParse.UnpackKeywords(args[n..], kwnames, s_keywords, kw)) return -1;
        Py.SETREF(ref self.Name, Py.XNewRef(kw[0]));
        Py.SETREF(ref self.Path, Py.XNewRef(kw[1]));
        Py.SETREF(ref self.NameFrom, Py.XNewRef(kw[2]));
        Py.SETREF(ref self.Msg, n == 1 ? Py.NewRef(args[0].AsBorrowed) : null);
        return 0;
    }

    [PySlot("tp_str")]
    static PyObject? ImportErrorStr(PyObject op)
    {
        var self = (PyImportError)op;
        if (self.Msg != null && self.Msg.ob_type == PyUnicode.Type) return Py.NewRef(self.Msg);
        return BaseExceptionStr(op);
    }

    /// <summary>ImportError_reduce: (type, args[, state]) with name, path and name_from in the state.</summary>
    [PyMethod("__reduce__")]
    static PyObject? Reduce(PyImportError self)
    {
        PyObject state;
        if (self.Name != null || self.Path != null || self.NameFrom != null)
        {
            var d = self.Dict != null ? self.Dict.Copy() : PyDict.New();
            if (self.Name != null) d.SetItemString("name", self.Name);
            if (self.Path != null) d.SetItemString("path", self.Path);
            if (self.NameFrom != null) d.SetItemString("name_from", self.NameFrom);
            state = d;
        }
        else if (self.Dict != null) state = Py.NewRef(self.Dict);
        else return PyTuple.Pack(self.ob_type, self.Args);
        var r = PyTuple.Pack(self.ob_type, self.Args, state);
        Py.DECREF(state);
        return r;
    }
}
