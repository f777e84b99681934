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

    public PyFrameObject(Frame frame) : base(Type)
    {
        Frame = frame;
        Code = Py.NewRef(frame.Code);
    }

    protected internal override void ReleaseReferences()
    {
        Py.DECREF(Code);
        Py.CLEAR(ref Back);
    }
}
