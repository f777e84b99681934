using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Abc;

/// <summary>
/// The `_abc` module (Modules/_abc.c): what abc.ABCMeta delegates to. Each ABC holds an
/// <see cref="AbcData"/> in `_abc_impl`; registering a virtual subclass bumps the
/// interpreter's invalidation counter, which makes every negative cache stale.
/// </summary>
[PyModule("_abc", Doc = "Module contains faster C implementation of abc.ABCMeta")]
public static partial class AbcModule
{
    const TypeFlags CollectionFlags = TypeFlags.Sequence | TypeFlags.Mapping;

    static void InitModule(PyModule m)
    {
        // A re-imported _abc keeps the interpreter's counter: the _abc_data type is shared.
        if (ModuleState<AbcState>.Find(Interpreter.Current) == null) ModuleState<AbcState>.Set(Interpreter.Current, new AbcState());
    }

    /// <summary>_get_impl: cls._abc_impl, which must be an _abc_data (owned).</summary>
    static AbcData? GetImpl(PyObject self)
    {
        var impl = Abstract.GetAttr(self, "_abc_impl");
        if (impl == null) return null;
        if (impl.ob_type != AbcData.Type)
        {
            Py.DECREF(impl);
            Errors.SetString(PyExc.TypeError, "_abc_impl is set to a wrong type");
            return null;
        }
        return (AbcData)impl;
    }

    [PyMethod("_reset_registry", Doc = "Internal ABC helper to reset registry of a given class.\n\nShould be only used by refleak.py")]
    static PyObject? ResetRegistry(PyObject self)
    {
        var impl = GetImpl(self);
        if (impl == null) return null;
        impl.Registry?.Clear();
        Py.DECREF(impl);
        return Py.None;
    }

    [PyMethod("_reset_caches", Doc = "Internal ABC helper to reset both caches of a given class.\n\nShould be only used by refleak.py")]
    static PyObject? ResetCaches(PyObject self)
    {
        var impl = GetImpl(self);
        if (impl == null) return null;
        impl.Cache?.Clear();
        impl.NegativeCache?.Clear();
        Py.DECREF(impl);
        return Py.None;
    }

    [PyMethod("_get_dump", Doc = "Internal ABC helper for cache and registry debugging.\n\nReturn shallow copies of registry, of both caches, and\nnegative cache version. Don't call this function directly,\ninstead use ABC._dump_registry() for a nice repr.")]
    static PyObject? GetDump(PyObject self)
    {
        var impl = GetImpl(self);
        if (impl == null) return null;
        var registry = CopySet(impl.Registry);
        var cache = CopySet(impl.Cache);
        var negativeCache = CopySet(impl.NegativeCache);
        var version = PyLong.FromBigInteger(impl.NegativeCacheVersion);
        Py.DECREF(impl);
        return PyTuple.FromStolen([registry, cache, negativeCache, version]);

        // PySet_New: a new set with the elements of a set that may not exist yet.
        static PySet CopySet(PySet? set)
        {
            var copy = PySet.NewEmpty();
            if (set != null) copy.Merge(set);
            return copy;
        }
    }

