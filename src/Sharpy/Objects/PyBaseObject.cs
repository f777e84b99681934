using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`object`: the root of every type (Objects/typeobject.c, object_*).</summary>
[PyType("object", BaseType = true, Doc = "object()\n--\n\nThe base class of the class hierarchy.\n\nCalled without arguments, it returns a new featureless instance that has no\ninstance attributes and cannot be given any.\n")]
public partial class PyBaseObject : PyObject
{
    public PyBaseObject(PyType type) : base(type) { }
}

/// <summary>An object that weak references can point to: it keeps the list of them.</summary>
public interface IWeakReferenceable
{
    PyWeakReference? WeakRefList { get; set; }
}
