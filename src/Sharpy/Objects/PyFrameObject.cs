using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`frame` (Objects/frameobject.c): the Python view of a <see cref="Frame"/>.</summary>
[PyType("frame")]
public sealed partial class PyFrameObject : PyObject
{
    public Frame? Frame;
    /// <summary>The line when the frame finished (f_lineno once the frame is gone).</summary>
    public int Lineno;
    public PyCode Code;
    public PyFrameObject? Back;
    public PyDict? Globals;
    /// <summary>
    /// The finished frame's locals, cells and free variables, taken over when the frame ended
    /// while this object was still referenced (CPython's take_ownership): a traceback keeps a
    /// frame's locals alive, with the lifetimes CPython gives them.
    /// </summary>
    public StackRef[]? OwnedLocals;

    public PyFrameObject(Frame frame) : base(Type)
    {
        Frame = frame;
        Code = Py.NewRef(frame.Code);
    }

    protected internal override void ReleaseReferences()
    {
        Py.DECREF(Code);
        Py.CLEAR(ref Back);
        Py.CLEAR(ref Globals);
        if (OwnedLocals is { } locals)
        {
            OwnedLocals = null;
            foreach (var r in locals) r.Close();
        }
    }

    protected internal override void Clear()
    {
        if (OwnedLocals is { } locals)
        {
            OwnedLocals = null;
            foreach (var r in locals) r.Close();
        }
    }

    protected internal override void Traverse(Visitor visit)
    {
        visit(Code);
        if (Back != null) visit(Back);
        if (Globals != null) visit(Globals);
        if (OwnedLocals != null)
            foreach (var r in OwnedLocals)
                if (!r.IsNull) visit(r.AsBorrowed);
    }
}
