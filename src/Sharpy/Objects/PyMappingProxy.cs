using System;
using Sharpy.Compiler;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// `mappingproxy` (Objects/descrobject.c): a read-only view of a mapping, what a class's
/// `__dict__` is (types.MappingProxyType). Reads pass through to the mapping.
/// </summary>
[PyType("mappingproxy")]
public sealed partial class PyMappingProxy : PyObject
{
    public readonly PyObject Mapping;

    /// <summary>A proxy holding a new reference to <paramref name="mapping"/> (already checked).</summary>
    public PyMappingProxy(PyObject mapping) : base(Type) { Mapping = Py.NewRef(mapping); }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, [Keyword] PyObject mapping)
    {
        if (mapping.ob_type.mp_subscript == null || mapping is PyList || mapping is PyTuple)
            return Errors.SetString(PyExc.TypeError, $"mappingproxy() argument must be a mapping, not {mapping.ob_type.tp_name}");
        return new PyMappingProxy(mapping);
    }

    [PyMethod("get", Doc = "Return the value for key if key is in the mapping, else default.")]
    static PyObject? Get(PyMappingProxy self, PyObject key, PyObject? @default = null)
        => Calls.CallMethod(self.Mapping, "get", key, @default ?? Py.None);

    [PyMethod("keys", Doc = "D.keys() -> a set-like object providing a view on D's keys")]
    static PyObject? Keys(PyMappingProxy self) => Calls.CallMethod(self.Mapping, "keys");

    [PyMethod("values", Doc = "D.values() -> an object providing a view on D's values")]
    static PyObject? Values(PyMappingProxy self) => Calls.CallMethod(self.Mapping, "values");

    [PyMethod("items", Doc = "D.items() -> a set-like object providing a view on D's items")]
    static PyObject? Items(PyMappingProxy self) => Calls.CallMethod(self.Mapping, "items");

    [PyMethod("copy", Doc = "D.copy() -> a shallow copy of D")]
    static PyObject? Copy(PyMappingProxy self) => Calls.CallMethod(self.Mapping, "copy");

    [PyMethod("__reversed__", Doc = "D.__reversed__() -> reverse iterator")]
    static PyObject? Reversed(PyMappingProxy self) => Calls.CallMethod(self.Mapping, "__reversed__");

    [PyMethod("__class_getitem__", Class = true, Doc = "See PEP 585")]
    static PyObject? ClassGetItem(PyType cls, PyObject args) => PyGenericAlias.New(cls, args);

    [PySlot("mp_length")]
    static long Length(PyObject o) => Abstract.Length(((PyMappingProxy)o).Mapping);

    [PySlot("mp_subscript")]
    static PyObject? Subscript(PyObject o, PyObject key) => Abstract.GetItem(((PyMappingProxy)o).Mapping, key);

    [PySlot("sq_contains")]
    static int Contains(PyObject o, PyObject key)
    {
        var m = ((PyMappingProxy)o).Mapping;
        return m.ob_type == PyDict.Type ? ((PyDict)m).Contains(key) : Abstract.Contains(m, key);
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject o) => Abstract.GetIter(((PyMappingProxy)o).Mapping);

    [PySlot("tp_str")]
    static PyObject? Str(PyObject o) => Abstract.Str(((PyMappingProxy)o).Mapping);

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var r = Abstract.ReprString(((PyMappingProxy)o).Mapping);
        return r == null ? null : PyUnicode.FromString($"mappingproxy({r})");
    }

    [PySlot("tp_hash")]
    static long Hash(PyObject o) => Abstract.Hash(((PyMappingProxy)o).Mapping);

    [PySlot("tp_richcompare")]
    static PyObject? RichCompare(PyObject v, PyObject w, CompareOp op) => Abstract.RichCompare(((PyMappingProxy)v).Mapping, w, op);

    /// <summary>mappingproxy_or: `|` between the mappings the operands stand for.</summary>
    [PySlot("nb_or")]
    static PyObject? Or(PyObject v, PyObject w)
    {
        if (v is PyMappingProxy pv) v = pv.Mapping;
        if (w is PyMappingProxy pw) w = pw.Mapping;
        return Abstract.BinaryOp(v, w, NbOp.OR);
    }

    [PySlot("nb_inplace_or")]
    static PyObject? InplaceOr(PyObject v, PyObject w)
        => Errors.SetString(PyExc.TypeError, "'|=' is not supported by mappingproxy; use '|' instead");

    protected internal override void Traverse(Visitor visit) => visit(Mapping);

    protected internal override void ReleaseReferences() => Py.DECREF(Mapping);
}
