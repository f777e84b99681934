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
    /// <summary>
    /// A heap type its module makes at import (PyType_FromModuleAndSpec), with a base known only
    /// then (a class of the stdlib's Python): the generator writes its FillType and FillMethods
    /// for <see cref="Sharpy.Objects.HeapTypeSpec"/>, and no static Type.
    /// </summary>
    public bool FromSpec { get; set; }
}

/// <summary>
/// A method of a builtin type or a function of a builtin module. The C# method is static;
/// the generator writes a wrapper in the vectorcall convention (<c>BuiltinImpl</c>) that
/// parses the call's arguments with CPython's messages and calls it.
/// <para><b>Self.</b> A type's method takes self first: PyObject, or the declaring class or
/// one of its C# base classes (the method descriptor has already checked self's type; the
/// wrapper casts). Class = true: the first parameter is the class (PyType or PyObject).
/// Static = true: no self (the dict holds a staticmethod around a builtin function). A
/// module function receives the module if its first parameter is a PyModule, is a PyObject
/// named <c>module</c>, or precedes the raw (args, kwnames) pair; otherwise it takes none.</para>
/// <para><b>Parameters</b> after self, with what is accepted and the message otherwise:
/// <list type="bullet">
/// <item><c>PyObject x</c>: required, any object (borrowed for the call).</item>
/// <item><c>PyObject? x = null</c>: optional; null when absent (None when None is passed).</item>
/// <item>a [PyType] class, e.g. <c>PyUnicode s</c>, <c>PyTuple? t = null</c>: an instance
///   of that Python type or a subclass; "f() argument 1 must be str, not int".</item>
/// <item><c>long</c>: Py_ssize_t (__index__): "'str' object cannot be interpreted as an
///   integer"; OverflowError "Python int too large to convert to C ssize_t".</item>
/// <item><c>int</c>: C int (__index__): the same, or "Python int too large to convert to C int".</item>
/// <item><c>double</c>: float, __float__ or __index__: "must be real number, not str".</item>
/// <item><c>bool</c>: any object's truth.</item>
/// <item><c>string</c>: a str: "f() argument 'encoding' must be str, not int".</item>
/// <item><c>long? / int? x = null</c>: optional, and None is accepted: null when absent or
///   None (clinic's <c>Py_ssize_t(accept={int, NoneType})</c>); "argument should be integer
///   or None, not 'str'".</item>
/// <item><c>double? x = null</c>: optional; null when absent or None.</item>
/// <item><c>bool? x = null</c>: optional; null when absent (None is false, as any object's truth).</item>
/// <item><c>string? x = null</c>: str or None (clinic's <c>str(accept={str, NoneType})</c>): null
///   when absent or None; "f() argument 'x' must be str or None, not int".</item>
/// <item>a type that implements <see cref="IArgConverter{TSelf}"/>: converted by the type's
///   own <c>Convert</c>, so a converter is written once, beside its type. Options go on the
///   parameter with [ConverterFlags]. The runtime's: <see cref="PathArg"/> (clinic's
///   <c>path_t</c>: str, bytes, os.PathLike, with <c>PathArg.AllowFd</c> an int fd, with
///   <c>PathArg.Nullable</c> None), <see cref="Fildes"/> (an int or an object with
///   fileno()), <see cref="BufferArg"/> (clinic's <c>Py_buffer</c>: a bytes-like object's
///   bytes for the call). A converter that also implements <see cref="IArgCleanup"/> is
///   released after the call. <c>T? x = null</c> makes it optional (null when absent).</item>
/// <item><c>[VarArgs] PyTuple args</c>: *args, the positional arguments past the named ones
///   (a tuple borrowed for the call; empty when there are none).</item>
/// <item><c>[VarKeywords] PyDict? kwargs</c>: **kwargs, the keyword arguments that name no
///   parameter (a dict borrowed for the call, or null when there are none).</item>
/// </list>
/// A C# default value (<c>long maxsplit = -1</c>, <c>string errors = "strict"</c>) makes a
/// parameter optional and is its value when absent. In messages the argument is named as
/// clinic names it: "argument" (the single parameter of a METH_O function), "argument 2"
/// (positional-only), "argument 'sep'" (may be given by keyword).</para>
/// <para><b>Kinds.</b> Parameters are positional-only unless marked [Keyword]
/// (positional-or-keyword) or [KeywordOnly]; in Python's order: positional-only, [Keyword],
/// [VarArgs], [KeywordOnly], [VarKeywords]. The calling convention, and so
/// the messages, follow clinic's choice: no parameters is METH_NOARGS ("list.clear() takes
/// no arguments (1 given)"); one required positional-only parameter is METH_O
/// ("list.append() takes exactly one argument (0 given)"); only positional-only parameters
/// is METH_FASTCALL ("pop expected at most 1 argument, got 2"; "list.pop() takes no keyword
/// arguments"); any [Keyword]/[KeywordOnly] parameter uses getargs' keyword parsing ("split()
/// takes at most 2 arguments (3 given)", "isclose() missing required argument 'b' (pos 2)",
/// "argument for split() given by name ('sep') and position (1)", "split() got an unexpected
/// keyword argument 'sepp'. Did you mean 'sep'?").</para>
/// <para><b>Raw form.</b> A method whose parameters after self are exactly
/// <c>(ReadOnlySpan&lt;StackRef&gt; args, PyTuple? kwnames)</c> receives the call's arguments
/// unparsed (positional, then the values of the keywords named in kwnames); use
/// <see cref="ArgParse"/>'s helpers for CPython's messages. It is the exception: it needs
/// the reason the signature cannot be declared, <c>[PyMethod(Raw = "...")]</c>.</para>
/// <para><b>Result</b> (clinic's return converters): <c>PyObject?</c>, a new reference or
/// null with an exception set; <c>void</c>, None (cannot fail); <c>bool</c>, True or False
/// (cannot fail; a predicate that can fail returns PyObject?); <c>long</c> and <c>int</c>,
/// an int, and <c>double</c>, a float, where -1 with an exception set is an error, as in
/// CPython. Unsupported signatures are compile errors (SHARPY001).</para>
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
    /// <summary>
    /// __text_signature__ where CPython's differs from the one generated from the C# signature
    /// ("($self, sub[, start[, end]], /)"); "" for none. Generated: "$self", "$type" or
    /// "$module" first, the positional-only parameters and "/", the [Keyword] ones, "*args" or
    /// "*", the [KeywordOnly] ones, "**kwargs"; defaults as Python's repr of the C# default.
    /// __doc__ is Doc, the text after the signature (CPython's "name(sig)\n--\n\n" form).
    /// </summary>
    public string? TextSignature { get; set; }
    /// <summary>Why the method takes the raw (args, kwnames) form instead of a declared signature.</summary>
    public string? Raw { get; set; }
    /// <summary>
    /// CPython's METH_VARARGS|METH_KEYWORDS without vectorcall: PyObject_Call hands such a
    /// function the `**` dict unchecked, so `f(**{1: 2})` reaches it (its [VarKeywords] dict
    /// holds the non-str key) instead of raising "keywords must be strings".
    /// </summary>
    public bool KeywordDict { get; set; }
}

