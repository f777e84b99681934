using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>type_new: the type a class statement (or type(name, bases, dict)) creates.</summary>
public static class ClassBuilder
{
    public static PyObject? NewHeapType(PyType metatype, PyObject nameObj, PyObject basesObj, PyObject dictObj)
        => NewHeapType(metatype, nameObj, basesObj, dictObj, ReadOnlySpan<StackRef>.Empty, null);

    /// <summary>type.__new__(metatype, name, bases, dict, **kwargs): the keywords go to __init_subclass__.</summary>
    public static PyObject? NewHeapType(PyType metatype, PyObject nameObj, PyObject basesObj, PyObject dictObj,
        ReadOnlySpan<StackRef> kwargs, PyTuple? kwnames)
    {
        if (nameObj is not PyUnicode name)
            return Errors.SetString(PyExc.TypeError, $"type.__new__() argument 1 must be str, not {nameObj.ob_type.tp_name}");
        if (basesObj is not PyTuple bases)
            return Errors.SetString(PyExc.TypeError, $"type.__new__() argument 2 must be tuple, not {basesObj.ob_type.tp_name}");
        if (dictObj is not PyDict dict)
            return Errors.SetString(PyExc.TypeError, $"type.__new__() argument 3 must be dict, not {dictObj.ob_type.tp_name}");

        var baseList = bases.Count == 0 ? PyTuple.Pack(PyBaseObject.Type) : Py.NewRef(bases);
        foreach (var b in baseList.Items)
        {
            if (b is not PyType bt)
            {
                Py.DECREF(baseList);
                return Errors.SetString(PyExc.TypeError, $"bases must be types");
            }
            if ((bt.tp_flags & TypeFlags.BaseType) == 0)
            {
                Py.DECREF(baseList);
                return Errors.SetString(PyExc.TypeError, $"type '{bt.tp_name}' is not an acceptable base type");
            }
        }
        var baseType = BestBase(baseList);
        if (baseType == null)
        {
            Py.DECREF(baseList);
            return null;
        }
        var t = new PyType(metatype, name.Value, baseType.InstanceClass)
        {
            tp_flags = TypeFlags.HeapType | TypeFlags.BaseType | TypeFlags.HaveGC | TypeFlags.Ready,
            tp_base = Py.NewRef(baseType),
            tp_bases = baseList,
            tp_dict = PyDict.New(),
        };
        // PyDict_Copy: a dict subclass with its own iteration (OrderedDict) gives its order.
        if (!CheckTypeName(name) || t.tp_dict.Merge(dict, true) < 0 || !SetupNamespace(t, dict))
        {
            Py.DECREF(t);
            return null;
        }
        var layout = ClassSlots.Compute(t, dict, baseType, baseList);
        if (layout == null)
        {
            Py.DECREF(t);
            return null;
        }
        // The __class__ cell is filled (and __classcell__ leaves the namespace) before the slots'
        // member descriptors are added, so `__slots__ = ["__classcell__"]` gets its member, and
        // before the MRO, which a metaclass's mro() computes and may call the class's functions to do so.
        if (!SetClassCell(t, dict))
        {
            Py.DECREF(t);
            return null;
        }
        t.HasInstanceDict = baseType.HasInstanceDict || layout.AddDict;
        t.SupportsWeakRefs = baseType.SupportsWeakRefs || layout.AddWeak;
        ClassSlots.AddMembers(t, baseType, layout);
        t.HasManagedData = ManagedInstanceData.Needed(t);
        AddDictAndWeakrefDescriptors(t, layout);
        SetManagedFlags(t);
        var mro = PyType.MroInternal(t);
        if (mro == null)
        {
            Py.DECREF(t);
            return null;
        }
        // Listed in its bases before its first lookup gives it a version tag: their changes must reach it.
        foreach (var b in baseList.Items) ((PyType)b).AddSubclass(t);
        t.tp_mro = mro;
        TypeReady.InheritSlots(t);
        SlotDefs.FixupSlots(t);
        if (!WarnNonStringKeys(t) || !SetNames(t) || !InitSubclass(t, kwargs, kwnames))
        {
            Py.DECREF(t);
            return null;
        }
        return t;
    }

    /// <summary>
    /// type_new_descriptors and type_ready_managed_dict: a class whose `__dict__` or weakref list is
    /// not a field of its builtin base has it managed (before the object); a managed dict of an
    /// instance without variable-size items holds inline values.
    /// </summary>
    static void SetManagedFlags(PyType t)
    {
        if (TypeSizes.DictOffset(t) == -1)
        {
            t.tp_flags |= TypeFlags.ManagedDict;
            if (TypeSizes.ItemSize(t) == 0) t.tp_flags |= TypeFlags.InlineValues;
        }
        if (TypeSizes.WeakListOffset(t) == TypeSizes.ManagedWeakRefOffset) t.tp_flags |= TypeFlags.ManagedWeakref;
    }

