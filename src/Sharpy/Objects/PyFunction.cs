using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`function` (Objects/funcobject.c): code plus globals, defaults and closure.</summary>
[PyType("function")]
public sealed partial class PyFunction : PyObject, IWeakReferenceable
{
    public PyCode Code;
    public PyDict Globals;
    public PyDict Builtins;
    public PyObject Name;
    public PyObject QualName;
    public PyTuple? Defaults;
    public PyDict? KwDefaults;
    public PyTuple? Closure;
    public PyObject? Doc;
    public PyObject? Module;
    public PyObject? Annotations;
    public PyObject? Annotate;
    public PyObject? TypeParams;
    public PyDict? Dict;
    public PyWeakReference? WeakRefList { get; set; }

    /// <summary>PyFunction_New: takes new references to code and globals.</summary>
    public PyFunction(PyCode code, PyDict globals) : base(Type)
    {
        Code = Py.NewRef(code);
        Globals = Py.NewRef(globals);
        Builtins = Py.NewRef(Interpreter.BuiltinsDictFor(globals));
        Name = Py.NewRef(code.Name);
        QualName = Py.NewRef(code.QualName);
        Doc = Py.NewRef(PyNone.None);
        Module = globals.GetItemString("__name__") is { } m ? Py.NewRef(m) : null;
    }

    [PySlot("tp_call")]
    static PyObject? Call(PyObject callable, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
        => EvalLoop.CallFunctionFromCSharp((PyFunction)callable, args, kwnames);

    [PySlot("tp_descr_get")]
    static PyObject? DescrGet(PyObject f, PyObject? obj, PyObject? type)
    {
        if (obj == null || obj == PyNone.None && type != null && type != PyNone.Type) return Py.NewRef(f);
        return new PyMethod(f, obj);
    }

    [PySlot("tp_setattro")]
    static int FuncSetAttr(PyObject o, PyObject name, PyObject? value) => GenericAttr.SetAttr(o, name, value);

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var f = (PyFunction)o;
        return PyUnicode.FromString($"<function {((PyUnicode)f.QualName).Value} at 0x{Interpreter.IdOf(f):x}>");
    }

    protected internal override void ReleaseReferences()
    {
        Clear();
        Py.DECREF(Code);
    }

    protected internal override void Traverse(Visitor visit)
    {
        visit(Code); visit(Name); visit(QualName);
        if (Globals != null) visit(Globals);
        if (Builtins != null) visit(Builtins);
        if (Defaults != null) visit(Defaults);
        if (KwDefaults != null) visit(KwDefaults);
        if (Closure != null) visit(Closure);
        if (Doc != null) visit(Doc);
        if (Module != null) visit(Module);
        if (Annotations != null) visit(Annotations);
        if (Annotate != null) visit(Annotate);
        if (TypeParams != null) visit(TypeParams);
        if (Dict != null) visit(Dict);
    }

    protected internal override void Clear()
    {
        Py.CLEAR(ref Defaults);
        Py.CLEAR(ref KwDefaults);
        Py.CLEAR(ref Closure);
        Py.CLEAR(ref Doc);
        Py.CLEAR(ref Module);
        Py.CLEAR(ref Annotations);
        Py.CLEAR(ref Annotate);
        Py.CLEAR(ref TypeParams);
        Py.CLEAR(ref Dict);
        // func_clear: globals and builtins go (Clear may run twice: from the cycle collector,
        // then from deallocation), the names become the empty string; the code stays until
        // deallocation.
        var globals = Globals;
        var builtins = Builtins;
        Globals = null!;
        Builtins = null!;
        Py.XDECREF(globals);
        Py.XDECREF(builtins);
        var name = Name;
        var qual = QualName;
        Name = QualName = PyUnicode.Empty;
        Py.DECREF(name);
        Py.DECREF(qual);
    }
}

/// <summary>A bound method (Objects/classobject.c `method`): a function and its self.</summary>
[PyType("method")]
public sealed partial class PyMethod : PyObject, IWeakReferenceable
{
    public PyObject Func;
    public PyObject Self;
    public PyWeakReference? WeakRefList { get; set; }

