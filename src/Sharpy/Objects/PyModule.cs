using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

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
        Dict.SetItemString("__doc__", Py.None);
        Dict.SetItemString("__package__", Py.None);
        Dict.SetItemString("__loader__", Py.None);
        Dict.SetItemString("__spec__", Py.None);
    }

    /// <summary>module.__new__: an empty module whose __init__ names it; made by Python code
    /// (types.ModuleType(name)), so it is not a built-in one.</summary>
    PyModule(PyType type) : base(type)
    {
        Dict = PyDict.New();
        _madeByPython = true;
    }

    readonly bool _madeByPython;

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new PyModule(type);

    static readonly ArgParse.Parser s_initParser = new("module", 0, ["name", "doc"], 1, 2, 0);

    /// <summary>module___init__(name, doc=None).</summary>
    [PySlot("tp_init")]
    static int Init(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var values = new PyObject?[2];
        if (!ArgParse.UnpackKeywords(args, kwnames, s_initParser, values)) return -1;
        if (values[0] is not PyUnicode name)
        {
            Errors.SetString(PyExc.TypeError, $"module() argument 'name' must be str, not {values[0]!.ob_type.tp_name}");
            return -1;
        }
        var d = ((PyModule)self).Dict;
        if (d.SetItemString("__name__", name) < 0 || d.SetItemString("__doc__", values[1] ?? Py.None) < 0
            || d.SetItemString("__package__", Py.None) < 0 || d.SetItemString("__loader__", Py.None) < 0
            || d.SetItemString("__spec__", Py.None) < 0)
            return -1;
        return 0;
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
        if (m._madeByPython) return PyUnicode.FromString($"<module '{m.NameForMessages}'>");
        return PyUnicode.FromString($"<module '{m.NameForMessages}' (built-in)>");
    }

    protected internal override void ReleaseReferences() => Py.DECREF(Dict);

    protected internal override void Traverse(Visitor visit) => visit(Dict);
}
