using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`NameError` and `UnboundLocalError` (Objects/exceptions.c PyNameErrorObject): NameError(*args, name=None).</summary>
[PyMember("name", nameof(Name), Doc = "name")]
[PyType("NameError", BaseType = true)]
public sealed partial class PyNameError : PyBaseException
{
    public PyObject? Name;

    public PyNameError(PyType type) : base(type, PyTuple.Empty) { }

    static readonly ArgParse.Parser s_keywords = new("NameError", 0, ["name"], 0, 0, 0);

    protected internal override void Traverse(Visitor visit)
    {
        if (Name != null) visit(Name);
        base.Traverse(visit);
    }

    protected internal override void Clear()
    {
        Py.CLEAR(ref Name);
        base.Clear();
    }

    [PySlot("tp_init")]
    static int NameErrorInit(PyObject op, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var self = (PyNameError)op;
        InitArgs(op, args, kwnames);
        int n = ArgParse.NArgs(args, kwnames);
        Span<PyObject?> kw = new PyObject?[1];
        if (!ArgParse.UnpackKeywords(args[n..], kwnames, s_keywords, kw)) return -1;
        Py.SETREF(ref self.Name, Py.XNewRef(kw[0]));
        return 0;
    }
}
