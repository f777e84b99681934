using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`cell` (Objects/cellobject.c): a variable shared between a function and its closures.</summary>
[PyType("cell")]
public sealed partial class PyCell : PyObject
{
    public PyObject? Ref;

    public PyCell(PyObject? value) : base(Type) { Ref = value; }

    protected internal override void ReleaseReferences() => Py.CLEAR(ref Ref);

    protected internal override void Traverse(Visitor visit)
    {
        if (Ref != null) visit(Ref);
    }

    protected internal override void Clear() => Py.CLEAR(ref Ref);
}

// Cell attributes (Objects/cellobject.c).
public sealed partial class PyCell
{
    [PyGetter("cell_contents")]
    static PyObject? GetContents(PyCell c)
        => c.Ref == null ? Errors.SetString(PyExc.ValueError, "Cell is empty") : Py.NewRef(c.Ref);

    [PySetter("cell_contents")]
    static int SetContents(PyCell c, PyObject? value)
    {
        Py.SETREF(ref c.Ref, Py.XNewRef(value));
        return 0;
    }

    /// <summary>cell_new: cell(contents=&lt;empty&gt;, /).</summary>
    [PySlot("tp_new")]
    static PyObject? New(PyType type, PyObject? contents = null) => new PyCell(Py.XNewRef(contents));

    /// <summary>cell_richcompare: by contents; an empty cell sorts before any other.</summary>
    [PySlot("tp_richcompare")]
    static PyObject? RichCompare(PyObject a, PyObject b, CompareOp op)
    {
        if (a is not PyCell ca || b is not PyCell cb) return Py.NotImplemented;
        if (ca.Ref != null && cb.Ref != null) return Abstract.RichCompare(ca.Ref, cb.Ref, op);
        int x = cb.Ref == null ? 1 : 0, y = ca.Ref == null ? 1 : 0;
        bool r = op switch
        {
            CompareOp.Lt => x < y, CompareOp.Le => x <= y, CompareOp.Eq => x == y,
            CompareOp.Ne => x != y, CompareOp.Gt => x > y, _ => x >= y,
        };
        return Py.NewBool(r);
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var c = (PyCell)o;
        if (c.Ref == null) return PyUnicode.FromString($"<cell at 0x{Interpreter.IdOf(c):x}: empty>");
        return PyUnicode.FromString($"<cell at 0x{Interpreter.IdOf(c):x}: {c.Ref.ob_type.tp_name} object at 0x{Interpreter.IdOf(c.Ref):x}>");
    }
}
