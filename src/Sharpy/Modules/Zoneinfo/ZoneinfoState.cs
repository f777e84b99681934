using System.Collections.Generic;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Zoneinfo;

/// <summary>
/// zoneinfo_state: the ZoneInfo type, the functions the module calls (io.open,
/// zoneinfo._tzpath.find_tzfile, zoneinfo._common), the datetime classes it works with, the
/// timedelta cache, and the base class's two caches of zones: the weak one (a
/// WeakValueDictionary of every live zone by key) and the strong one (the 8 most recently
/// used, kept alive). One per interpreter; a second import of `_zoneinfo` shares it.
/// </summary>
internal sealed class ZoneinfoState
{
    /// <summary>ZONEINFO_STRONG_CACHE_MAX_SIZE.</summary>
    const int StrongCacheMaxSize = 8;

    public readonly PyType ZoneInfoType;
    public readonly PyObject IoOpen;
    public readonly PyObject FindTzfile;
    public readonly PyObject CommonMod;
    /// <summary>datetime.datetime and datetime.timedelta (PyDateTimeAPI's DateTimeType and DeltaType).</summary>
    public readonly PyType DateTimeType;
    public readonly PyType DeltaType;
    public readonly PyDict TimedeltaCache = PyDict.New();
    public readonly PyObject WeakCache;
    /// <summary>The strong cache, most recently used first: (key, zone), both owned.</summary>
    readonly LinkedList<(PyObject Key, PyObject Zone)> _strongCache = new();

    public ZoneinfoState(PyType zoneInfoType, PyObject ioOpen, PyObject findTzfile, PyObject commonMod,
        PyType dateTimeType, PyType deltaType, PyObject weakCache)
    {
        ZoneInfoType = zoneInfoType;
        IoOpen = ioOpen;
        FindTzfile = findTzfile;
        CommonMod = commonMod;
        DateTimeType = dateTimeType;
        DeltaType = deltaType;
        WeakCache = weakCache;
    }

    public static ZoneinfoState Get() => ModuleState<ZoneinfoState>.Get();

    /// <summary>
    /// load_timedelta: timedelta(seconds=<paramref name="seconds"/>), one object per offset
    /// (a new reference), or null with an exception set.
    /// </summary>
    public PyObject? LoadTimedelta(long seconds)
    {
        var key = PyLong.FromLong(seconds);
        var rv = TimedeltaCache.GetItemWithError(key);
        if (rv == null)
        {
            if (Errors.Occurred())
            {
                Py.DECREF(key);
                return null;
            }
            var zero = PyLong.FromLong(0);
            var args = PyTuple.FromStolen([zero, Py.NewRef<PyObject>(key)]);
            var td = Calls.CallTuple(DeltaType, args);
            Py.DECREF(args);
            if (td == null)
            {
                Py.DECREF(key);
                return null;
            }
            rv = TimedeltaCache.SetDefault(key, td);
            Py.DECREF(td);
        }
        Py.DECREF(key);
        return Py.XNewRef(rv);
    }

    /// <summary>A new WeakValueDictionary (new_weak_cache), or null with an exception set.</summary>
    public static PyObject? NewWeakCache()
    {
        var weakref = Import.ImportModule("weakref");
        if (weakref == null) return null;
        var cache = Calls.CallMethod(weakref, "WeakValueDictionary");
        Py.DECREF(weakref);
        return cache;
    }

    /// <summary>get_weak_cache: the base class's own; a subclass's `_weak_cache` (borrowed, or null with an exception set).</summary>
    public PyObject? WeakCacheOf(PyType type)
    {
        if (type == ZoneInfoType) return WeakCache;
        var cache = Abstract.GetAttr(type, "_weak_cache");
        // The class holds the cache for as long as the caller uses it (as CPython assumes).
        Py.XDECREF(cache);
        return cache;
    }

    /// <summary>
    /// find_in_strong_cache: the node whose key equals <paramref name="key"/>, or null (also on
    /// an error in the comparison, left set).
    /// </summary>
    LinkedListNode<(PyObject Key, PyObject Zone)>? FindStrong(PyObject key)
    {
        for (var node = _strongCache.First; node != null; node = node.Next)
        {
            int r = Abstract.RichCompareBool(key, node.Value.Key, CompareOp.Eq);
            if (r < 0) return null;
            // The key's __eq__ may have cleared the cache (a node no longer in it is a miss).
            if (r > 0) return node.List == _strongCache ? node : null;
        }
        return null;
    }

    /// <summary>
    /// zone_from_strong_cache: the cached zone for key (a new reference), moved to the front;
    /// null on a miss or an error. Only the base class has a strong cache.
    /// </summary>
    public PyObject? ZoneFromStrongCache(PyType type, PyObject key)
    {
        if (type != ZoneInfoType) return null;
        var node = FindStrong(key);
        if (node == null) return null;
        _strongCache.Remove(node);
        _strongCache.AddFirst(node);
        return Py.NewRef(node.Value.Zone);
    }

    /// <summary>update_strong_cache: key's zone at the front, the least recently used past the size dropped.</summary>
    public void UpdateStrongCache(PyType type, PyObject key, PyObject zone)
    {
        if (type != ZoneInfoType) return;
        _strongCache.AddFirst((Py.NewRef(key), Py.NewRef(zone)));
        while (_strongCache.Count > StrongCacheMaxSize)
        {
            var last = _strongCache.Last!.Value;
            _strongCache.RemoveLast();
            Release(last);
        }
    }

    /// <summary>eject_from_strong_cache: the key's entry dropped, if there is one.</summary>
    public void EjectFromStrongCache(PyType type, PyObject key)
    {
        if (type != ZoneInfoType) return;
        var node = FindStrong(key);
        if (node == null) return;
        _strongCache.Remove(node);
        Release(node.Value);
    }

    /// <summary>clear_strong_cache.</summary>
    public void ClearStrongCache(PyType type)
    {
        if (type != ZoneInfoType) return;
        var entries = new List<(PyObject, PyObject)>(_strongCache);
        _strongCache.Clear();
        foreach (var e in entries) Release(e);
    }

    static void Release((PyObject Key, PyObject Zone) entry)
    {
        Py.DECREF(entry.Key);
        Py.DECREF(entry.Zone);
    }
}
