using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Functools;

/// <summary>`functools._PlaceholderType`: the type of the Placeholder singleton that reserves a positional slot in partial (3.14).</summary>
[PyType("functools._PlaceholderType")]
public sealed partial class Placeholder : PyObject
{
    static Placeholder? s_instance;

    /// <summary>The singleton, immortal and shared by interpreters as CPython's.</summary>
    public static Placeholder Instance => s_instance ??= MakeInstance();

    Placeholder() : base(Type) { }

    static Placeholder MakeInstance()
    {
        var p = new Placeholder();
        p.SetImmortal();
        return p;
    }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (args.Length != 0) return Errors.SetString(PyExc.TypeError, "PlaceholderType takes no arguments");
        return Instance;
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self) => PyUnicode.FromString("Placeholder");

    [PyMethod("__reduce__")]
    static PyObject? Reduce(Placeholder self) => PyUnicode.FromString("Placeholder");
}
