using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`traceback` (Python/traceback.c): one frame of an exception's traceback.</summary>
[PyType("traceback")]
public sealed partial class PyTraceBack : PyObject
{
    public PyTraceBack? Next;
    public PyFrameObject Frame;
    public readonly int Lasti;
    public readonly int Lineno;

    public PyTraceBack(PyTraceBack? next, PyFrameObject frame, int lasti, int lineno) : base(Type)
    {
        Next = next;
        Frame = frame;
        Lasti = lasti;
        Lineno = lineno;
    }

    protected internal override void ReleaseReferences()
    {
        Py.CLEAR(ref Next);
        Py.DECREF(Frame);
    }

    protected internal override void Clear() => Py.CLEAR(ref Next);

    protected internal override void Traverse(Visitor visit)
    {
        if (Next != null) visit(Next);
        visit(Frame);
    }
}
