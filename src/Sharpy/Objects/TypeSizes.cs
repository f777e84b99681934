using System;

namespace Sharpy.Objects;

/// <summary>
/// The instance sizes 64-bit CPython 3.14 gives its types (tp_basicsize, tp_itemsize and the
/// pre-header), which `type.__basicsize__`, `type.__itemsize__`, the `__sizeof__` methods and
/// `sys.getsizeof` report. Sharpy's objects are .NET objects of other sizes; these figures are
/// what programs and tests that reason about memory expect.
/// </summary>
public static class TypeSizes
{
    /// <summary>sizeof(PyGC_Head): added by sys.getsizeof for gc-tracked types.</summary>
    public const int GcHeadSize = 16;
    /// <summary>The managed dict and weakref pointers before a heap instance (Py_TPFLAGS_PREHEADER).</summary>
    public const int ManagedPreHeaderSize = 16;
    /// <summary>sizeof(PyDictKeysObject) without its tables.</summary>
    public const int DictKeysHeaderSize = 32;
    /// <summary>sizeof(PyTypeObject): a static type's own object.</summary>
    public const int TypeObjectSize = 416;
    /// <summary>sizeof(PyHeapTypeObject): a class's own object, before its cached keys.</summary>
    public const int HeapTypeObjectSize = 936;
    /// <summary>
    /// _PyDict_KeysSize of a class's ht_cached_keys (_PyDict_NewKeysForClass): a shared-keys
    /// table of 2**6 one-byte indices and 42 str-keyed entries of 16 bytes.
    /// </summary>
    public const int ClassCachedKeysSize = DictKeysHeaderSize + 64 + 42 * 16;

    /// <summary>
    /// type.__sizeof__ (type___sizeof___impl): sizeof(PyTypeObject) for a static type; for a
    /// class, sizeof(PyHeapTypeObject) and the shared keys its instances' managed dicts use.
    /// </summary>
    public static long TypeObjectSizeOf(PyType t)
    {
        if (!t.IsHeapType) return TypeObjectSize;
        // Py_TPFLAGS_INLINE_VALUES (type_ready_managed_dict makes ht_cached_keys).
        return HeapTypeObjectSize + ((t.tp_flags & TypeFlags.InlineValues) != 0 ? ClassCachedKeysSize : 0);
    }

    /// <summary>tp_basicsize: a builtin type's C struct; a class adds 8 per `__slots__` member (its dict and weakref pointers live in the pre-header).</summary>
    public static long BasicSize(PyType t)
    {
        if (t.IsHeapType && t.tp_base != null)
            return BasicSize(t.tp_base) + 8L * (t.SlotCount - t.tp_base.SlotCount);
        return StaticSizes(t.InstanceClass).Basic;
    }

    /// <summary>tp_itemsize: bytes per item of variable-size instances (int digits, tuple items, bytes).</summary>
    public static long ItemSize(PyType t)
    {
        while (t.IsHeapType && t.tp_base != null) t = t.tp_base;
        return StaticSizes(t.InstanceClass).Item;
    }

    /// <summary>_PyType_PreHeaderSize: the GC header of gc-tracked types, and the managed dict/weakref pointers of classes that add them.</summary>
    public static long PreHeaderSize(PyType t)
    {
        long size = (t.tp_flags & TypeFlags.HaveGC) != 0 ? GcHeadSize : 0;
        if (!t.IsHeapType) return size;
        var b = t;
        while (b.IsHeapType && b.tp_base != null) b = b.tp_base;
        // A builtin base with its own dict or weakref pointer (functions, modules) keeps them in its struct.
        if ((t.HasInstanceDict && !b.HasInstanceDict) || (t.SupportsWeakRefs && !b.SupportsWeakRefs)) size += ManagedPreHeaderSize;
        return size;
    }

    /// <summary>MANAGED_WEAKREF_OFFSET: a class's weakref pointer in the pre-header (-4 pointers).</summary>
    public const long ManagedWeakRefOffset = -32;

    /// <summary>
    /// tp_weaklistoffset: 0 without weak references; MANAGED_WEAKREF_OFFSET when a class adds
    /// them; for a builtin type, a field of its struct (the C offset is not modelled: after the
    /// struct and the dict pointer).
    /// </summary>
    public static long WeakListOffset(PyType t)
    {
        if (!t.SupportsWeakRefs) return 0;
        var b = StaticBase(t);
        if (!b.SupportsWeakRefs) return ManagedWeakRefOffset;
        return BasicSize(b) + (b.HasInstanceDict ? 8 : 0);
    }

    /// <summary>tp_dictoffset: 0 without a __dict__; -1 for a class's managed dict (Py_TPFLAGS_MANAGED_DICT); for a builtin type, a field of its struct (after it, not modelled).</summary>
    public static long DictOffset(PyType t)
    {
        var b = StaticBase(t);
        if (!b.HasInstanceDict) return t.HasInstanceDict ? -1 : 0;
        return BasicSize(b);
    }

    /// <summary>The first builtin type in t's base chain (t itself when it is builtin).</summary>
    static PyType StaticBase(PyType t)
    {
        while (t.IsHeapType && t.tp_base != null) t = t.tp_base;
        return t;
    }

    static (long Basic, long Item) StaticSizes(Type c)
    {
        if (c == typeof(PyBool) || c == typeof(PyLong)) return (24, 4);
        if (c == typeof(PyFloat)) return (24, 0);
        if (c == typeof(PyComplex)) return (32, 0);
        // 3.14's tuple caches its hash (ob_hash) after the variable-size header.
        if (c == typeof(PyTuple)) return (32, 8);
        if (c == typeof(PyBytes)) return (33, 1);
        if (c == typeof(PyByteArray)) return (56, 0);
        if (c == typeof(PyUnicode)) return (64, 0);
        if (c == typeof(PyList)) return (40, 0);
        if (c == typeof(PyDict)) return (48, 0);
        if (c == typeof(PySet) || c == typeof(PyFrozenSet)) return (200, 0);
        if (c == typeof(PyRange)) return (48, 0);
        if (c == typeof(PySlice)) return (40, 0);
        return (16, 0);
    }
}
