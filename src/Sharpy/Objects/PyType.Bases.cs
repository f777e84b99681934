using System.Collections.Generic;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// A class's MRO as its metaclass computes it (mro_internal, mro_check), assignment to
/// `__bases__` (type_set_bases, mro_hierarchy) and the layout check that it and `__class__`
/// assignment share (compatible_for_assignment), from Objects/typeobject.c.
/// </summary>
public sealed partial class PyType
{
    public void RemoveSubclass(PyType sub)
        => _subclasses.RemoveAll(w => !w.TryGetTarget(out var t) || t == sub);

    /// <summary>
    /// mro_internal: the MRO a class gets, as a new tuple: C3 (type.mro), or what an overriding
    /// `mro()` of its metaclass returns, checked (mro_check). Null with an exception set.
    /// </summary>
    internal static PyTuple? MroInternal(PyType t)
    {
        if (t.ob_type == Type) return TypeReady.ComputeMro(t);
        var meth = TypeLookup.Lookup(t.ob_type, "mro");
        if (meth == null || meth == Type.tp_dict.GetItemString("mro")) return TypeReady.ComputeMro(t);
        PyObject? result;
        Py.INCREF(meth);
        if (meth.ob_type.tp_descr_get is { } get)
        {
            var bound = get(meth, t, t.ob_type);
            Py.DECREF(meth);
            if (bound == null) return null;
            result = Calls.CallNoArgs(bound);
            Py.DECREF(bound);
        }
        else
        {
            result = Calls.CallOneArg(meth, t);
            Py.DECREF(meth);
        }
        if (result == null) return null;
        var mro = PyTuple.FromIterable(result);
        Py.DECREF(result);
        if (mro == null) return null;
        var solid = ClassSlots.SolidBase(t);
        foreach (var item in mro.Items)
        {
            if (item is not PyType b)
            {
                Errors.SetString(PyExc.TypeError, $"mro() returned a non-class ('{item.ob_type.tp_name}')");
                Py.DECREF(mro);
                return null;
            }
            if (!Abstract.IsSubtype(solid, ClassSlots.SolidBase(b)))
            {
                Errors.SetString(PyExc.TypeError, $"mro() returned base with unsuitable layout ('{b.tp_name}')");
                Py.DECREF(mro);
                return null;
            }
        }
        return mro;
    }

    /// <summary>type_set_bases: new bases whose layout matches, then the MROs of the class and its subclasses recomputed (all undone on failure).</summary>
    [PySetter("__bases__")]
    static int SetBases(PyType type, PyObject? value)
    {
        if (!CheckSetSpecial(type, value, "__bases__")) return -1;
        if (value is not PyTuple newBases)
        {
            Errors.SetString(PyExc.TypeError, $"can only assign tuple to {type.tp_name}.__bases__, not {value!.ob_type.tp_name}");
            return -1;
        }
        if (newBases.Count == 0)
        {
            Errors.SetString(PyExc.TypeError, $"can only assign non-empty tuple to {type.tp_name}.__bases__, not ()");
            return -1;
        }
        foreach (var ob in newBases.Items)
        {
            if (ob is not PyType b)
            {
                Errors.SetString(PyExc.TypeError, $"{type.tp_name}.__bases__ must be tuple of classes, not '{ob.ob_type.tp_name}'");
                return -1;
            }
            if (Abstract.IsSubtype(b, type) || BaseChainReaches(b, type))
            {
                Errors.SetString(PyExc.TypeError, "a __bases__ item causes an inheritance cycle");
                return -1;
            }
        }
        var best = ClassBuilder.BestBase(newBases);
        if (best == null) return -1;
        if (!CompatibleForAssignment(type.tp_base!, best, "__bases__")) return -1;

        var oldBases = type.tp_bases;
        var oldBase = type.tp_base;
        type.tp_bases = Py.NewRef(newBases);
        type.tp_base = Py.NewRef(best);
        var changed = new List<(PyType Cls, PyTuple NewMro, PyTuple? OldMro)>();
        if (MroHierarchy(type, changed) < 0)
        {
            for (int i = changed.Count - 1; i >= 0; i--)
            {
                var (cls, newMro, oldMro) = changed[i];
                if (cls.tp_mro != newMro) continue;
                cls.tp_mro = oldMro!;
                Py.DECREF(newMro);
            }
            if (type.tp_bases == newBases)
            {
                type.tp_bases = oldBases;
                type.tp_base = oldBase;
                Py.DECREF(newBases);
                Py.DECREF(best);
            }
            else
            {
                Py.DECREF(oldBases);
                Py.XDECREF(oldBase);
            }
            return -1;
        }
        foreach (var c in changed) Py.XDECREF(c.OldMro);
        // A custom mro() may have assigned __bases__ again; the latest assignment wins.
        if (type.tp_bases == newBases)
        {
            foreach (var b in oldBases.Items) ((PyType)b).RemoveSubclass(type);
            foreach (var b in newBases.Items) ((PyType)b).AddSubclass(type);
            UpdateAllSlots(type);
        }
        Py.DECREF(oldBases);
        Py.XDECREF(oldBase);
        return 0;
    }