    /// <summary>compute_abstract_methods: set cls.__abstractmethods__ to the names still abstract, its own and its bases'.</summary>
    static int ComputeAbstractMethods(PyObject self)
    {
        var abstracts = new PyFrozenSet(PyFrozenSet.Type);
        PyObject? ns = null, bases = null;
        PyList? items = null;
        try
        {
            // Its own abstract methods, from a snapshot of the namespace: a lookup of
            // __isabstractmethod__ may change it.
            ns = Abstract.GetAttr(self, "__dict__");
            if (ns == null) return -1;
            items = Abstract.MappingItems(ns);
            if (items == null) return -1;
            for (int pos = 0; pos < items.Count; pos++)
            {
                var it = SeqSupport.Fast(items.Items[pos], "items() returned non-iterable");
                if (it == null) return -1;
                var pair = SeqSupport.FastItems(it);
                if (pair.Length != 2)
                {
                    Py.DECREF(it);
                    Errors.SetString(PyExc.TypeError, "items() returned item which size is not 2");
                    return -1;
                }
                var key = Py.NewRef(pair[0]);
                int isAbstract = PyProperty.IsAbstract(pair[1]);
                int r = isAbstract < 0 ? -1 : isAbstract > 0 ? abstracts.Add(key) : 0;
                Py.DECREF(key);
                Py.DECREF(it);
                if (r < 0) return -1;
            }

            // The inherited ones that the class has not overridden with a concrete one.
            bases = Abstract.GetAttr(self, "__bases__");
            if (bases == null) return -1;
            if (bases is not PyTuple baseTuple)
            {
                Errors.SetString(PyExc.TypeError, "__bases__ is not tuple");
                return -1;
            }
            var abstractMethods = PyUnicode.Intern("__abstractmethods__");
            foreach (var item in baseTuple.Items)
            {
                if (Abstract.LookupAttr(item, abstractMethods, out var baseAbstracts) < 0) return -1;
                if (baseAbstracts == null) continue;
                var iter = Abstract.GetIter(baseAbstracts);
                Py.DECREF(baseAbstracts);
                if (iter == null) return -1;
                PyObject? key;
                while ((key = Abstract.IterNext(iter)) != null)
                {
                    int r = Abstract.LookupAttr(self, key, out var value);
                    if (r > 0)
                    {
                        int isAbstract = PyProperty.IsAbstract(value);
                        Py.DECREF(value!);
                        r = isAbstract < 0 ? -1 : isAbstract > 0 ? abstracts.Add(key) : 0;
                    }
                    Py.DECREF(key);
                    if (r < 0)
                    {
                        Py.DECREF(iter);
                        return -1;
                    }
                }
                Py.DECREF(iter);
                if (Errors.Occurred()) return -1;
            }
            return Abstract.SetAttr(self, abstractMethods, abstracts);
        }
        finally
        {
            Py.DECREF(abstracts);
            Py.XDECREF(ns);
            Py.XDECREF(items);
            Py.XDECREF(bases);
        }
    }

    [PyMethod("_abc_init", Doc = "Internal ABC helper for class set-up. Should be never used outside abc module.")]
    static PyObject? AbcInit(PyObject self)
    {
        if (ComputeAbstractMethods(self) < 0) return null;
        var data = AbcData.New();
        int r = Abstract.SetAttr(self, PyUnicode.Intern("_abc_impl"), data);
        Py.DECREF(data);
        if (r < 0) return null;
        if (self is not PyType cls) return Py.None;
        // collections.abc.Sequence and Mapping say in __abc_tpflags__ which of the flags
        // that match's sequence and mapping patterns test their class gets.
        var flags = cls.tp_dict.Pop(PyUnicode.Intern("__abc_tpflags__"), raiseMissing: false);
        if (flags == null) return Errors.Occurred() ? null : Py.None;
        cls.Modified();
        if (flags.ob_type != PyLong.Type)
        {
            Py.DECREF(flags);
            return Py.None;
        }
        bool fits = ((PyLong)flags).TryGetLong(out long val);
        Py.DECREF(flags);
        if (!fits) return Errors.SetString(PyExc.OverflowError, "Python int too large to convert to C long");
        var requested = (TypeFlags)val & CollectionFlags;
        if (requested == CollectionFlags)
            return Errors.SetString(PyExc.TypeError, "__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING");
        cls.tp_flags |= requested;
        return Py.None;
    }

