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

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var c = (PyCell)o;
        if (c.Ref == null) return PyUnicode.FromString($"<cell at 0x{Interpreter.IdOf(c):x}: empty>");
        return PyUnicode.FromString($"<cell at 0x{Interpreter.IdOf(c):x}: {c.Ref.ob_type.tp_name} object at 0x{Interpreter.IdOf(c.Ref):x}>");
    }
}
