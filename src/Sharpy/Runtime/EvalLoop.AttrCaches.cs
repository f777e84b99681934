using System.Runtime.CompilerServices;
using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// LOAD_ATTR and STORE_ATTR on an instance's inline values (3.14's LOAD_ATTR_INSTANCE_VALUE
/// and STORE_ATTR_INSTANCE_VALUE) and on its `__slots__` (LOAD_ATTR_SLOT, STORE_ATTR_SLOT).
/// The instruction's inline cache holds, as CPython lays it out, the type's version tag in
/// entries 1-2 and in entry 3 the value's index in the class's shared keys, or the slot's
/// index with <see cref="SlotFlag"/> set. A matching tag means the type's attributes, its
/// tp_getattro/tp_setattro, and so the absence of a data descriptor of that name (or the
/// slot's member descriptor), are as when the entry was written; a shared-keys index stays
/// right because shared keys only grow, a slot's because instances of one type share a layout. A miss takes the generic path; entry 0, as
/// CPython's adaptive counter, counts down the misses until the next try at writing the entry:
/// a few after a success (a site that sees several classes), more after each failure (a
/// method, a property, a class attribute). Sharpy does not rewrite the opcode itself.
/// </summary>
public static partial class EvalLoop
{
    /// <summary>Entry 3's mark of a slot's index (shared keys hold far fewer names).</summary>
    const int SlotFlag = 0x8000;

    /// <summary>The cached inline value or slot of <paramref name="owner"/> (borrowed), or null (not cached, or absent).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static PyObject? LoadAttrInstanceValue(ushort[] instrs, int cache, PyObject owner)
    {
        if (owner is not PyInstance inst) return null;
        uint version = instrs[cache + 1] | (uint)instrs[cache + 2] << 16;
        int index = instrs[cache + 3];
        if (version == 0 || inst.ob_type.VersionTag != version) return null;
        if (index >= SlotFlag) return inst.Slots![index - SlotFlag];
        var values = inst.Values;
        return values != null && index < values.Length ? values[index] : null;
    }

    /// <summary>Store through the cache; false when it does not apply (the generic path stores).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool StoreAttrInstanceValue(ushort[] instrs, int cache, PyObject owner, PyObject value)
    {
        if (owner is not PyInstance inst) return false;
        uint version = instrs[cache + 1] | (uint)instrs[cache + 2] << 16;
        int index = instrs[cache + 3];
        if (version == 0 || inst.ob_type.VersionTag != version) return false;
        if (index >= SlotFlag)
        {
            ref var field = ref inst.Slots![index - SlotFlag];
            var was = field;
            field = Py.NewRef(value);
            Py.XDECREF(was);
            return true;
        }
        if (inst.Values is not { } values || index >= values.Length) return false;
        var old = values[index];
        // A new value only after every value present (PyInstance keeps them in store order).
        if (old == null && !PyInstance.NoneAfter(values, index)) return false;
        values[index] = Py.NewRef(value);
        Py.XDECREF(old);
        return true;
    }

    /// <summary>
    /// After a generic STORE_ATTR on an instance: try to cache the site when the counter allows. The counter is CPython's _Py_BackoffCounter: the misses to wait in the
    /// high 12 bits, the backoff exponent in the low 4; after a success 52 misses
    /// (adaptive_counter_cooldown), after each failure twice as many as after the last, up to 4095.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static void StoreAttrMiss(ushort[] instrs, int cache, PyObject owner, PyUnicode name)
    {
        if (CounterTriggers(instrs, cache))
            CounterReset(instrs, cache, SpecializeInstanceValue(instrs, cache, owner, name, store: true));
    }

    /// <summary>A miss: true when the counter in entry 0 says to try caching now, else one less to wait.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool CounterTriggers(ushort[] instrs, int cache)
    {
        int counter = instrs[cache];
        if (counter < 16) return true;
        instrs[cache] = (ushort)(counter - 16);
        return false;
    }

