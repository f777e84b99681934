using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`function` (Objects/funcobject.c): code plus globals, defaults and closure.</summary>
[PyType("function")]
public sealed partial class PyFunction : PyObject, IWeakReferenceable
{
    public PyCode Code;
    public PyDict Globals;
    public PyObject Builtins;
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
        Builtins = Py.NewRef(Interpreter.BuiltinsFromGlobals(globals));
        Name = Py.NewRef(code.Name);
        QualName = Py.NewRef(code.QualName);
        // 3.13+: the docstring is co_consts[0] exactly when the compiler set CO_HAS_DOCSTRING.
        Doc = Py.NewRef((code.Flags & PyCode.CO_HAS_DOCSTRING) != 0 ? code.Consts[0] : Py.None);
        Module = globals.GetItemString("__name__") is { } m ? Py.NewRef(m) : null;
    }

    [PySlot("tp_call")]
    static PyObject? Call(PyObject callable, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
        => EvalLoop.CallFunctionFromCSharp((PyFunction)callable, args, kwnames);

    [PySlot("tp_descr_get")]
    static PyObject? DescrGet(PyObject f, PyObject? obj, PyObject? type)
    {
        if (obj == null || obj == Py.None && type != null && type != PyNone.Type) return Py.NewRef(f);
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
