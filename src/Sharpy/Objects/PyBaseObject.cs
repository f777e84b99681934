using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`object`: the root of every type (Objects/typeobject.c, object_*).</summary>
[PyType("object", BaseType = true, Doc = "object()\n--\n\nThe base class of the class hierarchy.\n\nCalled without arguments, it returns a new featureless instance that has no\ninstance attributes and cannot be given any.\n")]
public partial class PyBaseObject : PyObject
{
    public PyBaseObject(PyType type) : base(type) { }
}

/// <summary>
/// An instance of a class statement's type whose solid base is `object`: its __dict__ and
/// weakref list (CPython's tp_dictoffset and tp_weaklistoffset).
/// </summary>
public sealed class PyInstance : PyBaseObject, IWeakReferenceable
{
    public PyDict? Dict;
    public PyWeakReference? WeakRefList { get; set; }
    /// <summary>The values of the `__slots__` members of the type and its bases (null when it has none).</summary>
    public PyObject?[]? Slots;

    public PyInstance(PyType type) : base(type)
    {
        if (type.SlotCount > 0) Slots = new PyObject?[type.SlotCount];
    }

    protected internal override void ReleaseReferences() => Clear();

    protected internal override void Traverse(Visitor visit)
    {
        if (Dict != null) GenericAttr.TraverseInstanceDict(Dict, visit);
        if (Slots != null)
            foreach (var v in Slots)
                if (v != null) visit(v);
    }

    protected internal override void Clear()
    {
        Py.CLEAR(ref Dict);
        if (Slots != null)
            for (int i = 0; i < Slots.Length; i++) Py.CLEAR(ref Slots[i]);
    }
}

/// <summary>An object that weak references can point to: it keeps the list of them.</summary>
public interface IWeakReferenceable
{
    PyWeakReference? WeakRefList { get; set; }
}
