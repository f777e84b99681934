using System.Runtime.CompilerServices;
using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// _PyType_Lookup: find a name along a type's MRO (borrowed result, never raises), through
/// CPython's method cache: a table keyed by (version tag, name) that remembers what the
/// walk found, absence included. An entry is good while the type keeps that tag, which it
/// loses on any change to a dict or the MRO along the way (<see cref="PyType.Modified"/>);
/// the value it holds is then still in the dict that was walked, so it is borrowed.
/// </summary>
public static class TypeLookup
{
    const int CacheBits = 12;
    const int CacheMask = (1 << CacheBits) - 1;

    struct Entry
    {
        public uint Version;
        public PyUnicode? Name;
        public PyObject? Value;
    }

    static readonly Entry[] s_cache = new Entry[1 << CacheBits];

    public static PyObject? Lookup(PyType type, PyObject name)
    {
        var mro = type.tp_mro;
        if (mro == null) return type.tp_dict?.GetItemString((PyUnicode)name);
        // Only exact str names: a subclass's own equality must not be skipped.
        if (name.ob_type != PyUnicode.Type) return Walk(mro, (PyUnicode)name);
        var key = Unsafe.As<PyUnicode>(name);
        uint tag = type.VersionTag;
        if (tag != 0)
        {
            ref var e = ref s_cache[Index(tag, key)];
            if (e.Version == tag && e.Name == key) return e.Value;
        }
        else if (!type.AssignVersionTag()) return Walk(mro, key);
        tag = type.VersionTag;
        var v = Walk(mro, key);
        // A key's own __eq__ in some dict along the way may have changed the type: then the
        // result stands for this call only.
        if (type.VersionTag == tag)
        {
            ref var e = ref s_cache[Index(tag, key)];
            e.Version = tag;
            e.Name = key;
            e.Value = v;
        }
        return v;
    }

    public static PyObject? Lookup(PyType type, string name) => Lookup(type, PyUnicode.Intern(name));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static int Index(uint tag, PyUnicode name) => (int)((tag ^ (uint)PyUnicode.StrHash(name)) & CacheMask);

    static PyObject? Walk(PyTuple mro, PyUnicode name)
    {
        // Held for the walk: comparing a non-str key of some class's dict may run code that
        // assigns __bases__, replacing (and freeing) the MRO (find_name_in_mro does the same).
        Py.INCREF(mro);
        var items = mro.Items;
        PyObject? found = null;
        for (int i = 0; i < items.Length && found == null; i++)
            found = ((PyType)items[i]).tp_dict.GetItemString(name);
        Py.DECREF(mro);
        return found;
    }
}
