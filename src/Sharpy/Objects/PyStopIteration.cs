using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`StopIteration` (Objects/exceptions.c PyStopIterationObject): value is the first argument, or None.</summary>
[PyMember("value", nameof(Value), Doc = "generator return value")]
[PyType("StopIteration", BaseType = true)]
public sealed partial class PyStopIteration : PyBaseException
{
    public PyObject? Value;

    public PyStopIteration(PyType type) : base(type, PyTuple.Empty) { }

    protected internal override void Traverse(Visitor visit)
    {
        if (Value != null) visit(Value);
        base.Traverse(visit);
    }

    protected internal override void Clear()
    {
        Py.CLEAR(ref Value);
        base.Clear();
    }

    [PySlot("tp_init")]
    static int StopIterationInit(PyObject op, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (ArgParse.HasKeywords(kwnames))
        {
            ArgParse.NoKeywords(op.ob_type.tp_name);
            return -1;
        }
        var self = (PyStopIteration)op;
        InitArgs(op, args, kwnames);
        Py.SETREF(ref self.Value, Py.NewRef(args.Length > 0 ? args[0].AsBorrowed : Py.None));
        return 0;
    }
}