    [PyMethod("_abc_register", Doc = "Internal ABC helper for subclasss registration. Should be never used outside abc module.")]
    static PyObject? AbcRegister(PyObject self, PyObject subclass)
    {
        if (subclass is not PyType subtype) return Errors.SetString(PyExc.TypeError, "Can only register classes");
        int result = TypeChecks.IsSubclass(subclass, self);
        if (result > 0) return Py.NewRef(subclass);  // already a subclass
        if (result < 0) return null;
        // Cycles are tested after "already a subclass", so X.register(X) is a no-op.
        result = TypeChecks.IsSubclass(self, subclass);
        if (result > 0) return Errors.SetString(PyExc.RuntimeError, "Refusing to create an inheritance cycle");
        if (result < 0) return null;
        var impl = GetImpl(self);
        if (impl == null) return null;
        int r = AbcData.AddToWeakSet(ref impl.Registry, subclass);
        Py.DECREF(impl);
        if (r < 0) return null;
        AbcState.Get().InvalidationCounter++;
        // A class registered as a Sequence or a Mapping is matched as one.
        if (self is PyType cls && (cls.tp_flags & CollectionFlags) is var flag && flag != 0)
            SetFlagsRecursive(subtype, flag);
        return Py.NewRef(subclass);
    }

    /// <summary>
    /// _PyType_SetFlagsRecursive: make a mutable class, and its subclasses, a sequence or a
    /// mapping (only that), stopping where a class is so already.
    /// </summary>
    static void SetFlagsRecursive(PyType type, TypeFlags flag)
    {
        if (!type.IsHeapType || (type.tp_flags & CollectionFlags) == flag) return;
        type.tp_flags = type.tp_flags & ~CollectionFlags | flag;
        type.Modified();
        foreach (var child in type.Subclasses()) SetFlagsRecursive(child, flag);
    }

    [PyMethod("_abc_instancecheck", Doc = "Internal ABC helper for instance checks. Should be never used outside abc module.")]
    static PyObject? AbcInstanceCheck(PyObject self, PyObject instance)
    {
        var impl = GetImpl(self);
        if (impl == null) return null;
        var subclass = Abstract.GetAttr(instance, "__class__");
        if (subclass == null)
        {
            Py.DECREF(impl);
            return null;
        }
        try
        {
            int incache = AbcData.InWeakSet(impl.Cache, subclass);
            if (incache < 0) return null;
            if (incache > 0) return PyBool.True;
            var subtype = instance.ob_type;
            if (subtype == subclass)
            {
                if (impl.NegativeCacheVersion == AbcState.Get().InvalidationCounter)
                {
                    incache = AbcData.InWeakSet(impl.NegativeCache, subclass);
                    if (incache < 0) return null;
                    if (incache > 0) return PyBool.False;
                }
                return Calls.CallMethod(self, "__subclasscheck__", subclass);
            }
            // instance.__class__ may lie: either class will do.
            var result = Calls.CallMethod(self, "__subclasscheck__", subclass);
            if (result == null) return null;
            int ok = Abstract.IsTrue(result);
            if (ok != 0)
            {
                if (ok < 0) Py.CLEAR(ref result);
                return result;
            }
            Py.DECREF(result);
            return Calls.CallMethod(self, "__subclasscheck__", subtype);
        }
        finally
        {
            Py.DECREF(impl);
            Py.DECREF(subclass);
        }
    }

    [PyMethod("_abc_subclasscheck", Doc = "Internal ABC helper for subclasss checks. Should be never used outside abc module.")]
    static PyObject? AbcSubclassCheck(PyObject self, PyObject subclass)
    {
        if (subclass is not PyType subtype) return Errors.SetString(PyExc.TypeError, "issubclass() arg 1 must be a class");
        var impl = GetImpl(self);
        if (impl == null) return null;
        try
        {
            int r = SubclassCheck(self, impl, subtype);
            return r < 0 ? null : Py.NewBool(r > 0);
        }
        finally
        {
            Py.DECREF(impl);
        }
    }

