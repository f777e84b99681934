using System;
using System.Collections.Generic;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// Making a type usable (CPython's PyType_Ready): its MRO, its dict, the slots it inherits
/// from its bases, and the wrapper descriptors for its slots.
/// </summary>
public static class TypeReady
{
    /// <summary>A static (builtin) type object, before <see cref="Ready"/>; called by generated code.</summary>
    public static PyType NewStaticType(string name, Type instanceClass, PyType? baseType, bool isBaseType, string? doc)
    {
        var t = new PyType(PyType.Type, name, instanceClass)
        {
            tp_base = baseType,
            tp_doc = doc,
            tp_flags = TypeFlags.ImmutableType | (isBaseType ? TypeFlags.BaseType : TypeFlags.None),
        };
        // Instances that hold references are tracked by the cycle collector (exceptions made
        // here hold their args, traceback, context...: a traceback cycle must be collectable).
        if (GcTypes.HoldsReferences(instanceClass)) t.tp_flags |= TypeFlags.HaveGC;
        t.SetImmortal();
        return t;
    }

    /// <summary>PyType_Ready for a static type: bases, MRO, dict, inherited slots.</summary>
    public static void Ready(PyType t)
    {
        if ((t.tp_flags & TypeFlags.Ready) != 0) return;
        if (t.tp_base != null) Ready(t.tp_base);
        t.tp_bases ??= t.tp_base == null ? PyTuple.Empty : PyTuple.Pack(t.tp_base);
        t.tp_bases.SetImmortal();
        t.tp_dict ??= PyDict.New();
        t.tp_dict.SetImmortal();
        SetDoc(t);
        t.tp_mro = ComputeMro(t);
        t.tp_mro.SetImmortal();
        // tp_subclasses: what __subclasses__() lists, and the way a change reaches the version tags below.
        foreach (var b in t.tp_bases.Items) ((PyType)b).AddSubclass(t);
        // tp_dictoffset: a builtin type that declares `__dict__` keeps its instances' dict itself.
        if (t.tp_dict.GetItemString("__dict__") != null) t.HasInstanceDict = true;
        // type_ready_set_new: a builtin type on object without a tp_new of its own cannot be instantiated.
        if (t.tp_new == null && t.tp_base == PyBaseObject.Type) t.tp_flags |= TypeFlags.DisallowInstantiation;
        InheritSlots(t);
        SetHash(t);
        t.tp_flags |= TypeFlags.Ready;
    }

    /// <summary>type_ready_set_hash: a type left without tp_hash is unhashable (`__hash__ = None`).</summary>
    static void SetHash(PyType t)
    {
        if (t.tp_hash != null) return;
        if (t.tp_dict.GetItemString("__hash__") == null) t.tp_dict.SetItemString("__hash__", Py.None);
        t.tp_hash = SlotDefs.HashNotImplemented;
    }

    /// <summary>type_dict_set_doc: `__doc__` in the dict (the doc without its signature, or None), so instances find it.</summary>
    static void SetDoc(PyType t)
    {
        if (t.tp_dict.GetItemString("__doc__") != null) return;
        var doc = BuiltinDoc.Doc(t.Name, t.tp_doc);
        doc.SetImmortal();
        t.tp_dict.SetItemStringSteal("__doc__", doc);
    }

    /// <summary>overrides_hash: the type's own dict defines __eq__ or __hash__.</summary>
    public static bool OverridesHash(PyType t)
        => t.tp_dict.GetItemString("__eq__") != null || t.tp_dict.GetItemString("__hash__") != null;

