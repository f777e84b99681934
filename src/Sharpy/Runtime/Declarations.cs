using System;

namespace Sharpy.Runtime;

// The attributes that declare builtin types and modules (DESIGN.md invariant 6). The source
// generator in src/Sharpy.Generators reads them and emits the type tables, the module
// tables and the argument parsing, so nothing is registered by hand and nothing is
// reflected on at run time.

/// <summary>
/// Declares a builtin type on a `partial` C# class derived from PyObject. The generator
/// gives the class `public static PyType Type` and fills its slots and methods.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PyTypeAttribute(string name) : Attribute
{
    /// <summary>tp_name, e.g. "int" or "_weakref.ReferenceType".</summary>
    public string Name { get; } = name;
    /// <summary>The Python base type's C# class; by default the nearest [PyType] C# base class, else object.</summary>
    public Type? Base { get; set; }
    /// <summary>Py_TPFLAGS_BASETYPE: Python classes may derive from it.</summary>
    public bool BaseType { get; set; }
    public string? Doc { get; set; }
}

/// <summary>
/// A method of a builtin type or a function of a builtin module. The C# method is static.
/// For a type's method the first parameter is `self` (PyObject or the declaring class).
/// Other parameters: `PyObject` (required), `PyObject? x = null` (optional), or the C# types
/// long/int/double/bool/string (converted with CPython's messages). Parameters are
/// positional-only unless marked [Keyword] or [KeywordOnly]. A method whose parameters
/// after self are exactly `(ReadOnlySpan&lt;StackRef&gt; args, PyTuple? kwnames)` receives the
/// call's arguments unparsed. The return type is PyObject? (a new reference, or null with
/// an exception set).
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class PyMethodAttribute(string? name = null) : Attribute
{
    /// <summary>The Python name; by default the C# name.</summary>
    public string? Name { get; } = name;
    public string? Doc { get; set; }
    /// <summary>A classmethod: the first parameter receives the type.</summary>
    public bool Class { get; set; }
    /// <summary>A staticmethod: no self parameter.</summary>
    public bool Static { get; set; }
}

/// <summary>
/// Fills a type slot, named as the PyType field (CPython's name): [PySlot("tp_repr")],
/// [PySlot("nb_add")], [PySlot("sq_contains")]. The static method has the slot's delegate
/// signature. The type also gets the matching wrapper descriptors (`__repr__`, `__add__`
/// and `__radd__`) in its dict, as CPython's add_operators does.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class PySlotAttribute(string slot) : Attribute
{
    public string Slot { get; } = slot;
}

/// <summary>
/// A data descriptor on a builtin type (a getset): the static getter `PyObject? Get(T self)`
/// and optional setter `int Set(T self, PyObject? value)` (value null deletes).
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class PyGetterAttribute(string name) : Attribute
{
    public string Name { get; } = name;
    public string? Doc { get; set; }
}

[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class PySetterAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>
/// Declares a builtin module on a static partial class; its [PyMethod] static methods are
/// the module's functions.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PyModuleAttribute(string name) : Attribute
{
    public string Name { get; } = name;
    public string? Doc { get; set; }
}

/// <summary>The parameter may also be passed by keyword.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class KeywordAttribute : Attribute { }

/// <summary>The parameter may only be passed by keyword.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class KeywordOnlyAttribute : Attribute { }
