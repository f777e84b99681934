using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`staticmethod` (Objects/funcobject.c).</summary>
[PyType("staticmethod", BaseType = true)]
public sealed partial class PyStaticMethod : PyObject
{
    public PyObject? Callable;
    public PyDict? Dict;

    /// <summary>PyStaticMethod_New / PyClassMethod_New: no attributes copied.</summary>
    public PyStaticMethod(PyObject callable) : base(Type) { Callable = Py.NewRef(callable); }

    PyStaticMethod(PyType type, PyObject callable) : base(type) { Callable = Py.NewRef(callable); Dict = MethodWrappers.Wraps(callable); }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, System.ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (kwnames != null && kwnames.Count > 0) return Errors.SetString(PyExc.TypeError, "staticmethod() takes no keyword arguments");
        if (args.Length != 1) return Errors.SetString(PyExc.TypeError, $"staticmethod expected 1 argument, got {args.Length}");
        return new PyStaticMethod(type, args[0].AsBorrowed);
    }

    [PyGetter("__func__")] static PyObject? GetFunc(PyStaticMethod self) => Py.NewRef(self.Callable ?? PyNone.None);
    [PyGetter("__wrapped__")] static PyObject? GetWrapped(PyStaticMethod self) => Py.NewRef(self.Callable ?? PyNone.None);
    [PyGetter("__dict__")] static PyObject? GetDict(PyStaticMethod self) => Py.NewRef(self.Dict ??= PyDict.New());

    [PySlot("tp_descr_get")]
    static PyObject? DescrGet(PyObject self, PyObject? obj, PyObject? type) => Py.NewRef(((PyStaticMethod)self).Callable!);

    [PySlot("tp_call")]
    static PyObject? Call(PyObject self, System.ReadOnlySpan<StackRef> args, PyTuple? kwnames)
        => Calls.Call(((PyStaticMethod)self).Callable!, args, kwnames);

    protected internal override void ReleaseReferences()
    {
        Py.CLEAR(ref Callable);
        Py.CLEAR(ref Dict);
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (Callable != null) visit(Callable);
        if (Dict != null) visit(Dict);
    }
}

/// <summary>`classmethod` (Objects/funcobject.c).</summary>
[PyType("classmethod", BaseType = true)]
public sealed partial class PyClassMethod : PyObject
{
    public PyObject? Callable;
    public PyDict? Dict;

    /// <summary>PyStaticMethod_New / PyClassMethod_New: no attributes copied.</summary>
    public PyClassMethod(PyObject callable) : base(Type) { Callable = Py.NewRef(callable); }

    PyClassMethod(PyType type, PyObject callable) : base(type) { Callable = Py.NewRef(callable); Dict = MethodWrappers.Wraps(callable); }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, System.ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (kwnames != null && kwnames.Count > 0) return Errors.SetString(PyExc.TypeError, "classmethod() takes no keyword arguments");
        if (args.Length != 1) return Errors.SetString(PyExc.TypeError, $"classmethod expected 1 argument, got {args.Length}");
        return new PyClassMethod(type, args[0].AsBorrowed);
    }

    [PyGetter("__func__")] static PyObject? GetFunc(PyClassMethod self) => Py.NewRef(self.Callable ?? PyNone.None);
    [PyGetter("__wrapped__")] static PyObject? GetWrapped(PyClassMethod self) => Py.NewRef(self.Callable ?? PyNone.None);
    [PyGetter("__dict__")] static PyObject? GetDict(PyClassMethod self) => Py.NewRef(self.Dict ??= PyDict.New());

    [PySlot("tp_descr_get")]
    static PyObject? DescrGet(PyObject self, PyObject? obj, PyObject? type)
    {
        var cm = (PyClassMethod)self;
        type ??= obj!.ob_type;
        return new PyMethod(cm.Callable!, type);
    }

    protected internal override void ReleaseReferences()
    {
        Py.CLEAR(ref Callable);
        Py.CLEAR(ref Dict);
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (Callable != null) visit(Callable);
        if (Dict != null) visit(Dict);
    }
}

/// <summary>staticmethod and classmethod copy their callable's identity, as functools.wraps does (functools_wraps).</summary>
static class MethodWrappers
{
    static readonly string[] Copied = { "__module__", "__name__", "__qualname__", "__doc__" };

    /// <summary>The new wrapper's __dict__: each of the callable's attributes that exists; other errors are dropped.</summary>
    public static PyDict Wraps(PyObject callable)
    {
        var d = PyDict.New();
        foreach (var name in Copied)
        {
            if (Abstract.LookupAttr(callable, PyUnicode.Intern(name), out var v) > 0)
            {
                d.SetItemString(name, v!);
                Py.DECREF(v!);
            }
            else Errors.Clear();
        }
        return d;
    }
}