    /// <summary>
    /// C3 linearization (mro_implementation): the type, then the merge of its bases' MROs and
    /// the list of bases. Null with TypeError set when no consistent order exists.
    /// </summary>
    public static PyTuple ComputeMro(PyType t)
    {
        var bases = t.tp_bases.Items;
        foreach (var b in bases)
            if (((PyType)b).tp_mro == null)
            {
                // A base whose own (custom) mro() is still running.
                Errors.SetString(PyExc.TypeError, $"Cannot extend an incomplete type '{((PyType)b).tp_name}'");
                return null!;
            }
        if (bases.Length == 1)
        {
            var baseMro = ((PyType)bases[0]).tp_mro.Items;
            var r = new PyObject[baseMro.Length + 1];
            r[0] = t;
            Array.Copy(baseMro, 0, r, 1, baseMro.Length);
            return PyTuple.FromBorrowed(r);
        }
        var result = new List<PyObject> { t };
        if (bases.Length == 0) return PyTuple.FromBorrowed(result.ToArray());
        for (int i = 1; i < bases.Length; i++)
            for (int j = 0; j < i; j++)
                if (bases[i] == bases[j])
                {
                    Errors.SetString(PyExc.TypeError, $"duplicate base class {((PyType)bases[i]).Name}");
                    return null!;
                }
        var seqs = new List<List<PyObject>>();
        foreach (var b in bases) seqs.Add(new List<PyObject>(((PyType)b).tp_mro.Items));
        seqs.Add(new List<PyObject>(bases));
        while (true)
        {
            seqs.RemoveAll(s => s.Count == 0);
            if (seqs.Count == 0) break;
            PyObject? candidate = null;
            foreach (var s in seqs)
            {
                var head = s[0];
                bool inTail = false;
                foreach (var other in seqs)
                    for (int i = 1; i < other.Count; i++)
                        if (other[i] == head) { inTail = true; break; }
                if (!inTail) { candidate = head; break; }
            }
            if (candidate == null)
            {
                Errors.SetString(PyExc.TypeError, MroConflictMessage(seqs));
                return null!;
            }
            result.Add(candidate);
            foreach (var s in seqs) if (s[0] == candidate) s.RemoveAt(0);
        }
        return PyTuple.FromBorrowed(result.ToArray());
    }

    static string MroConflictMessage(List<List<PyObject>> seqs)
    {
        var names = new List<string>();
        foreach (var s in seqs)
        {
            var n = ((PyType)s[0]).Name;
            if (!names.Contains(n)) names.Add(n);
        }
        return "Cannot create a consistent method resolution order (MRO) for bases " + string.Join(", ", names);
    }

    /// <summary>
    /// type_ready_inherit: the slots this type leaves empty come from the bases along its MRO
    /// (inherit_slots, generated from the slot list), the flags from its base (inherit_special).
    /// </summary>
    public static void InheritSlots(PyType t)
    {
        var b = t.tp_base;
        if (b == null) return;
        // Instances are laid out as the solid base's (type_ready_set_new, and a heap type's own
        // tp_alloc): these come from tp_base, not from whichever base is first in the MRO.
        t.tp_alloc ??= b.tp_alloc;
        t.tp_new ??= b.tp_new;
        var mro = t.tp_mro.Items;
        const TypeFlags collectionFlags = TypeFlags.Sequence | TypeFlags.Mapping;
        for (int i = 1; i < mro.Length; i++)
        {
            var m = (PyType)mro[i];
            SlotDefs.InheritSlots(t, m);
            // inherit_patma_flags: the first class along the MRO that is a sequence or a mapping decides.
            if ((t.tp_flags & collectionFlags) == 0) t.tp_flags |= m.tp_flags & collectionFlags;
        }
        if (b.SupportsWeakRefs) t.SupportsWeakRefs = true;
        if (b.HasInstanceDict) t.HasInstanceDict = true;
        t.tp_flags |= b.tp_flags & (TypeFlags.MatchSelf | TypeFlags.ItemsAtEnd | TypeFlags.LongSubclass | TypeFlags.ListSubclass
            | TypeFlags.TupleSubclass | TypeFlags.BytesSubclass | TypeFlags.UnicodeSubclass | TypeFlags.DictSubclass
            | TypeFlags.BaseExcSubclass | TypeFlags.TypeSubclass);
        // Instances are called as the base's are while the class keeps the base's __call__.
        if ((b.tp_flags & TypeFlags.HaveVectorcall) != 0 && TypeLookup.Lookup(t, "__call__") == TypeLookup.Lookup(b, "__call__"))
            t.tp_flags |= TypeFlags.HaveVectorcall;
    }
}
