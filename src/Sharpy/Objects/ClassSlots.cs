using System;
using System.Collections.Generic;
using Sharpy.Compiler;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// type_new's `__slots__` handling (type_new_slots, type_new_visit_slots, type_new_copy_slots):
/// which members a class statement's instances store, and whether they get a `__dict__` and
/// a `__weakref__`.
/// </summary>
static class ClassSlots
{
    /// <summary>What a class's namespace asks its instances to hold.</summary>
    public sealed class Layout
    {
        /// <summary>Own members, mangled and sorted (ht_slots), without `__dict__` and `__weakref__`.</summary>
        public readonly List<string> Members = new();
        public bool AddDict, AddWeak;
    }

    /// <summary>Read `__slots__` of the new type's namespace; null with an exception set. Conflicts are
    /// checked against the class body's namespace <paramref name="ns"/> (not the `__doc__` that type_new adds).</summary>
    public static Layout? Compute(PyType t, PyDict ns, PyType baseType, PyTuple bases)
    {
        var layout = new Layout();
        bool mayAddDict = !baseType.HasInstanceDict;
        bool mayAddWeak = !baseType.SupportsWeakRefs && !IsVariableSize(baseType);
        var slotsObj = t.tp_dict.GetItemString("__slots__");
        if (slotsObj == null)
        {
            layout.AddDict = mayAddDict;
            layout.AddWeak = mayAddWeak;
            return layout;
        }
        var slots = slotsObj is PyUnicode ? PyTuple.Pack(slotsObj) : SequenceTuple(slotsObj);
        if (slots == null) return null;
        try
        {
            if (slots.Count > 0 && IsVariableSize(baseType))
            {
                Errors.SetString(PyExc.TypeError, $"nonempty __slots__ not supported for subtype of '{baseType.tp_name}'");
                return null;
            }
            foreach (var item in slots.Items)
            {
                if (item is not PyUnicode name)
                {
                    Errors.SetString(PyExc.TypeError, $"__slots__ items must be strings, not '{item.ob_type.tp_name}'");
                    return null;
                }
                if (!PyUnicode.IsIdentifierValue(name))
                {
                    Errors.SetString(PyExc.TypeError, "__slots__ must be identifiers");
                    return null;
                }
                if (name.Value == "__dict__")
                {
                    if (!mayAddDict || layout.AddDict)
                    {
                        Errors.SetString(PyExc.TypeError, "__dict__ slot disallowed: we already got one");
                        return null;
                    }
                    layout.AddDict = true;
                }
                else if (name.Value == "__weakref__")
                {
                    if (!mayAddWeak || layout.AddWeak)
                    {
                        Errors.SetString(PyExc.TypeError, "__weakref__ slot disallowed: we already got one");
                        return null;
                    }
                    layout.AddWeak = true;
                }
                else
                {
                    var mangled = Symtable.Mangle(t.Name, name.Value);
                    if (mangled != "__qualname__" && mangled != "__classcell__" && mangled != "__classdictcell__"
                        && ns.GetItemString(mangled) != null)
                    {
                        Errors.SetString(PyExc.ValueError, $"{Abstract.ReprString(PyUnicode.Intern(mangled))} in __slots__ conflicts with class variable");
                        return null;
                    }
                    layout.Members.Add(mangled);
                }
            }
        }
        finally
        {
            Py.DECREF(slots);
        }
        layout.Members.Sort(string.CompareOrdinal);
        // A secondary base may provide the __dict__ or __weakref__ the slots left out.
        foreach (var b in bases.Items)
        {
            var bt = (PyType)b;
            if (bt == baseType) continue;
            if (mayAddDict && !layout.AddDict && bt.HasInstanceDict) layout.AddDict = true;
            if (mayAddWeak && !layout.AddWeak && bt.SupportsWeakRefs) layout.AddWeak = true;
        }
        return layout;
    }

    /// <summary>Add the member descriptors of the layout's own members to the new type.</summary>
    public static void AddMembers(PyType t, PyType baseType, Layout layout)
    {
        t.SlotCount = baseType.SlotCount + layout.Members.Count;
        for (int i = 0; i < layout.Members.Count; i++)
        {
            var descr = new PyMemberDescr(t, layout.Members[i], baseType.SlotCount + i);
            t.tp_dict.SetItemString(layout.Members[i], descr);
            Py.DECREF(descr);
        }
    }

    /// <summary>
    /// solid_base: the type whose instance layout a type's instances have: the nearest base
    /// that adds members or is a different C# class.
    /// </summary>
    public static PyType SolidBase(PyType t)
    {
        while (t.tp_base != null && t.SlotCount == t.tp_base.SlotCount && t.InstanceClass == t.tp_base.InstanceClass)
            t = t.tp_base;
        return t;
    }

    /// <summary>Types whose instances have a variable size in CPython (tp_itemsize != 0).</summary>
    static bool IsVariableSize(PyType t) => typeof(PyLong).IsAssignableFrom(t.InstanceClass)
        || typeof(PyTuple).IsAssignableFrom(t.InstanceClass) || typeof(PyBytes).IsAssignableFrom(t.InstanceClass);

    static PyTuple? SequenceTuple(PyObject o)
    {
        if (o is PyTuple tup) return Py.NewRef(tup);
        var it = Abstract.GetIter(o);
        if (it == null) return null;
        var items = new List<PyObject>();
        while (true)
        {
            var item = Abstract.IterNext(it);
            if (item == null) break;
            items.Add(item);
        }
        Py.DECREF(it);
        if (Errors.Occurred())
        {
            foreach (var i in items) Py.DECREF(i);
            return null;
        }
        return PyTuple.FromStolen(items.ToArray());
    }
}
