using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`AttributeError` (Objects/exceptions.c PyAttributeErrorObject): AttributeError(*args, name=None, obj=None).</summary>
[PyMember("name", nameof(Name), Doc = "attribute name")]
[PyMember("obj", nameof(Obj), Doc = "object")]
[PyType("AttributeError", BaseType = true)]
public sealed partial class PyAttributeError : PyBaseException
{
    public PyObject? Name, Obj;

    public PyAttributeError(PyType type) : base(type, PyTuple.Empty) { }

    static readonly ArgParse.Parser s_keywords = new("AttributeError", 0, ["name", "obj"], 0, 0, 0);

    protected internal override void Traverse(Visitor visit)
    {
        if (Obj != null) visit(Obj);
        if (Name != null) visit(Name);
        base.Traverse(visit);
    }

    protected internal override void Clear()
    {
        Py.CLEAR(ref Obj);
        Py.CLEAR(ref Name);
        base.Clear();
    }

    [PySlot("tp_init")]
    static int AttributeErrorInit(PyObject op, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var self = (PyAttributeError)op;
        InitArgs(op, args, kwnames);
        int n = ArgParse.NArgs(args, kwnames);
        Span<PyObject?> kw = new PyObject?[2];
        if (!ArgParse.UnpackKeywords(args[n..], kwnames, s_keywords, kw)) return -1;
        Py.SETREF(ref self.Name, Py.XNewRef(kw[0]));
        Py.SETREF(ref self.Obj, Py.XNewRef(kw[1]));
        return 0;
    }

    /// <summary>AttributeError_getstate: the dict plus name and args (obj is left out: it is often unpicklable).</summary>
    [PyMethod("__getstate__")]
    static PyObject? GetState(PyAttributeError self)
    {
        var d = self.Dict != null ? self.Dict.Copy() : PyDict.New();
        if (self.Name != null) d.SetItemString("name", self.Name);
        d.SetItemString("args", self.Args);
        return d;
    }

    [PyMethod("__reduce__")]
    static PyObject? Reduce(PyAttributeError self)
    {
        var state = GetState(self);
        if (state == null) return null;
        var r = PyTuple.Pack(self.ob_type, self.Args, state);
        Py.DECREF(state);
        return r;
    }
}
