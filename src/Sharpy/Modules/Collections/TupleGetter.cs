using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Collections;

/// <summary>
/// `collections._tuplegetter` (Modules/_collectionsmodule.c, tuplegetter_*): the descriptor
/// namedtuple puts on its class for each field, returning item <c>index</c> of the tuple.
/// </summary>
[PyType("collections._tuplegetter")]
public sealed partial class PyTupleGetter : PyObject
{
    internal long Index;
    /// <summary>__doc__, a writable member (namedtuple users set field docs).</summary>
    internal PyObject? Doc;

    PyTupleGetter(PyType type, long index, PyObject doc) : base(type)
    {
        Index = index;
        Doc = Py.NewRef(doc);
    }

    internal static void InstallMembers()
    {
        var d = Type.tp_dict;
        if (d.GetItemString("__doc__") is PyMemberDescr) return;
        d.SetItemString("__doc__", new PyMemberDescr(Type, "__doc__", o => ref ((PyTupleGetter)o).Doc, noneWhenUnset: true));
    }

    [PySlot("tp_new")]
    static PyObject? TupleGetterNew(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (ArgParse.HasKeywords(kwnames)) return ArgParse.NoKeywords("_tuplegetter");
        if (!ArgParse.CheckPositional("_tuplegetter", args.Length, 2, 2)) return null;
        if (!ArgParse.ToSsize(args[0].AsBorrowed, out long index)) return null;
        return new PyTupleGetter(type, index, args[1].AsBorrowed);
    }

    [PySlot("tp_descr_get")]
    static PyObject? DescrGet(PyObject self, PyObject? obj, PyObject? type)
    {
        var g = (PyTupleGetter)self;
        if (obj == null) return Py.NewRef(self);
        if (obj is not PyTuple t)
        {
            if (obj == Py.None) return Py.NewRef(self);
            return Errors.SetString(PyExc.TypeError,
                $"descriptor for index '{g.Index}' for tuple subclasses doesn't apply to '{obj.ob_type.tp_name}' object");
        }
        if ((ulong)g.Index >= (ulong)t.Count) return Errors.SetString(PyExc.IndexError, "tuple index out of range");
        return Py.NewRef(t.Items[g.Index]);
    }

    [PySlot("tp_descr_set")]
    static int DescrSet(PyObject self, PyObject obj, PyObject? value)
    {
        Errors.SetString(PyExc.AttributeError, value == null ? "can't delete attribute" : "can't set attribute");
        return -1;
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self)
    {
        var g = (PyTupleGetter)self;
        var doc = Abstract.ReprString(g.Doc ?? Py.None);
        if (doc == null) return null;
        return PyUnicode.FromString($"{g.ob_type.Name}({g.Index}, {doc})");
    }

    [PyMethod("__reduce__", TextSignature = "($self, /)")]
    static PyObject? Reduce(PyTupleGetter self)
        => PyTuple.FromStolen([Py.NewRef(self.ob_type), PyTuple.FromStolen([PyLong.FromLong(self.Index), Py.NewRef(self.Doc ?? Py.None)])]);

    protected internal override void ReleaseReferences() => Py.CLEAR(ref Doc);

    protected internal override void Traverse(Visitor visit)
    {
        if (Doc != null) visit(Doc);
    }

    protected internal override void Clear() => Py.CLEAR(ref Doc);
}