/// <summary>
/// Fills a type slot, named as the PyType field (CPython's name): [PySlot("tp_repr")],
/// [PySlot("nb_add")], [PySlot("sq_contains")]. The static method has the slot's delegate
/// signature. The type also gets the matching wrapper descriptors (`__repr__`, `__add__`
/// and `__radd__`) in its dict, as CPython's add_operators does.
/// <para>tp_new and tp_init may instead be declared like a [PyMethod], as clinic declares
/// __new__ and __init__: <c>static PyObject? New(PyType type, PyObject? iterable = null)</c>,
/// <c>static int Init(PyList self, PyObject? iterable = null)</c> (0, or -1 with an exception
/// set). The generator writes the slot function, with the messages clinic's gives, named by
/// the type ("list expected at most 1 argument, got 2"); positional-only parameters refuse
/// keywords only for the type itself or a subclass that keeps its tp_init (for tp_new) or
/// tp_new (for tp_init). The slot's own form (type or self, args, kwnames) states why with
/// Raw = "...".</para>
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class PySlotAttribute(string slot) : Attribute
{
    public string Slot { get; } = slot;
    /// <summary>Why a tp_new or tp_init takes its arguments unparsed instead of a declared signature.</summary>
    public string? Raw { get; set; }
}

/// <summary>
/// A member of a builtin type (a PyMemberDef of type Py_T_OBJECT, a member_descriptor): the
/// object field <paramref name="field"/> (`PyObject?`, of the class or a base class) read and
/// written through the type's dict. Unset reads as None and deleting unsets it; ReadOnly
/// members refuse assignment ("readonly attribute"). Declared on the class, once per member,
/// so that a subclass can expose a base class's field (UnicodeEncodeError.start).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class PyMemberAttribute(string name, string field) : Attribute
{
    public string Name { get; } = name;
    public string Field { get; } = field;
    public string? Doc { get; set; }
    public bool ReadOnly { get; set; }
}

