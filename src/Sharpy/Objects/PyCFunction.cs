using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>The implementation of a builtin function or method: self (or the module), then the call's arguments.</summary>
public delegate PyObject? BuiltinImpl(PyObject? self, ReadOnlySpan<StackRef> args, PyTuple? kwnames);

/// <summary>
/// `builtin_function_or_method` (Objects/methodobject.c): a builtin module function, or a
/// builtin method bound to its object.
/// </summary>
[PyType("builtin_function_or_method")]
public sealed partial class PyCFunction : PyObject, IWeakReferenceable
{
    public PyWeakReference? WeakRefList { get; set; }
    public readonly string Name;
    public readonly BuiltinImpl Impl;
    /// <summary>The module (for a function) or the bound object (for a method); owned.</summary>
    public PyObject? Self;
    public readonly string? Doc;
    /// <summary>"list.append" for a bound method's messages; the name for a module function.</summary>
    public readonly string QualName;
    /// <summary>m_module: `__module__`, the module's name for a module function (null reads as None); owned.</summary>
    public PyObject? Module;
    /// <summary>[PyMethod(KeywordDict = true)]: a `**` dict reaches it with non-str keys too (no vectorcall in CPython).</summary>
    public readonly bool KeywordDict;
    /// <summary>METH_STATIC: Self is the type that holds the static method, for repr and pickling; `__self__` is None.</summary>
    public readonly bool IsStatic;

    public PyCFunction(string name, string qualName, BuiltinImpl impl, PyObject? self, string? doc, bool keywordDict = false, bool isStatic = false) : base(Type)
    {
        KeywordDict = keywordDict;
        IsStatic = isStatic;
        Name = name;
        QualName = qualName;
        Impl = impl;
        Self = self;
        Doc = doc;
        // PyModule_AddFunctions names the module in m_module.
        if (self is PyModule m) Module = Py.XNewRef(m.Dict.GetItemString("__name__"));
    }

    /// <summary>meth_members: `__module__`, writable.</summary>
    internal static void InstallMembers()
        => Type.tp_dict.SetItemString("__module__", new PyMemberDescr(Type, "__module__", o => ref ((PyCFunction)o).Module, noneWhenUnset: true));

    [PySlot("tp_call")]
    static PyObject? Call(PyObject callable, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var f = (PyCFunction)callable;
        return f.Impl(f.Self, args, kwnames);
    }

    /// <summary>meth_richcompare: equal when bound to the same object (identity) and implemented by the same function.</summary>
    [PySlot("tp_richcompare")]
    static PyObject? RichCompare(PyObject a, PyObject b, CompareOp op)
    {
        if (op != CompareOp.Eq && op != CompareOp.Ne || a is not PyCFunction fa || b is not PyCFunction fb) return Py.NotImplemented;
        bool eq = fa.Self == fb.Self && fa.Impl.Equals(fb.Impl);
        return Py.NewBool(op == CompareOp.Eq ? eq : !eq);
    }

    /// <summary>meth_hash: self's identity hash mixed with the implementation's.</summary>
    [PySlot("tp_hash")]
    static long Hash(PyObject o)
    {
        var f = (PyCFunction)o;
        long x = f.Self == null ? 0 : Interpreter.HashPointer(f.Self);
        x ^= f.Impl.GetHashCode();
        return x == -1 ? -2 : x;
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var f = (PyCFunction)o;
        if (f.Self == null || f.Self is PyModule)
            return PyUnicode.FromString($"<built-in function {f.Name}>");
        return PyUnicode.FromString($"<built-in method {f.Name} of {f.Self.ob_type.tp_name} object at 0x{Interpreter.IdOf(f.Self):x}>");
    }

    protected internal override void ReleaseReferences()
    {
        Py.CLEAR(ref Self);
        Py.CLEAR(ref Module);
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (Self != null) visit(Self);
        if (Module != null) visit(Module);
    }
}

/// <summary>
/// `method_descriptor` (Objects/descrobject.c): a builtin type's method in its dict; binding
/// it to an instance gives a <see cref="PyCFunction"/>, calling it unbound checks self's type.
/// </summary>
[PyType("method_descriptor")]
public partial class PyMethodDescr : PyObject
{
    public readonly PyType Owner;
    public readonly string Name;
    public readonly BuiltinImpl Impl;
    public readonly string? Doc;
    /// <summary>[PyMethod(KeywordDict = true)], passed on to the bound method.</summary>
    public readonly bool KeywordDict;

