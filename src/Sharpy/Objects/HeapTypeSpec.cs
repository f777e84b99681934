using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// PyType_FromModuleAndSpec: a heap type that a module makes at import for a C# class declared
/// [PyType(FromSpec = true)], because its base is known only then (`_zoneinfo.ZoneInfo` derives
/// from `datetime.tzinfo`, a class of the stdlib's `_pydatetime`). As in CPython, tp_name keeps
/// the dotted name ("zoneinfo.ZoneInfo", what reprs and messages show), `__name__` is the part
/// after the last dot and `__module__` the part before it.
/// </summary>
public static class HeapTypeSpec
{
    /// <summary>
    /// The new type (a new reference), or null with an exception set. <paramref name="fillType"/>
    /// and <paramref name="fillMethods"/> are the generated FillType and FillMethods of the class;
    /// <paramref name="addMembers"/> adds its member descriptors (PyMemberDef).
    /// </summary>
    public static PyType? New(string name, Type instanceClass, PyType @base, Action<PyType> fillType, Action<PyType> fillMethods,
        Action<PyType>? addMembers, bool baseType, bool immutable)
    {
        if ((@base.tp_flags & TypeFlags.BaseType) == 0)
            return (PyType?)Errors.SetString(PyExc.TypeError, $"type '{@base.tp_name}' is not an acceptable base type");
        int dot = name.LastIndexOf('.');
        var t = new PyType(PyType.Type, name, instanceClass)
        {
            tp_flags = TypeFlags.HeapType | TypeFlags.HaveGC
                | (baseType ? TypeFlags.BaseType : TypeFlags.None) | (immutable ? TypeFlags.ImmutableType : TypeFlags.None),
            tp_base = Py.NewRef(@base),
            tp_bases = PyTuple.Pack(@base),
            tp_dict = PyDict.New(),
            HeapName = dot < 0 ? name : name[(dot + 1)..],
        };
        t.HeapQualName = t.HeapName;
        t.SupportsWeakRefs = typeof(IWeakReferenceable).IsAssignableFrom(instanceClass);
        // The dict in type_ready's order: the slots' wrappers, the methods, the members, then __doc__ and __module__.
        fillType(t);
        SlotDefs.AddOperators(t);
        fillMethods(t);
        addMembers?.Invoke(t);
        if (t.tp_dict.GetItemString("__doc__") == null) t.tp_dict.SetItemString("__doc__", Py.None);
        if (dot >= 0) t.tp_dict.SetItemStringSteal("__module__", PyUnicode.FromString(name[..dot]));
        var mro = PyType.MroInternal(t);
        if (mro == null)
        {
            Py.DECREF(t);
            return null;
        }
        @base.AddSubclass(t);
        t.tp_mro = mro;
        TypeReady.InheritSlots(t);
        t.tp_flags |= TypeFlags.Ready;
        return t;
    }
}
