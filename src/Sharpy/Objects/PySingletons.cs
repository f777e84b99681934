using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`None` (Objects/object.c, _Py_NoneStruct).</summary>
[PyType("NoneType", Doc = "The type of the None singleton.")]
public sealed partial class PyNone : PyObject
{
    public static readonly PyNone None = new();
    PyNone() : base(null!) { SetImmortal(); }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self) => PyUnicode.Intern("None");

    [PySlot("nb_bool")]
    static int Bool(PyObject self) => 0;

    /// <summary>A constant hash since 3.12 (none_hash).</summary>
    [PySlot("tp_hash")]
    static long Hash(PyObject self) => 0xFCA86420;

    /// <summary>object's comparison as NoneType's own slot (none_richcompare), since its tp_hash stops the inheritance.</summary>
    [PySlot("tp_richcompare")]
    static PyObject? RichCompare(PyObject self, PyObject other, CompareOp op) => PyBaseObject.ObjectRichCompare(self, other, op);

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (args.Length > 0) return Errors.SetString(PyExc.TypeError, "NoneType takes no arguments");
        return None;
    }
}

/// <summary>`NotImplemented`.</summary>
[PyType("NotImplementedType", Doc = "The type of the NotImplemented singleton.")]
public sealed partial class PyNotImplemented : PyObject
{
    public static readonly PyNotImplemented Instance = new();
    PyNotImplemented() : base(null!) { SetImmortal(); }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self) => PyUnicode.Intern("NotImplemented");

    /// <summary>Using NotImplemented in a boolean context is an error since 3.14.</summary>
    [PySlot("nb_bool")]
    static int Bool(PyObject self)
    {
        Errors.SetString(PyExc.TypeError, "NotImplemented should not be used in a boolean context");
        return -1;
    }

    /// <summary>NotImplementedType() is the singleton (notimplemented_new).</summary>
    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (args.Length > 0) return Errors.SetString(PyExc.TypeError, "NotImplementedType takes no arguments");
        return Instance;
    }

    /// <summary>Pickled by name, so unpickling gives the singleton.</summary>
    [PyMethod("__reduce__")]
    static PyObject? Reduce(PyObject self) => PyUnicode.Intern("NotImplemented");
}

/// <summary>`Ellipsis` (`...`).</summary>
[PyType("ellipsis", Doc = "The type of the Ellipsis singleton.")]
public sealed partial class PyEllipsis : PyObject
{
    public static readonly PyEllipsis Instance = new();
    PyEllipsis() : base(null!) { SetImmortal(); }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self) => PyUnicode.Intern("Ellipsis");

    /// <summary>EllipsisType() is the singleton (ellipsis_new).</summary>
    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (args.Length > 0) return Errors.SetString(PyExc.TypeError, "EllipsisType takes no arguments");
        return Instance;
    }

    /// <summary>Pickled by name, so unpickling gives the singleton.</summary>
    [PyMethod("__reduce__")]
    static PyObject? Reduce(PyObject self) => PyUnicode.Intern("Ellipsis");
}
