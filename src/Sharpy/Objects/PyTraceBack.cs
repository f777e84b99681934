using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`traceback` (Python/traceback.c): one frame of an exception's traceback.</summary>
[PyType("traceback")]
public sealed partial class PyTraceBack : PyObject
{
    public PyTraceBack? Next;
    public PyFrameObject Frame;
    /// <summary>The instruction index (code units) that raised.</summary>
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

    [PyGetter("tb_frame")] static PyObject? GetFrame(PyTraceBack tb) => Py.NewRef(tb.Frame);

    [PyGetter("tb_lineno")] static PyObject? GetLineno(PyTraceBack tb) => tb.Lineno < 0 ? Py.NewRef(PyNone.None) : PyLong.FromLong(tb.Lineno);

    [PyGetter("tb_lasti")] static PyObject? GetLasti(PyTraceBack tb) => PyLong.FromLong(tb.Lasti * 2L);

    [PyGetter("tb_next")] static PyObject? GetNext(PyTraceBack tb) => Py.NewRef((PyObject?)tb.Next ?? PyNone.None);

    /// <summary>tb_next may be replaced by another traceback or None, but no loop may form.</summary>
    [PySetter("tb_next")]
    static int SetNext(PyTraceBack tb, PyObject? value)
    {
        if (value == null)
        {
            Errors.SetString(PyExc.TypeError, "can't delete tb_next attribute");
            return -1;
        }
        PyTraceBack? next = null;
        if (value != PyNone.None)
        {
            if (value is not PyTraceBack t)
            {
                Errors.SetString(PyExc.TypeError, $"expected traceback object, got '{value.ob_type.tp_name}'");
                return -1;
            }
            for (var c = t; c != null; c = c.Next)
            {
                if (c == tb)
                {
                    Errors.SetString(PyExc.ValueError, "traceback loop detected");
                    return -1;
                }
            }
            next = t;
        }
        Py.SETREF(ref tb.Next, Py.XNewRef(next));
        return 0;
    }
}