    /// <summary>
    /// subtype_getsets: the `__dict__` and `__weakref__` attributes of instances of a class
    /// statement's type, unless a base already provides them or the class body defined them.
    /// </summary>
    static void AddDictAndWeakrefDescriptors(PyType t, ClassSlots.Layout layout)
    {
        var d = t.tp_dict;
        if (layout.AddDict && d.GetItemString("__dict__") == null && TypeLookup.Lookup(t.tp_base!, "__dict__") is not PyGetSetDescr)
        {
            var descr = new PyGetSetDescr(t, "__dict__", GetInstanceDict, SetInstanceDict, "dictionary for instance variables");
            d.SetItemString("__dict__", descr);
            Py.DECREF(descr);
        }
        if (layout.AddWeak && d.GetItemString("__weakref__") == null && TypeLookup.Lookup(t.tp_base!, "__weakref__") == null)
        {
            var descr = new PyGetSetDescr(t, "__weakref__", GetWeakref, null, "list of weak references to the object");
            d.SetItemString("__weakref__", descr);
            Py.DECREF(descr);
        }
    }

    /// <summary>
    /// get_builtin_base_with_dict: the `__dict__` descriptor of the first builtin base that keeps
    /// a dict in its own struct (type, module), which subtype_dict and subtype_setdict defer to.
    /// </summary>
    static PyGetSetDescr? BuiltinBaseDictDescr(PyObject self)
    {
        if (self is PyInstance || self.ob_type.HasManagedData) return null;
        for (var b = self.ob_type; b.tp_base != null; b = b.tp_base)
            if (!b.IsHeapType && b.tp_dict.GetItemString("__dict__") is PyGetSetDescr g) return g;
        return null;
    }

    static PyObject? GetInstanceDict(PyObject self)
    {
        if (BuiltinBaseDictDescr(self) is { } builtin) return builtin.ob_type.tp_descr_get!(builtin, self, self.ob_type);
        if (GenericAttr.EnsureInstanceDict(self) is { } d) return Py.NewRef(GenericAttr.Materialize(d));
        return Errors.SetString(PyExc.AttributeError, $"'{self.ob_type.tp_name}' object has no attribute '__dict__'");
    }

    static int SetInstanceDict(PyObject self, PyObject? value)
    {
        // subtype_setdict: a dict, or deletion (the next attribute store makes a new empty one).
        if (BuiltinBaseDictDescr(self) is { } builtin) return builtin.ob_type.tp_descr_set!(builtin, self, value);
        if (value != null && value is not PyDict)
        {
            Errors.SetString(PyExc.TypeError, $"__dict__ must be set to a dictionary, not a '{value.ob_type.tp_name}'");
            return -1;
        }
        var nd = (PyDict?)value;
        if (self is PyInstance i)
        {
            Py.SETREF(ref i.Dict, Py.XNewRef(nd));
            i.ClearValues();
        }
        else if (self is PyBaseException e) Py.SETREF(ref e.Dict, Py.XNewRef(nd));
        else if (self.ob_type.HasManagedData) Py.SETREF(ref ManagedInstanceData.Of(self).Dict, Py.XNewRef(nd));
        return 0;
    }

    static PyObject? GetWeakref(PyObject self)
        => Py.NewRef(ManagedInstanceData.WeakRefHolder(self, create: false)?.WeakRefList ?? (PyObject)Py.None);

    /// <summary>best_base: the base whose instance layout (solid base) the others' layouts extend.</summary>
    internal static PyType? BestBase(PyTuple bases)
    {
        PyType? winner = null, best = null;
        foreach (var b in bases.Items)
        {
            var bt = (PyType)b;
            var candidate = ClassSlots.SolidBase(bt);
            if (winner == null || Abstract.IsSubtype(candidate, winner) && candidate != winner)
            {
                winner = candidate;
                best = bt;
            }
            else if (!Abstract.IsSubtype(winner, candidate))
            {
                Errors.SetString(PyExc.TypeError, "multiple bases have instance lay-out conflict");
                return null;
            }
        }
        return best;
    }

    /// <summary>type_new_set_name: the name must encode to UTF-8 (tp_name) and hold no null character.</summary>
    static bool CheckTypeName(PyUnicode name)
    {
        if (name.AsUtf8() == null) return false;
        if (!name.Value.Contains('\0')) return true;
        Errors.SetString(PyExc.ValueError, "type name must not contain null characters");
        return false;
    }

