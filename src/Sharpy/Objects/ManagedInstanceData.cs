using System;
using System.Runtime.CompilerServices;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// The `__dict__`, weak-reference list and `__slots__` values of an instance of a class
/// statement's type whose builtin base's C# class has no field for them: a subclass of dict,
/// list, int, str, tuple, weakref.ref ... CPython extends such an instance's layout
/// (tp_dictoffset, tp_weaklistoffset, the slot members after the base's fields; 3.12's
/// Py_TPFLAGS_MANAGED_DICT keeps the dict before the object). Here they live beside the
/// object, in a table of the interpreter keyed by the object, made on first use. Types whose
/// instances use it have <see cref="PyType.HasManagedData"/>; the collector traverses and
/// clears it with the object (subtype_traverse, subtype_clear) and <see cref="Dealloc"/>
/// releases it when the object dies (subtype_dealloc).
/// </summary>
public sealed class ManagedInstanceData : IWeakReferenceable
{
    public PyDict? Dict;
    public PyWeakReference? WeakRefList { get; set; }
    /// <summary>The values of the `__slots__` members (null when the type has none).</summary>
    public PyObject?[]? Slots;

    /// <summary>Whether the instances of a heap type's builtin base (not `object`: see <see cref="Needed"/>)
    /// keep a `__dict__` of their own: the cases <see cref="GenericAttr.InstanceDict"/> knows, and
    /// builtins declaring a `__dict__`.</summary>
    static bool HasOwnDict(PyType t)
    {
        var c = t.InstanceClass;
        if (typeof(PyBaseException).IsAssignableFrom(c) || c == typeof(PyFunction) || c == typeof(PyModule) || c == typeof(PyStaticMethod) || c == typeof(PyClassMethod)
            || c == typeof(PyNamespace))
            return true;
        for (var b = t.tp_base; b != null; b = b.tp_base)
            if (!b.IsHeapType) return b.tp_dict.GetItemString("__dict__") != null;
        return false;
    }

    /// <summary>Whether a heap type's instances need this table for their dict, weakrefs or slots.</summary>
    public static bool Needed(PyType t)
    {
        var c = t.InstanceClass;
        // object's tp_alloc makes a PyInstance, which has fields for all three.
        if (c == typeof(PyBaseObject) || c == typeof(PyInstance)) return false;
        if (t.HasInstanceDict && !HasOwnDict(t)) return true;
        if (t.SupportsWeakRefs && !typeof(IWeakReferenceable).IsAssignableFrom(c)) return true;
        return t.SlotCount > 0;
    }

    static ConditionalWeakTable<PyObject, ManagedInstanceData> Table => Interpreter.Current.ManagedData;

    public static ManagedInstanceData? Find(PyObject o) => Table.TryGetValue(o, out var d) ? d : null;

    /// <summary>The object's data, made on first use.</summary>
    public static ManagedInstanceData Of(PyObject o)
    {
        var table = Table;
        if (table.TryGetValue(o, out var d)) return d;
        d = new ManagedInstanceData();
        table.Add(o, d);
        return d;
    }

    /// <summary>The slot values of <paramref name="o"/> (its type has `__slots__` members).</summary>
    public static PyObject?[] SlotsOf(PyObject o)
    {
        var d = Of(o);
        return d.Slots ??= new PyObject?[o.ob_type.SlotCount];
    }

    /// <summary>The holder of the object's weakref list, or null when it has none (yet, unless <paramref name="create"/>).</summary>
    public static IWeakReferenceable? WeakRefHolder(PyObject o, bool create)
    {
        if (o is IWeakReferenceable w) return w;
        if (!o.ob_type.HasManagedData) return null;
        return create ? Of(o) : Find(o);
    }

    public static void Traverse(PyObject o, Visitor visit)
    {
        if (Find(o) is not { } d) return;
        if (d.Dict != null) GenericAttr.TraverseInstanceDict(d.Dict, visit);
        if (d.Slots != null)
            foreach (var v in d.Slots)
                if (v != null) visit(v);
    }

    /// <summary>subtype_clear: drop the slot values and the dict.</summary>
    public static void Clear(PyObject o)
    {
        if (Find(o) is not { } d) return;
        if (d.Slots != null)
            for (int i = 0; i < d.Slots.Length; i++) Py.CLEAR(ref d.Slots[i]);
        Py.CLEAR(ref d.Dict);
    }

    /// <summary>The object is dying (its weak references already cleared): forget its data and release what it held.</summary>
    public static void Release(PyObject o)
    {
        var table = Table;
        if (!table.TryGetValue(o, out var d)) return;
        table.Remove(o);
        if (d.Slots != null)
            for (int i = 0; i < d.Slots.Length; i++) Py.CLEAR(ref d.Slots[i]);
        Py.CLEAR(ref d.Dict);
    }
}
