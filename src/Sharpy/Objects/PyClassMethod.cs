using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`staticmethod` (Objects/funcobject.c).</summary>
[PyType("staticmethod", BaseType = true)]
public sealed partial class PyStaticMethod : PyObject
{
    public PyObject? Callable;

    public PyStaticMethod(PyObject callable) : base(Type) { Callable = Py.NewRef(callable); }

    [PySlot("tp_descr_get")]
    static PyObject? DescrGet(PyObject self, PyObject? obj, PyObject? type) => Py.NewRef(((PyStaticMethod)self).Callable!);

    [PySlot("tp_call")]
    static PyObject? Call(PyObject self, System.ReadOnlySpan<StackRef> args, PyTuple? kwnames)
        => Calls.Call(((PyStaticMethod)self).Callable!, args, kwnames);

    protected internal override void ReleaseReferences() => Py.CLEAR(ref Callable);

    protected internal override void Traverse(Visitor visit)
    {
        if (Callable != null) visit(Callable);
    }
}

/// <summary>`classmethod` (Objects/funcobject.c).</summary>
[PyType("classmethod", BaseType = true)]
public sealed partial class PyClassMethod : PyObject
{
    public PyObject? Callable;

    public PyClassMethod(PyObject callable) : base(Type) { Callable = Py.NewRef(callable); }

    [PySlot("tp_descr_get")]
    static PyObject? DescrGet(PyObject self, PyObject? obj, PyObject? type)
    {
        var cm = (PyClassMethod)self;
        type ??= obj!.ob_type;
        return new PyMethod(cm.Callable!, type);
    }

    protected internal override void ReleaseReferences() => Py.CLEAR(ref Callable);

    protected internal override void Traverse(Visitor visit)
    {
        if (Callable != null) visit(Callable);
    }
}