    /// <summary>__module__, __qualname__, __doc__, and __hash__ = None when only __eq__ is defined.</summary>
    static bool SetupNamespace(PyType t, PyDict ns)
    {
        var d = t.tp_dict;
        if (d.GetItemString("__module__") == null)
        {
            var frame = ThreadState.Current.CurrentFrame;
            if (frame?.Globals.GetItemString("__name__") is { } modName) d.SetItemString("__module__", modName);
        }
        var qual = d.GetItemString("__qualname__");
        if (qual != null)
        {
            if (qual is not PyUnicode qs)
            {
                Errors.SetString(PyExc.TypeError, $"type __qualname__ must be a str, not {qual.ob_type.tp_name}");
                return false;
            }
            t.HeapQualName = qs.Value;
            d.DelItem(PyUnicode.Intern("__qualname__"));
        }
        else t.HeapQualName = t.tp_name;
        var doc = d.GetItemString("__doc__");
        if (doc == null) d.SetItemString("__doc__", Py.None);
        // type_new_set_doc: a str doc becomes tp_doc, so it must encode to UTF-8.
        else if (doc is PyUnicode ds && ds.AsUtf8() == null) return false;
        if (d.GetItemString("__eq__") != null && d.GetItemString("__hash__") == null)
            d.SetItemString("__hash__", Py.None);
        foreach (var special in new[] { "__new__", "__init_subclass__", "__class_getitem__" })
        {
            if (d.GetItemString(special) is PyFunction f)
            {
                PyObject wrapped = special == "__new__" ? new PyStaticMethod(f) : new PyClassMethod(f);
                d.SetItemString(special, wrapped);
                Py.DECREF(wrapped);
            }
        }
        return true;
    }

    /// <summary>Fill the __class__ cell of the class body (for zero-argument super()) and __classdictcell__.</summary>
    static bool SetClassCell(PyType t, PyDict ns)
    {
        var d = t.tp_dict;
        if (d.GetItemString("__classcell__") is { } cell)
        {
            if (cell is not PyCell c)
            {
                Errors.SetString(PyExc.TypeError, $"__classcell__ must be a nonlocal cell, not {cell.ob_type}");
                return false;
            }
            Py.SETREF(ref c.Ref, Py.NewRef<PyObject>(t));
            d.DelItem(PyUnicode.Intern("__classcell__"));
        }
        if (d.GetItemString("__classdictcell__") is PyCell dc)
        {
            Py.SETREF(ref dc.Ref, Py.NewRef<PyObject>(d));
            d.DelItem(PyUnicode.Intern("__classdictcell__"));
        }
        return true;
    }

    /// <summary>PEP 487: call __set_name__ on every attribute that has one.</summary>
    /// <summary>type_new_impl: a class namespace with a key that is not a str warns (an error when a filter says so).</summary>
    static bool WarnNonStringKeys(PyType t)
    {
        int pos = 0;
        while (t.tp_dict.Next(ref pos, out var k, out _))
            if (k is not PyUnicode)
                return Warnings.WarnEx(PyExc.RuntimeWarning, $"non-string key in the __dict__ of class {t.tp_name}", 1) == 0;
        return true;
    }

    static bool SetNames(PyType t)
    {
        var items = new System.Collections.Generic.List<(PyObject, PyObject)>();
        int pos = 0;
        while (t.tp_dict.Next(ref pos, out var k, out var v)) items.Add((Py.NewRef(k), Py.NewRef(v)));
        bool ok = true;
        foreach (var (k, v) in items)
        {
            if (ok && TypeLookup.Lookup(v.ob_type, "__set_name__") != null)
            {
                var r = SlotDefs.CallDunder(v, "__set_name__", t, k);
                if (r == null)
                {
                    ok = false;
                    var exc = Errors.OccurredException();
                    if (exc != null)
                    {
                        var note = PyUnicode.FromString($"Error calling __set_name__ on '{v.ob_type.Name}' instance {Abstract.ReprString(k)} in '{t.Name}'");
                        ExceptionNotes.Add(exc, note);
                        Py.DECREF(note);
                    }
                }
                else Py.DECREF(r);
            }
            Py.DECREF(k);
            Py.DECREF(v);
        }
        return ok;
    }

    /// <summary>PEP 487 (type_new_init_subclass): super(t, t).__init_subclass__(**kwargs), through a real super object, so a custom mro() without t fails as super's check does.</summary>
    static bool InitSubclass(PyType t, ReadOnlySpan<StackRef> kwargs, PyTuple? kwnames)
    {
        var super = Calls.CallTwoArgs(PySuper.Type, t, t);
        if (super == null) return false;
        var f = Abstract.GetAttr(super, PyUnicode.Intern("__init_subclass__"));
        Py.DECREF(super);
        if (f == null) return false;
        var r = Calls.Call(f, kwargs, kwnames);
        Py.DECREF(f);
        if (r == null) return false;
        Py.DECREF(r);
        return true;
    }
}