    /// <summary>type_is_subtype_base_chain: b reaches type through tp_base links (a cycle in the making).</summary>
    static bool BaseChainReaches(PyType b, PyType type)
    {
        for (var t = b; t != null; t = t.tp_base)
            if (t == type) return true;
        return false;
    }

    /// <summary>mro_hierarchy: a new MRO for the class, then for each subclass; each change recorded for undoing.</summary>
    static int MroHierarchy(PyType type, List<(PyType, PyTuple, PyTuple?)> changed)
    {
        var oldMro = type.tp_mro;
        var newMro = MroInternal(type);
        if (newMro == null) return -1;
        type.tp_mro = newMro;
        changed.Add((type, newMro, oldMro));
        foreach (var sub in type.Subclasses())
            if (MroHierarchy(sub, changed) < 0) return -1;
        return 0;
    }

    /// <summary>update_all_slots: every slot of the class and its subclasses recomputed from their new MROs.</summary>
    static void UpdateAllSlots(PyType type)
    {
        SlotDefs.FixupSlots(type);
        foreach (var sub in type.Subclasses()) UpdateAllSlots(sub);
    }

    /// <summary>
    /// compatible_for_assignment: instances of <paramref name="oldto"/> can become instances of
    /// <paramref name="newto"/> when both lay out the same members, __dict__ and __weakref__.
    /// </summary>
    internal static bool CompatibleForAssignment(PyType oldto, PyType newto, string attr)
    {
        // tp_free: garbage-collected instances are freed differently from the others.
        if ((newto.tp_flags & TypeFlags.HaveGC) != (oldto.tp_flags & TypeFlags.HaveGC))
        {
            Errors.SetString(PyExc.TypeError, $"{attr} assignment: '{newto.tp_name}' deallocator differs from '{oldto.tp_name}'");
            return false;
        }
        var newbase = newto;
        var oldbase = oldto;
        while (CompatibleWithBase(newbase)) newbase = newbase.tp_base!;
        while (CompatibleWithBase(oldbase)) oldbase = oldbase.tp_base!;
        if ((newbase == oldbase || newbase.tp_base == oldbase.tp_base && SameSlotsAdded(newbase, oldbase))
            && newto.InstanceClass == oldto.InstanceClass
            && newto.HasInstanceDict == oldto.HasInstanceDict && newto.SupportsWeakRefs == oldto.SupportsWeakRefs)
            return true;
        Errors.SetString(PyExc.TypeError, $"{attr} assignment: '{newto.tp_name}' object layout differs from '{oldto.tp_name}'");
        return false;
    }

    /// <summary>compatible_with_tp_base: the class adds nothing to its base's instance layout.</summary>
    static bool CompatibleWithBase(PyType c)
    {
        var b = c.tp_base;
        return b != null && c.InstanceClass == b.InstanceClass && c.SlotCount == b.SlotCount
            && c.HasInstanceDict == b.HasInstanceDict && c.SupportsWeakRefs == b.SupportsWeakRefs;
    }

    /// <summary>same_slots_added: two classes of one base that add the same `__slots__` members.</summary>
    static bool SameSlotsAdded(PyType a, PyType b)
    {
        if (!a.IsHeapType || !b.IsHeapType || a.InstanceClass != b.InstanceClass || a.SlotCount != b.SlotCount) return false;
        var na = OwnSlotNames(a);
        var nb = OwnSlotNames(b);
        if (na.Count != nb.Count) return false;
        for (int i = 0; i < na.Count; i++)
            if (na[i] != nb[i]) return false;
        return true;
    }

    static List<string> OwnSlotNames(PyType t)
    {
        var names = new List<string>();
        int pos = 0;
        while (t.tp_dict.Next(ref pos, out var k, out var v))
            if (v is PyMemberDescr m && m.SlotIndex >= 0 && m.Owner == t) names.Add(m.Name);
        names.Sort(string.CompareOrdinal);
        return names;
    }
}