    /// <summary>_abc__abc_subclasscheck_impl: 1 or 0, recording the answer in a cache, or -1 on error.</summary>
    static int SubclassCheck(PyObject self, AbcData impl, PyType subclass)
    {
        // 1. The positive cache.
        int incache = AbcData.InWeakSet(impl.Cache, subclass);
        if (incache != 0) return incache;

        // 2. The negative cache, emptied first if a register() has happened since it was filled.
        var state = AbcState.Get();
        if (impl.NegativeCacheVersion < state.InvalidationCounter)
        {
            impl.NegativeCache?.Clear();
            impl.NegativeCacheVersion = state.InvalidationCounter;
        }
        else
        {
            incache = AbcData.InWeakSet(impl.NegativeCache, subclass);
            if (incache < 0) return -1;
            if (incache > 0) return 0;
        }

        // 3. The subclass hook.
        var ok = Calls.CallMethod(self, "__subclasshook__", subclass);
        if (ok == null) return -1;
        Py.DECREF(ok);
        if (ok == PyBool.True) return AbcData.AddToWeakSet(ref impl.Cache, subclass) < 0 ? -1 : 1;
        if (ok == PyBool.False) return AbcData.AddToWeakSet(ref impl.NegativeCache, subclass) < 0 ? -1 : 0;
        if (ok != Py.NotImplemented)
        {
            Errors.SetString(PyExc.AssertionError, "__subclasshook__ must return either False, True, or NotImplemented");
            return -1;
        }

        // 4. A real subclass.
        if (self is PyType cls && Abstract.IsSubtype(subclass, cls))
            return AbcData.AddToWeakSet(ref impl.Cache, subclass) < 0 ? -1 : 1;

        // 5. A subclass of a registered class (recursive).
        int r = CheckRegistry(impl, subclass);
        if (r != 0) return r;

        // 6. A subclass of a subclass (recursive).
        var subclasses = Calls.CallMethod(self, "__subclasses__");
        if (subclasses == null) return -1;
        try
        {
            if (subclasses is not PyList list)
            {
                Errors.SetString(PyExc.TypeError, "__subclasses__() must return a list");
                return -1;
            }
            for (int pos = 0; pos < list.Count; pos++)
            {
                var scls = Py.NewRef(list.Items[pos]);
                r = TypeChecks.IsSubclass(subclass, scls);
                Py.DECREF(scls);
                if (r < 0) return -1;
                if (r > 0) return AbcData.AddToWeakSet(ref impl.Cache, subclass) < 0 ? -1 : 1;
            }
        }
        finally
        {
            Py.DECREF(subclasses);
        }

        // No dice: remember the answer.
        return AbcData.AddToWeakSet(ref impl.NegativeCache, subclass) < 0 ? -1 : 0;
    }

    /// <summary>subclasscheck_check_registry: 1 when subclass is, or derives from, a registered class (cached); 0; -1 on error.</summary>
    static int CheckRegistry(AbcData impl, PyType subclass)
    {
        int r = AbcData.InWeakSet(impl.Registry, subclass);
        if (r != 0) return r;
        if (impl.Registry == null) return 0;
        // A snapshot: the checks below run Python code that may register more.
        var registry = new PyFrozenSet(PyFrozenSet.Type);
        if (registry.Merge(impl.Registry) < 0)
        {
            Py.DECREF(registry);
            return -1;
        }
        try
        {
            int pos = 0;
            while (registry.NextEntry(ref pos, out var key, out _))
            {
                if (key is not PyWeakReference wr)
                {
                    Errors.SetString(PyExc.TypeError, "expected a weakref");
                    return -1;
                }
                if (wr.Referent is not { } rkey) continue;
                Py.INCREF(rkey);
                r = TypeChecks.IsSubclass(subclass, rkey);
                Py.DECREF(rkey);
                if (r < 0) return -1;
                if (r > 0) return AbcData.AddToWeakSet(ref impl.Cache, subclass) < 0 ? -1 : 1;
            }
            return 0;
        }
        finally
        {
            Py.DECREF(registry);
        }
    }

    [PyMethod("get_cache_token", Doc = "Returns the current ABC cache token.\n\nThe token is an opaque object (supporting equality testing) identifying the\ncurrent version of the ABC cache for virtual subclasses. The token changes\nwith every call to register() on any ABC.")]
    static PyObject? GetCacheToken() => PyLong.FromBigInteger(AbcState.Get().InvalidationCounter);
}
