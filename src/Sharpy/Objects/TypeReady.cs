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
            tp_flags = isBaseType ? TypeFlags.BaseType : TypeFlags.None,
        };
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
        t.tp_mro = ComputeMro(t);
        t.tp_mro.SetImmortal();
        InheritSlots(t);
        SetHash(t);
        t.tp_flags |= TypeFlags.Ready;
    }

    /// <summary>type_ready_set_hash: a type left without tp_hash is unhashable (`__hash__ = None`).</summary>
    static void SetHash(PyType t)
    {
        if (t.tp_hash != null) return;
        if (t.tp_dict.GetItemString("__hash__") == null) t.tp_dict.SetItemString("__hash__", PyNone.None);
        t.tp_hash = SlotDefs.HashNotImplemented;
    }

    /// <summary>
    /// C3 linearization (mro_implementation): the type, then the merge of its bases' MROs and
    /// the list of bases. Null with TypeError set when no consistent order exists.
    /// </summary>
    public static PyTuple ComputeMro(PyType t)
    {
        var bases = t.tp_bases.Items;
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

    /// <summary>inherit_slots: a slot this type does not define comes from its base.</summary>
    public static void InheritSlots(PyType t)
    {
        var b = t.tp_base;
        if (b == null) return;
        t.tp_repr ??= b.tp_repr;
        t.tp_str ??= b.tp_str;
        // tp_hash and tp_richcompare are inherited together (inherit_slots' rule).
        if (t.tp_richcompare == null && t.tp_hash == null)
        {
            t.tp_richcompare = b.tp_richcompare;
            t.tp_hash = b.tp_hash;
        }
        t.tp_getattro ??= b.tp_getattro;
        t.tp_setattro ??= b.tp_setattro;
        t.tp_call ??= b.tp_call;
        t.tp_iter ??= b.tp_iter;
        t.tp_iternext ??= b.tp_iternext;
        t.tp_descr_get ??= b.tp_descr_get;
        t.tp_descr_set ??= b.tp_descr_set;
        t.tp_new ??= b.tp_new;
        t.tp_init ??= b.tp_init;
        t.tp_finalize ??= b.tp_finalize;
        t.nb_add ??= b.nb_add; t.nb_subtract ??= b.nb_subtract; t.nb_multiply ??= b.nb_multiply;
        t.nb_remainder ??= b.nb_remainder; t.nb_divmod ??= b.nb_divmod; t.nb_power ??= b.nb_power;
        t.nb_negative ??= b.nb_negative; t.nb_positive ??= b.nb_positive; t.nb_absolute ??= b.nb_absolute;
        t.nb_invert ??= b.nb_invert; t.nb_int ??= b.nb_int; t.nb_float ??= b.nb_float; t.nb_index ??= b.nb_index;
        t.nb_bool ??= b.nb_bool;
        t.nb_lshift ??= b.nb_lshift; t.nb_rshift ??= b.nb_rshift; t.nb_and ??= b.nb_and; t.nb_xor ??= b.nb_xor; t.nb_or ??= b.nb_or;
        t.nb_floor_divide ??= b.nb_floor_divide; t.nb_true_divide ??= b.nb_true_divide; t.nb_matrix_multiply ??= b.nb_matrix_multiply;
        t.nb_inplace_add ??= b.nb_inplace_add; t.nb_inplace_subtract ??= b.nb_inplace_subtract; t.nb_inplace_multiply ??= b.nb_inplace_multiply;
        t.nb_inplace_remainder ??= b.nb_inplace_remainder; t.nb_inplace_power ??= b.nb_inplace_power;
        t.nb_inplace_lshift ??= b.nb_inplace_lshift; t.nb_inplace_rshift ??= b.nb_inplace_rshift; t.nb_inplace_and ??= b.nb_inplace_and;
        t.nb_inplace_xor ??= b.nb_inplace_xor; t.nb_inplace_or ??= b.nb_inplace_or;
        t.nb_inplace_floor_divide ??= b.nb_inplace_floor_divide; t.nb_inplace_true_divide ??= b.nb_inplace_true_divide;
        t.nb_inplace_matrix_multiply ??= b.nb_inplace_matrix_multiply;
        t.sq_length ??= b.sq_length; t.sq_concat ??= b.sq_concat; t.sq_contains ??= b.sq_contains;
        t.mp_length ??= b.mp_length; t.mp_subscript ??= b.mp_subscript; t.mp_ass_subscript ??= b.mp_ass_subscript;
        t.tp_alloc ??= b.tp_alloc;
        if (b.SupportsWeakRefs) t.SupportsWeakRefs = true;
        if (b.HasInstanceDict) t.HasInstanceDict = true;
        t.tp_flags |= b.tp_flags & (TypeFlags.Sequence | TypeFlags.Mapping | TypeFlags.MatchSelf | TypeFlags.LongSubclass | TypeFlags.ListSubclass | TypeFlags.TupleSubclass
            | TypeFlags.BytesSubclass | TypeFlags.UnicodeSubclass | TypeFlags.DictSubclass
            | TypeFlags.BaseExcSubclass | TypeFlags.TypeSubclass);
    }
}
