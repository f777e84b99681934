using System.Runtime.CompilerServices;
using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// LOAD_ATTR and STORE_ATTR on an instance's inline values (3.14's LOAD_ATTR_INSTANCE_VALUE
/// and STORE_ATTR_INSTANCE_VALUE). The instruction's inline cache holds, as CPython lays it
/// out, the type's version tag in entries 1-2 and the value's index in the class's shared keys
/// in entry 3. A matching tag means the type's attributes, its tp_getattro/tp_setattro, and so
/// the absence of a data descriptor of that name, are as when the entry was written; the index
/// stays right because shared keys only grow. A miss takes the generic path, which writes the
/// entry again when the site qualifies. Sharpy does not rewrite the opcode itself.
/// </summary>
public static partial class EvalLoop
{
    /// <summary>The cached inline value of <paramref name="owner"/> (borrowed), or null (not cached, or absent).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static PyObject? LoadAttrInstanceValue(ushort[] instrs, int cache, PyObject owner)
    {
        if (owner is not PyInstance { Values: { } values } inst) return null;
        uint version = instrs[cache + 1] | (uint)instrs[cache + 2] << 16;
        int index = instrs[cache + 3];
        if (version == 0 || inst.ob_type.VersionTag != version || index >= values.Length) return null;
        return values[index];
    }

    /// <summary>Store through the cache; false when it does not apply (the generic path stores).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool StoreAttrInstanceValue(ushort[] instrs, int cache, PyObject owner, PyObject value)
    {
        if (owner is not PyInstance { Values: { } values } inst) return false;
        uint version = instrs[cache + 1] | (uint)instrs[cache + 2] << 16;
        int index = instrs[cache + 3];
        if (version == 0 || inst.ob_type.VersionTag != version || index >= values.Length) return false;
        var old = values[index];
        // A new value only after every value present (PyInstance keeps them in store order).
        if (old == null && !PyInstance.NoneAfter(values, index)) return false;
        values[index] = Py.NewRef(value);
        Py.XDECREF(old);
        return true;
    }

    /// <summary>After a generic LOAD_ATTR or STORE_ATTR: cache the site when the attribute is an inline value of a class's instances.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void SpecializeInstanceValue(ushort[] instrs, int cache, PyObject owner, PyUnicode name, bool store)
    {
        if (owner is not PyInstance { Values: not null } inst || name.ob_type != PyUnicode.Type) return;
        var type = inst.ob_type;
        var generic = PyBaseObject.Type;
        if (store ? type.tp_setattro != generic.tp_setattro : type.tp_getattro != generic.tp_getattro) return;
        // The lookup also gives the type its version tag.
        var descr = TypeLookup.Lookup(type, name);
        if (descr != null && descr.ob_type.tp_descr_set != null) return;
        uint version = type.VersionTag;
        int index = type.CachedKeys!.IndexOf(name);
        if (version == 0 || index < 0) return;
        instrs[cache + 1] = (ushort)version;
        instrs[cache + 2] = (ushort)(version >> 16);
        instrs[cache + 3] = (ushort)index;
    }
}