/// <summary>
/// A data descriptor on a builtin type (a getset_descriptor): the static getter
/// `PyObject? Get(T self)` (a new reference, or null with an exception set) and an optional
/// [PySetter] of the same name, `int Set(T self, PyObject? value)` (value null deletes; 0,
/// or -1 with an exception set). Without a setter, assignment raises AttributeError
/// "attribute 'x' of 'T' objects is not writable".
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
/// the module's functions (builtin functions whose self is the module), its [PyConstant]
/// members its constants and other attributes. The generator gives the class `static
/// PyModule? CreateModule()`, which makes the module, adds the functions and constants, then
/// calls the class's own `static void InitModule(PyModule m)` (or `static int
/// InitModule(PyModule m)`, -1 with an exception set on error) if it has one, for what
/// cannot be declared (state that depends on the process, such as sys's streams). Every declared module is listed in the generated
/// `Sharpy.Modules.BuiltinModules.Table`, which `BuiltinModules.Create(name)` uses.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PyModuleAttribute(string name) : Attribute
{
    public string Name { get; } = name;
    public string? Doc { get; set; }
}

/// <summary>
/// The parameter may also be passed by keyword, by the C# name or <paramref name="name"/>
/// (for Python names that are C# keywords or styled differently).
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class KeywordAttribute(string? name = null) : Attribute
{
    public string? Name { get; } = name;
}

/// <summary>The parameter may only be passed by keyword (by the C# name or <paramref name="name"/>).</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class KeywordOnlyAttribute(string? name = null) : Attribute
{
    public string? Name { get; } = name;
}

/// <summary>*args: the parameter (<c>PyTuple args</c>) receives the extra positional arguments.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class VarArgsAttribute : Attribute
{
}

/// <summary>**kwargs: the parameter (<c>PyDict? kwargs</c>) receives the keyword arguments that name no parameter.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class VarKeywordsAttribute : Attribute
{
}

/// <summary>
/// Options for an <see cref="IArgConverter{TSelf}"/> parameter, passed to its Convert as
/// <see cref="ArgContext.Flags"/>; the converter type defines them as constants
/// (<c>[ConverterFlags(PathArg.AllowFd | PathArg.Nullable)] PathArg path</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ConverterFlagsAttribute(int flags) : Attribute
{
    public int Flags { get; } = flags;
}

/// <summary>
/// A module attribute, added when the module is created (PyModule_AddIntConstant and
/// friends). On a <c>const</c> or <c>static readonly</c> field of type long, int, double,
/// bool or string (an int, float, bool or str): <c>[PyConstant] public const int ENOENT = 2;</c>.
/// On a static get-only property, also of a PyObject type, which returns a new reference
/// (the module takes it): <c>[PyConstant("ref")] static PyObject Ref => Py.NewRef(PyWeakReference.Type);</c>.
/// The Python name is the C# name unless given.
/// </summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property, Inherited = false)]
public sealed class PyConstantAttribute(string? name = null) : Attribute
{
    public string? Name { get; } = name;
}