    /// <summary>Takes new references to func and self.</summary>
    public PyMethod(PyObject func, PyObject self) : base(Type)
    {
        Func = Py.NewRef(func);
        Self = Py.NewRef(self);
    }

    [PySlot("tp_call")]
    static PyObject? Call(PyObject callable, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var m = (PyMethod)callable;
        var all = new StackRef[args.Length + 1];
        all[0] = StackRef.FromBorrow(m.Self);
        args.CopyTo(all.AsSpan(1));
        return Calls.Call(m.Func, all, kwnames);
    }


    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var m = (PyMethod)o;
        string name = m.Func is PyFunction f ? ((PyUnicode)f.QualName).Value : "?";
        var selfRepr = Abstract.ReprString(m.Self);
        if (selfRepr == null) return null;
        return PyUnicode.FromString($"<bound method {name} of {selfRepr}>");
    }

    [PySlot("tp_getattro")]
    static PyObject? GetAttr(PyObject o, PyObject name)
    {
        var r = GenericAttr.GetAttr(o, name, suppress: true);
        if (r != null || Errors.Occurred()) return r;
        return Abstract.GetAttr(((PyMethod)o).Func, name);
    }

    protected internal override void ReleaseReferences()
    {
        Py.DECREF(Func);
        Py.DECREF(Self);
    }

    protected internal override void Traverse(Visitor visit)
    {
        visit(Func);
        visit(Self);
    }
}

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

/// <summary>`module` (Objects/moduleobject.c).</summary>
[PyType("module", BaseType = true)]
public sealed partial class PyModule : PyObject, IWeakReferenceable
{
    public PyDict Dict;
    public PyWeakReference? WeakRefList { get; set; }

    public PyModule(string name) : base(Type)
    {
        Dict = PyDict.New();
        Dict.SetItemStringSteal("__name__", PyUnicode.FromString(name));
        Dict.SetItemString("__doc__", PyNone.None);
        Dict.SetItemString("__package__", PyNone.None);
        Dict.SetItemString("__loader__", PyNone.None);
        Dict.SetItemString("__spec__", PyNone.None);
    }

    /// <summary>
    /// PyModule_Add: set the module attribute <paramref name="name"/>, stealing the reference
    /// to <paramref name="value"/>. A null value (its creation failed) gives -1 with the error kept.
    /// </summary>
    public int Add(string name, PyObject? value) => value == null ? -1 : Dict.SetItemStringSteal(name, value);

    public string NameForMessages => Dict.GetItemString("__name__") is PyUnicode n ? n.Value : "?";

    /// <summary>module_getattro: the module's dict, then a module-level __getattr__ (PEP 562).</summary>
    [PySlot("tp_getattro")]
    static PyObject? GetAttr(PyObject o, PyObject name)
    {
        var m = (PyModule)o;
        var r = GenericAttr.GetAttr(o, name, suppress: true);
        if (r != null || Errors.Occurred()) return r;
        if (m.Dict.GetItemString("__getattr__") is { } getattr) return Calls.CallOneArg(getattr, name);
        return GenericAttr.RaiseNoAttribute(o, name);
    }

    [PySlot("tp_setattro")]
    static int SetAttr(PyObject o, PyObject name, PyObject? value) => GenericAttr.SetAttr(o, name, value);

    [PyGetter("__dict__")] static PyObject? GetDict(PyModule m) => Py.NewRef(m.Dict);

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var m = (PyModule)o;
        if (m.Dict.GetItemString("__file__") is PyUnicode f)
            return PyUnicode.FromString($"<module '{m.NameForMessages}' from '{f.Value}'>");
        return PyUnicode.FromString($"<module '{m.NameForMessages}' (built-in)>");
    }

    protected internal override void ReleaseReferences() => Py.DECREF(Dict);

    protected internal override void Traverse(Visitor visit) => visit(Dict);
}