    public PyMethodDescr(PyType owner, string name, BuiltinImpl impl, string? doc, bool keywordDict = false)
        : this(Type, owner, name, impl, doc, keywordDict) { }

    protected PyMethodDescr(PyType type, PyType owner, string name, BuiltinImpl impl, string? doc, bool keywordDict) : base(type)
    {
        KeywordDict = keywordDict;
        Owner = owner;
        Name = name;
        Impl = impl;
        Doc = doc;
        SetImmortal();
    }

    protected string QualName => Owner.Name + "." + Name;

    [PySlot("tp_descr_get")]
    static PyObject? DescrGet(PyObject descr, PyObject? obj, PyObject? type)
    {
        var d = (PyMethodDescr)descr;
        if (obj == null) return Py.NewRef(descr);
        if (!d.CheckSelf(obj)) return null;
        return new PyCFunction(d.Name, d.QualName, d.Impl, Py.NewRef(obj), d.Doc, d.KeywordDict);
    }

    bool CheckSelf(PyObject obj)
    {
        if (Abstract.TypeCheck(obj, Owner)) return true;
        Errors.SetString(PyExc.TypeError, $"descriptor '{Name}' for '{Owner.tp_name}' objects doesn't apply to a '{obj.ob_type.tp_name}' object");
        return false;
    }

    [PySlot("tp_call")]
    static PyObject? Call(PyObject callable, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var d = (PyMethodDescr)callable;
        int nargs = args.Length - (kwnames?.Count ?? 0);
        if (nargs < 1)
            return Errors.SetString(PyExc.TypeError, $"unbound method {d.QualName}() needs an argument");
        var self = args[0].AsBorrowed;
        if (!d.CheckSelf(self)) return null;
        return d.Impl(self, args[1..], kwnames);
    }

    [PyGetter("__name__")] static PyObject? GetName(PyMethodDescr d) => PyUnicode.FromString(d.Name);
    [PyGetter("__qualname__")] static PyObject? GetQualName(PyMethodDescr d) => PyUnicode.FromString(d.QualName);
    [PyGetter("__objclass__")] static PyObject? GetObjClass(PyMethodDescr d) => Py.NewRef(d.Owner);
    [PyGetter("__doc__")] static PyObject? GetDoc(PyMethodDescr d) => BuiltinDoc.Doc(d.Name, d.Doc);
    [PyGetter("__text_signature__")] static PyObject? GetTextSignature(PyMethodDescr d) => BuiltinDoc.TextSignature(d.Name, d.Doc);

    /// <summary>descr_reduce: pickled as getattr(owner, name).</summary>
    [PyMethod("__reduce__")]
    static PyObject? Reduce(PyMethodDescr d) => PyCFunction.ReduceToGetattr(d.Owner, d.Name);

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var d = (PyMethodDescr)o;
        return PyUnicode.FromString($"<method '{d.Name}' of '{d.Owner.tp_name}' objects>");
    }
}

// Builtin function attributes (Objects/methodobject.c meth_getsets).
public sealed partial class PyCFunction
{
    [PyGetter("__name__")] static PyObject? GetName(PyCFunction f) => PyUnicode.FromString(f.Name);
    [PyGetter("__qualname__")] static PyObject? GetQualName(PyCFunction f) => PyUnicode.FromString(f.QualName);
    [PyGetter("__self__")] static PyObject? GetSelf(PyCFunction f) => Py.NewRef(f.IsStatic ? Py.None : f.Self ?? Py.None);

    [PyGetter("__doc__")] static PyObject? GetDoc(PyCFunction f) => BuiltinDoc.Doc(f.Name, f.Doc);
    [PyGetter("__text_signature__")] static PyObject? GetTextSignature(PyCFunction f) => BuiltinDoc.TextSignature(f.Name, f.Doc);

    /// <summary>meth_reduce: a module function pickles by name (pickle finds it in its module); a bound one as getattr(self, name).</summary>
    [PyMethod("__reduce__")]
    static PyObject? Reduce(PyCFunction f)
        => f.Self == null || f.Self is PyModule ? PyUnicode.FromString(f.Name) : ReduceToGetattr(f.Self, f.Name);

    internal static PyObject? ReduceToGetattr(PyObject owner, string name)
    {
        var getattr = Interpreter.Builtins.Dict.GetItemString("getattr")!;
        var n = PyUnicode.FromString(name);
        var args = PyTuple.Pack(owner, n);
        Py.DECREF(n);
        var r = PyTuple.Pack(getattr, args);
        Py.DECREF(args);
        return r;
    }
}
