using System;
using System.Text;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`types.SimpleNamespace` (Objects/namespaceobject.c): attributes in a dict.</summary>
[PyType("types.SimpleNamespace", BaseType = true)]
public sealed partial class PyNamespace : PyObject
{
    public PyDict Dict = PyDict.New();

    public PyNamespace(PyType type) : base(type) { }

    public static PyNamespace New() => new(Type);

    [PySlot("tp_new")]
    static PyObject? NamespaceNew(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new PyNamespace(type);

    [PySlot("tp_init")]
    static int Init(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var ns = (PyNamespace)self;
        int n = args.Length - (kwnames?.Count ?? 0);
        if (n > 1)
        {
            Errors.SetString(PyExc.TypeError, $"SimpleNamespace expected at most 1 positional argument, got {n}");
            return -1;
        }
        if (n == 1 && DictOps.Update(ns.Dict, args[0].AsBorrowed) < 0) return -1;
        for (int k = 0; k < (kwnames?.Count ?? 0); k++)
            if (ns.Dict.SetItem(kwnames!.Items[k], args[n + k].AsBorrowed) < 0) return -1;
        return 0;
    }

    [PySlot("tp_getattro")]
    static PyObject? GetAttr(PyObject self, PyObject name)
    {
        if (((PyUnicode)name).Value == "__dict__") return Py.NewRef(((PyNamespace)self).Dict);
        var v = ((PyNamespace)self).Dict.GetItemWithError(name);
        if (v != null) return Py.NewRef(v);
        return GenericAttr.GetAttr(self, name);
    }

    [PySlot("tp_setattro")]
    static int SetAttr(PyObject self, PyObject name, PyObject? value)
    {
        var d = ((PyNamespace)self).Dict;
        if (value != null) return d.SetItem(name, value);
        if (d.DelItem(name) == 0) return 0;
        if (Errors.ExceptionMatches(PyExc.KeyError))
        {
            Errors.Clear();
            Errors.SetString(PyExc.AttributeError, $"'types.SimpleNamespace' object has no attribute '{((PyUnicode)name).Value}'");
        }
        return -1;
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self)
    {
        var ns = (PyNamespace)self;
        var sb = new StringBuilder(ns.ob_type == Type ? "namespace" : ns.ob_type.Name).Append('(');
        int pos = 0;
        bool first = true;
        while (ns.Dict.Next(ref pos, out var k, out var v))
        {
            if (k is not PyUnicode ku) continue;
            var r = Abstract.ReprString(v);
            if (r == null) return null;
            if (!first) sb.Append(", ");
            sb.Append(ku.Value).Append('=').Append(r);
            first = false;
        }
        return PyUnicode.FromString(sb.Append(')').ToString());
    }

    [PySlot("tp_richcompare")]
    static PyObject? RichCompare(PyObject a, PyObject b, CompareOp op)
    {
        if (a is not PyNamespace na || b is not PyNamespace nb || op != CompareOp.Eq && op != CompareOp.Ne) return PyNotImplemented.Instance;
        return Abstract.RichCompare(na.Dict, nb.Dict, op);
    }

    protected internal override void ReleaseReferences() => Py.DECREF(Dict);

    protected internal override void Traverse(Visitor visit) => visit(Dict);

    protected internal override void Clear() => Dict.Clear();
}
