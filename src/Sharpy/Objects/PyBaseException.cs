using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// `BaseException` and, sharing this representation, the builtin exception types
/// (Objects/exceptions.c). See <see cref="PyExc"/> for the hierarchy.
/// </summary>
[PyType("BaseException", BaseType = true)]
public partial class PyBaseException : PyObject, IWeakReferenceable
{
    public PyTuple Args;
    public PyObject? Traceback;   // a traceback object, or null for None
    public PyBaseException? Context;
    public PyBaseException? Cause;
    public bool SuppressContext;
    public PyList? Notes;
    public PyDict? Dict;
    public PyWeakReference? WeakRefList { get; set; }

    public PyBaseException(PyType type, PyTuple args) : base(type)
    {
        Args = args;
    }

    protected internal override void ReleaseReferences() => Clear();

    protected internal override void Traverse(Visitor visit)
    {
        visit(Args);
        if (Traceback != null) visit(Traceback);
        if (Context != null) visit(Context);
        if (Cause != null) visit(Cause);
        if (Notes != null) visit(Notes);
        if (Dict != null) visit(Dict);
    }

    protected internal override void Clear()
    {
        var args = Args;
        Args = PyTuple.Empty;
        Py.DECREF(args);
        Py.CLEAR(ref Traceback);
        Py.CLEAR(ref Context);
        Py.CLEAR(ref Cause);
        Py.CLEAR(ref Notes);
        Py.CLEAR(ref Dict);
    }
}
