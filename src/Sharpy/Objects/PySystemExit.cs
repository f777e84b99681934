using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`SystemExit` (Objects/exceptions.c PySystemExitObject): code is None, the single argument, or args.</summary>
[PyMember("code", nameof(Code), Doc = "exception code")]
[PyType("SystemExit", BaseType = true)]
public sealed partial class PySystemExit : PyBaseException
{
    public PyObject? Code;

    public PySystemExit(PyType type) : base(type, PyTuple.Empty) { }

    protected internal override void Traverse(Visitor visit)
    {
        if (Code != null) visit(Code);
        base.Traverse(visit);
    }

    protected internal override void Clear()
    {
        Py.CLEAR(ref Code);
        base.Clear();
    }

    [PySlot("tp_init")]
    static int SystemExitInit(PyObject op, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (ArgParse.HasKeywords(kwnames))
        {
            ArgParse.NoKeywords(op.ob_type.tp_name);
            return -1;
        }
        var self = (PySystemExit)op;
        InitArgs(op, args, kwnames);
        if (args.Length == 1) Py.SETREF(ref self.Code, Py.NewRef(args[0].AsBorrowed));
        else if (args.Length > 1) Py.SETREF(ref self.Code, Py.NewRef<PyObject>(self.Args));
        return 0;
    }
}