    /// <summary>After a try: the cooldown when it cached the site, else the next, doubled, backoff.</summary>
    static void CounterReset(ushort[] instrs, int cache, bool cached)
    {
        if (cached) { instrs[cache] = 52 << 4; return; }
        int backoff = System.Math.Min((instrs[cache] & 15) + 1, 12);
        instrs[cache] = (ushort)((((1 << backoff) - 1) << 4) | backoff);
    }

    /// <summary>Cache the site when the attribute is an inline value or a slot of a class's instances; false when it is not.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    static bool SpecializeInstanceValue(ushort[] instrs, int cache, PyObject owner, PyUnicode name, bool store)
    {
        if (owner is not PyInstance inst || name.ob_type != PyUnicode.Type) return false;
        var type = inst.ob_type;
        var generic = PyBaseObject.Type;
        if (store ? type.tp_setattro != generic.tp_setattro : type.tp_getattro != generic.tp_getattro) return false;
        // The lookup also gives the type its version tag.
        var descr = TypeLookup.Lookup(type, name);
        int index;
        if (descr is PyMemberDescr { SlotIndex: >= 0 } member && descr.ob_type == PyMemberDescr.Type)
        {
            // Another class's slot (`x = A.x` in a class body) applies only to A's instances.
            if (!Abstract.TypeCheck(inst, member.Owner)) return false;
            if (inst.Slots is not { } slots || member.SlotIndex >= slots.Length || member.SlotIndex >= SlotFlag) return false;
            index = SlotFlag + member.SlotIndex;
        }
        else
        {
            if (inst.Values == null || (descr != null && descr.ob_type.tp_descr_set != null)) return false;
            index = type.CachedKeys!.IndexOf(name);
        }
        uint version = type.VersionTag;
        if (version == 0 || index < 0) return false;
        instrs[cache + 1] = (ushort)version;
        instrs[cache + 2] = (ushort)(version >> 16);
        instrs[cache + 3] = (ushort)index;
        return true;
    }

    // LOAD_ATTR's method form on a plain method (3.14's LOAD_ATTR_METHOD_WITH_VALUES and
    // LOAD_ATTR_METHOD_NO_DICT): entries 1-2 hold the type's version tag, entry 5 the site's
    // slot in the code object's AttrCache (plus one; 0 for none yet), which holds the method,
    // entry 4 what proves the instance does not shadow it: NoInstanceDict when the type's
    // instances have no dict, else the count of the class's shared keys, none of them the
    // name, when the entry was written (the keys only grow: the same count means the name is
    // still not among them). The method is borrowed: the dict of a type with that version tag
    // still holds it.

    const ushort NoInstanceDict = 0xFFFF;

