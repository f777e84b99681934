using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// `typing.Generic` (Objects/typevarobject.c): the base of generic classes. Subscripting it and
/// subclassing it are done by typing.py (`_generic_class_getitem`, `_generic_init_subclass`), as
/// CPython does. Its instances are plain objects (CPython's basicsize is object's), so this C#
/// class only declares the type: <see cref="TypingSupport.InitTypes"/> makes its instance layout object's.
/// </summary>
[PyType("typing.Generic", BaseType = true, Doc = GenericDoc)]
public sealed partial class PyGeneric : PyBaseObject
{
    const string GenericDoc = "Abstract base class for generic types.\n\n"
        + "On Python 3.12 and newer, generic classes implicitly inherit from\n"
        + "Generic when they declare a parameter list after the class's name::\n\n"
        + "    class Mapping[KT, VT]:\n"
        + "        def __getitem__(self, key: KT) -> VT:\n"
        + "            ...\n"
        + "        # Etc.\n\n"
        + "On older versions of Python, however, generic classes have to\n"
        + "explicitly inherit from Generic.\n\n"
        + "After a class has been declared to be generic, it can then be used as\n"
        + "follows::\n\n"
        + "    def lookup_name[KT, VT](mapping: Mapping[KT, VT], key: KT, default: VT) -> VT:\n"
        + "        try:\n"
        + "            return mapping[key]\n"
        + "        except KeyError:\n"
        + "            return default\n";

    PyGeneric(PyType type) : base(type) { }

    [PyMethod("__class_getitem__", Class = true, KeywordDict = true, Doc = "Parameterizes a generic class.\n\nAt least, parameterizing a generic class is the *main* thing this\nmethod does.  For example, for some generic class `Foo`, this is\ncalled when we do `Foo[int]` - there, with `cls=Foo` and\n`params=int`.\n\nHowever, note that this method is also called when defining generic\nclasses in the first place with `class Foo[T]: ...`.")]
    static PyObject? ClassGetItem(PyType cls, [VarArgs] PyTuple args, [VarKeywords] PyDict? kwargs)
        => CallTyping("_generic_class_getitem", cls, args, kwargs);

    [PyMethod("__init_subclass__", Class = true, KeywordDict = true, Doc = "Function to initialize subclasses.")]
    static PyObject? InitSubclass(PyType cls, [VarArgs] PyTuple args, [VarKeywords] PyDict? kwargs)
        => CallTyping("_generic_init_subclass", cls, args, kwargs);

    /// <summary>call_typing_args_kwargs: typing.NAME(cls, *args, **kwargs).</summary>
    static PyObject? CallTyping(string name, PyType cls, PyTuple args, PyDict? kwargs)
    {
        var func = TypingSupport.TypingAttr(name);
        if (func == null) return null;
        var all = new PyObject[args.Count + 1];
        all[0] = Py.NewRef(cls);
        for (int i = 0; i < args.Count; i++) all[i + 1] = Py.NewRef(args.Items[i]);
        var t = PyTuple.FromStolen(all);
        var r = Calls.CallTuple(func, t, kwargs);
        Py.DECREF(t);
        Py.DECREF(func);
        return r;
    }

    /// <summary>_Py_subscript_generic (INTRINSIC_SUBSCRIPT_GENERIC): `class C[T]` gets the base typing._GenericAlias(Generic, params).</summary>
    public static PyObject? SubscriptGeneric(PyObject ps)
    {
        var unpacked = TypingSupport.UnpackTypeVarTuples((PyTuple)ps);
        if (unpacked == null) return null;
        var r = TypingSupport.CallTypingFunc("_GenericAlias", Type, unpacked);
        Py.DECREF(unpacked);
        return r;
    }
}
