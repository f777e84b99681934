using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`traceback` (Python/traceback.c): one frame of an exception's traceback.</summary>
[PyType("traceback")]
public sealed partial class PyTraceBack : PyObject
{
    public PyTraceBack? Next;
    public PyFrameObject Frame;
    /// <summary>tb_lasti: the byte offset of the instruction that raised (two per code unit).</summary>
    public readonly int Lasti;
    /// <summary>tb_lineno as given, or -1: found from the line table when asked (<see cref="LineNumber"/>).</summary>
    readonly int _lineno;

    /// <summary>tb_create_raw: takes over the references to <paramref name="next"/> and <paramref name="frame"/>.</summary>
    public PyTraceBack(PyTraceBack? next, PyFrameObject frame, int lasti, int lineno = -1) : base(Type)
    {
        Next = next;
        Frame = frame;
        Lasti = lasti;
        _lineno = lineno;
    }

    /// <summary>The code-unit index of the instruction that raised.</summary>
    public int Instr => Lasti / 2;

    /// <summary>tb_get_lineno: the line of the instruction, -1 when it has none.</summary>
    public int LineNumber => _lineno != -1 ? _lineno : LineTable.LineForOffset(Frame.Code, Instr);

    /// <summary>traceback(tb_next, tb_frame, tb_lasti, tb_lineno) (tb_new).</summary>
    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = new PyObject?[4];
        if (!ArgParse.UnpackKeywords(args, kwnames, NewParser, a)) return null;
        if (a[1] is not PyFrameObject frame)
            return ArgParse.BadArgument("traceback", "argument 'tb_frame'", "frame", a[1]!);
        if (!ArgParse.ToInt(a[2]!, out int lasti) || !ArgParse.ToInt(a[3]!, out int lineno)) return null;
        PyTraceBack? next = null;
        if (a[0] != Py.None)
        {
            if (a[0] is not PyTraceBack t)
                return Errors.SetString(PyExc.TypeError, $"expected traceback object or None, got '{a[0]!.ob_type.tp_name}'");
            next = t;
        }
        return new PyTraceBack(Py.XNewRef(next), Py.NewRef(frame), lasti, lineno);
    }

    static readonly ArgParse.Parser NewParser = new("traceback", 0, ["tb_next", "tb_frame", "tb_lasti", "tb_lineno"], 4, 4, 0);

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

    /// <summary>tb_dir: only the four tb_ attributes.</summary>
    [PyMethod("__dir__")]
    static PyObject? Dir(PyTraceBack tb)
    {
        var list = PyList.New(4);
        foreach (var name in new[] { "tb_frame", "tb_next", "tb_lasti", "tb_lineno" }) list.AppendSteal(PyUnicode.FromString(name));
        return list;
    }

    [PyGetter("tb_lineno")]
    static PyObject? GetLineno(PyTraceBack tb)
    {
        int line = tb.LineNumber;
        return line < 0 ? Py.None : PyLong.FromLong(line);
    }

    [PyGetter("tb_lasti")] static PyObject? GetLasti(PyTraceBack tb) => PyLong.FromLong(tb.Lasti);

    [PyGetter("tb_next")] static PyObject? GetNext(PyTraceBack tb) => Py.NewRef((PyObject?)tb.Next ?? Py.None);

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
        if (value != Py.None)
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