    /// <summary>The cached method for <paramref name="owner"/> (borrowed), or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static PyObject? LoadAttrMethodCached(PyCode code, ushort[] instrs, int cache, PyObject owner)
    {
        uint version = instrs[cache + 1] | (uint)instrs[cache + 2] << 16;
        var type = owner.ob_type;
        if (version == 0 || type.VersionTag != version) return null;
        int keys = instrs[cache + 4];
        if (keys != NoInstanceDict && (owner is not PyInstance { Dict: null } || type.CachedKeys!.Count != keys)) return null;
        return code.AttrCache![instrs[cache + 5] - 1].Value;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static bool SpecializeLoadAttrMethod(PyCode code, ushort[] instrs, int cache, PyObject owner, PyUnicode name)
    {
        var type = owner.ob_type;
        if (type.tp_getattro != PyBaseObject.Type.tp_getattro || name.ob_type != PyUnicode.Type) return false;
        var descr = TypeLookup.Lookup(type, name);
        if (descr is not (PyFunction or (PyMethodDescr and not PyClassMethodDescr))) return false;
        uint version = type.VersionTag;
        if (version == 0) return false;
        ushort keys;
        if (!type.HasInstanceDict) keys = NoInstanceDict;
        else if (owner is PyInstance { Dict: null } && type.CachedKeys is { } k && k.IndexOf(name) < 0) keys = (ushort)k.Count;
        else return false;
        if (!AttrCacheSlot(code, instrs, cache, out int slot)) return false;
        code.AttrCache![slot] = new AttrCacheEntry { Value = descr };
        instrs[cache + 1] = (ushort)version;
        instrs[cache + 2] = (ushort)(version >> 16);
        instrs[cache + 4] = keys;
        return true;
    }

    // LOAD_ATTR on a module (3.14's LOAD_ATTR_MODULE), either form: the site's AttrCache slot
    // (entry 5) holds the module's dict and the value found in it, entries 6-7 the dict's
    // version. The same dict at the same version maps the name to the same value, and
    // ModuleType itself (immutable) has no attribute of that name. The slot is the method
    // form's too: caching a module's attribute there clears the method's version tag.

    /// <summary>The cached attribute of the module <paramref name="owner"/> (borrowed), or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static PyObject? LoadAttrModuleCached(PyCode code, ushort[] instrs, int cache, PyObject owner)
    {
        if (owner.ob_type != PyModule.Type || instrs[cache + 5] == 0) return null;
        ref var e = ref code.AttrCache![instrs[cache + 5] - 1];
        var dict = Unsafe.As<PyModule>(owner).Dict;
        if (e.Dict != dict || dict.Version != (instrs[cache + 6] | (uint)instrs[cache + 7] << 16)) return null;
        return e.Value;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static bool SpecializeLoadAttrModule(PyCode code, ushort[] instrs, int cache, PyModule module, PyUnicode name, bool method)
    {
        if (name.ob_type != PyUnicode.Type || TypeLookup.Lookup(PyModule.Type, name) != null) return false;
        var dict = module.Dict;
        uint version = dict.Version;
        if (dict.GetItemString(name) is not { } value) return false;
        if (!AttrCacheSlot(code, instrs, cache, out int slot)) return false;
        code.AttrCache![slot] = new AttrCacheEntry { Value = value, Dict = dict };
        instrs[cache + 6] = (ushort)version;
        instrs[cache + 7] = (ushort)(version >> 16);
        if (method) instrs[cache + 1] = instrs[cache + 2] = 0;
        return true;
    }

    /// <summary>After a generic LOAD_ATTR: cache the site (a module's attribute, or a method in the method form) when the counter allows.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static void LoadAttrMiss(PyCode code, ushort[] instrs, int cache, PyObject owner, PyUnicode name, bool method)
    {
        if (!CounterTriggers(instrs, cache)) return;
        bool cached = owner is PyModule m && owner.ob_type == PyModule.Type
            ? SpecializeLoadAttrModule(code, instrs, cache, m, name, method)
            : method ? SpecializeLoadAttrMethod(code, instrs, cache, owner, name)
            : SpecializeInstanceValue(instrs, cache, owner, name, store: false);
        CounterReset(instrs, cache, cached);
    }

    /// <summary>The site's slot in the code object's AttrCache (entry 5 holds it plus one), made on first use; false when the table is full.</summary>
    static bool AttrCacheSlot(PyCode code, ushort[] instrs, int cache, out int slot)
    {
        slot = instrs[cache + 5] - 1;
        if (slot >= 0) return true;
        slot = code.AttrCacheCount;
        if (slot == ushort.MaxValue - 1) return false;
        if (code.AttrCache == null || slot == code.AttrCache.Length)
            System.Array.Resize(ref code.AttrCache, System.Math.Max(4, slot * 2));
        code.AttrCacheCount = slot + 1;
        instrs[cache + 5] = (ushort)(slot + 1);
        return true;
    }
}

/// <summary>A LOAD_ATTR site's cached object (borrowed) and, for a module's attribute, the dict it came from.</summary>
internal struct AttrCacheEntry
{
    public PyObject? Value;
    public PyDict? Dict;
}
