using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// `BaseException` (Objects/exceptions.c PyBaseExceptionObject): the representation of every
/// exception without C fields of its own. The types with fields (OSError, SyntaxError,
/// ImportError, ...) are C# subclasses; <see cref="PyExc"/> builds the hierarchy.
/// </summary>
[PyType("BaseException", BaseType = true)]
public partial class PyBaseException : PyObject, IWeakReferenceable
{
    public PyTuple Args;
    public PyObject? Traceback;   // a traceback object, or null for None
    public PyBaseException? Context;
    public PyBaseException? Cause;
    public bool SuppressContext;
    /// <summary>The instance __dict__ (created on first use); __notes__ lives here, as in CPython.</summary>
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
        Py.CLEAR(ref Dict);
    }

    /// <summary>Replace args with <paramref name="args"/> (stolen).</summary>
    public void SetArgs(PyTuple args)
    {
        var old = Args;
        Args = args;
        Py.DECREF(old);
    }
}
