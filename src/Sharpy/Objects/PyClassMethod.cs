using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`staticmethod` (Objects/funcobject.c sm_*).</summary>
[PyType("staticmethod", BaseType = true)]
public sealed partial class PyStaticMethod : PyObject
{
    public PyObject? Callable;
    public PyDict? Dict;

    /// <summary>PyStaticMethod_New: no attributes copied.</summary>
    public PyStaticMethod(PyObject callable) : base(Type) { Callable = Py.NewRef(callable); }

    PyStaticMethod(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, System.ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new PyStaticMethod(type);

    /// <summary>sm_init: the callable, and its identity copied as functools.wraps does.</summary>
    [PySlot("tp_init", Raw = "sm_init refuses keywords for every subclass (not clinic's rule)")]
    static int Init(PyObject self, System.ReadOnlySpan<StackRef> args, PyTuple? kwnames)
        => MethodWrappers.Init(self, "staticmethod", ref ((PyStaticMethod)self).Callable, args, kwnames);

    [PyGetter("__func__")] static PyObject? GetFunc(PyStaticMethod self) => Py.NewRef(self.Callable ?? Py.None);
    [PyGetter("__wrapped__")] static PyObject? GetWrapped(PyStaticMethod self) => Py.NewRef(self.Callable ?? Py.None);
    [PyGetter("__dict__")] static PyObject? GetDict(PyStaticMethod self) => Py.NewRef(self.Dict ??= PyDict.New());
    [PyGetter("__isabstractmethod__")] static PyObject? GetIsAbstract(PyStaticMethod self) => MethodWrappers.IsAbstract(self.Callable);
    [PyGetter("__annotations__")] static PyObject? GetAnnotations(PyStaticMethod self) => MethodWrappers.GetWrapped(self, self.Callable, "__annotations__");
    [PySetter("__annotations__")] static int SetAnnotations(PyStaticMethod self, PyObject? v) => MethodWrappers.SetWrapped(self, "__annotations__", v);
    [PyGetter("__annotate__")] static PyObject? GetAnnotate(PyStaticMethod self) => MethodWrappers.GetWrapped(self, self.Callable, "__annotate__");
    [PySetter("__annotate__")] static int SetAnnotate(PyStaticMethod self, PyObject? v) => MethodWrappers.SetWrapped(self, "__annotate__", v);

    [PySlot("tp_descr_get")]
    static PyObject? DescrGet(PyObject self, PyObject? obj, PyObject? type)
    {
        var sm = (PyStaticMethod)self;
        if (sm.Callable == null) return Errors.SetString(PyExc.RuntimeError, "uninitialized staticmethod object");
        return Py.NewRef(sm.Callable);
    }

    [PySlot("tp_call")]
    static PyObject? Call(PyObject self, System.ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var sm = (PyStaticMethod)self;
        if (sm.Callable == null) return Errors.SetString(PyExc.RuntimeError, "uninitialized staticmethod object");
        return Calls.Call(sm.Callable, args, kwnames);
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self) => MethodWrappers.Repr("staticmethod", ((PyStaticMethod)self).Callable);

    protected internal override void ReleaseReferences()
    {
        Py.CLEAR(ref Callable);
        Py.CLEAR(ref Dict);
    }

    protected internal override void Clear()
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

/// <summary>`classmethod` (Objects/funcobject.c cm_*).</summary>
[PyType("classmethod", BaseType = true)]
public sealed partial class PyClassMethod : PyObject
{
    public PyObject? Callable;
    public PyDict? Dict;

    /// <summary>PyClassMethod_New: no attributes copied.</summary>
    public PyClassMethod(PyObject callable) : base(Type) { Callable = Py.NewRef(callable); }

    PyClassMethod(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, System.ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new PyClassMethod(type);

    /// <summary>cm_init: the callable, and its identity copied as functools.wraps does.</summary>
    [PySlot("tp_init", Raw = "cm_init refuses keywords for every subclass (not clinic's rule)")]
    static int Init(PyObject self, System.ReadOnlySpan<StackRef> args, PyTuple? kwnames)
        => MethodWrappers.Init(self, "classmethod", ref ((PyClassMethod)self).Callable, args, kwnames);

    [PyGetter("__func__")] static PyObject? GetFunc(PyClassMethod self) => Py.NewRef(self.Callable ?? Py.None);
    [PyGetter("__wrapped__")] static PyObject? GetWrapped(PyClassMethod self) => Py.NewRef(self.Callable ?? Py.None);
    [PyGetter("__dict__")] static PyObject? GetDict(PyClassMethod self) => Py.NewRef(self.Dict ??= PyDict.New());
    [PyGetter("__isabstractmethod__")] static PyObject? GetIsAbstract(PyClassMethod self) => MethodWrappers.IsAbstract(self.Callable);
    [PyGetter("__annotations__")] static PyObject? GetAnnotations(PyClassMethod self) => MethodWrappers.GetWrapped(self, self.Callable, "__annotations__");
    [PySetter("__annotations__")] static int SetAnnotations(PyClassMethod self, PyObject? v) => MethodWrappers.SetWrapped(self, "__annotations__", v);
    [PyGetter("__annotate__")] static PyObject? GetAnnotate(PyClassMethod self) => MethodWrappers.GetWrapped(self, self.Callable, "__annotate__");
    [PySetter("__annotate__")] static int SetAnnotate(PyClassMethod self, PyObject? v) => MethodWrappers.SetWrapped(self, "__annotate__", v);

    [PySlot("tp_descr_get")]
    static PyObject? DescrGet(PyObject self, PyObject? obj, PyObject? type)
    {
        var cm = (PyClassMethod)self;
        if (cm.Callable == null) return Errors.SetString(PyExc.RuntimeError, "uninitialized classmethod object");
        type ??= obj!.ob_type;
        return new PyMethod(cm.Callable, type);
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self) => MethodWrappers.Repr("classmethod", ((PyClassMethod)self).Callable);

    protected internal override void ReleaseReferences()
    {
        Py.CLEAR(ref Callable);
        Py.CLEAR(ref Dict);
    }

    protected internal override void Clear()
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

/// <summary>What staticmethod and classmethod share (Objects/funcobject.c).</summary>
static class MethodWrappers
{
    static readonly string[] Copied = { "__module__", "__name__", "__qualname__", "__doc__" };

    /// <summary>sm_init / cm_init: exactly one positional argument, then functools_wraps.</summary>
    public static int Init(PyObject self, string name, ref PyObject? callable, System.ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (kwnames != null && kwnames.Count > 0)
        {
            Errors.SetString(PyExc.TypeError, $"{name}() takes no keyword arguments");
            return -1;
        }
        if (args.Length != 1)
        {
            Errors.SetString(PyExc.TypeError, $"{name} expected 1 argument, got {args.Length}");
            return -1;
        }
        var c = args[0].AsBorrowed;
        Py.SETREF(ref callable, Py.NewRef(c));
        return Wraps(self, c);
    }

    /// <summary>functools_wraps: each of the wrapped callable's identity attributes that exists is set on the wrapper.</summary>
    static int Wraps(PyObject wrapper, PyObject wrapped)
    {
        foreach (var name in Copied)
        {
            var key = PyUnicode.Intern(name);
            if (Abstract.LookupAttr(wrapped, key, out var v) < 0) return -1;
            if (v == null) continue;
            int r = Abstract.SetAttr(wrapper, key, v);
            Py.DECREF(v);
            if (r < 0) return -1;
        }
        return 0;
    }

    public static PyObject? Repr(string name, PyObject? callable)
    {
        var r = Abstract.ReprString(callable ?? Py.None);
        return r == null ? null : PyUnicode.FromString($"<{name}({r})>");
    }

    public static PyObject? IsAbstract(PyObject? callable)
    {
        int r = PyProperty.IsAbstract(callable);
        return r < 0 ? null : Py.NewBool(r > 0);
    }

    /// <summary>descriptor_get_wrapped_attribute: the wrapper's own __dict__ entry, else the callable's attribute, cached there.</summary>
    public static PyObject? GetWrapped(PyObject self, PyObject? callable, string name)
    {
        var dict = GenericAttr.EnsureInstanceDict(self)!;
        var key = PyUnicode.Intern(name);
        var res = dict.GetItemWithError(key);
        if (res != null) return Py.NewRef(res);
        if (Errors.Occurred()) return null;
        res = Abstract.GetAttr(callable ?? Py.None, key);
        if (res == null) return null;
        if (dict.SetItem(key, res) < 0)
        {
            Py.DECREF(res);
            return null;
        }
        return res;
    }

    /// <summary>descriptor_set_wrapped_attribute: set or delete the wrapper's own __dict__ entry.</summary>
    public static int SetWrapped(PyObject self, string name, PyObject? value)
    {
        var dict = GenericAttr.EnsureInstanceDict(self)!;
        var key = PyUnicode.Intern(name);
        if (value != null) return dict.SetItem(key, value);
        if (dict.DelItem(key) < 0)
        {
            if (!Errors.ExceptionMatches(PyExc.KeyError)) return -1;
            Errors.Clear();
            Errors.SetString(PyExc.AttributeError, $"'{self.ob_type.tp_name}' object has no attribute '{name}'");
            return -1;
        }
        return 0;
    }
}
