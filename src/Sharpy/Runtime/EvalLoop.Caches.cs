using System.Runtime.CompilerServices;
using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// LOAD_GLOBAL's cache entry (what 3.14's LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN keep):
/// the value found for a name, valid while the globals dict (and, for a builtin, the
/// builtins dict) is the same object at the same <see cref="PyDict.Version"/>. Every change
/// to a dict's mapping bumps its version, so a hit returns exactly what a lookup would.
/// The value is borrowed: the unchanged dict still holds it.
/// </summary>
internal struct GlobalCacheEntry
{
    public PyDict? Globals;
    public PyDict? Builtins;   // null: the value came from Globals
    public PyObject? Value;
    public uint GlobalsVersion;
    public uint BuiltinsVersion;
}

public static partial class EvalLoop
{
    /// <summary>LOAD_GLOBAL through the code object's cache: a new reference, or null with an error set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static PyObject? LoadGlobalCached(Frame f, PyCode code, int nameIndex)
    {
        var cache = code.GlobalCache;
        if (cache != null)
        {
            ref var e = ref cache[nameIndex];
            var g = f.Globals;
            if (e.Globals == g && e.GlobalsVersion == g.Version)
            {
                var bd = e.Builtins;
                if (bd == null || (bd == f.Builtins && e.BuiltinsVersion == bd.Version))
                {
                    var v = e.Value!;
                    Py.INCREF(v);
                    return v;
                }
            }
        }
        return LoadGlobalFill(f, code, nameIndex);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static PyObject? LoadGlobalFill(Frame f, PyCode code, int nameIndex)
    {
        var name = code.Names[nameIndex];
        var globals = f.Globals;
        if (globals.ob_type != PyDict.Type || f.Builtins.ob_type != PyDict.Type) return LoadGlobal(f, name);
        var builtins = (PyDict)f.Builtins;
        // The versions before the lookups: a lookup that runs code changing a dict leaves
        // an entry that never matches.
        uint gv = globals.Version, bv = builtins.Version;
        var v = globals.GetItemWithError(name);
        PyDict? from = null;
        if (v == null)
        {
            if (Errors.Occurred()) return null;
            v = builtins.GetItemWithError(name);
            if (v == null)
            {
                if (!Errors.Occurred()) NameErrors.Raise(name, f);
                return null;
            }
            from = builtins;
        }
        var cache = code.GlobalCache ??= new GlobalCacheEntry[code.Names.Length];
        ref var e = ref cache[nameIndex];
        e.Globals = globals;
        e.GlobalsVersion = gv;
        e.Builtins = from;
        e.BuiltinsVersion = bv;
        e.Value = v;
        Py.INCREF(v);
        return v;
    }

    /// <summary>
    /// BINARY_OP's subscript for an exact list with an int index and an exact dict with an
    /// int or str key (3.14's BINARY_OP_SUBSCR_LIST_INT / _DICT): a new reference; null with
    /// <paramref name="failed"/> false to take the general path; null with it true on an
    /// error (KeyError raised here, as dict's own subscript does: no __missing__ on exact dicts).
    /// </summary>
    static PyObject? SubscrFast(PyObject container, PyObject sub, out bool failed)
    {
        failed = false;
        var t = container.ob_type;
        if (t == PyList.Type)
        {
            if (sub.ob_type != PyLong.Type) return null;
            var l = (PyList)container;
            var i = (PyLong)sub;
            if (i.IsBig) return null;
            long n = i.Value;
            if (n < 0) n += l.Count;
            if ((ulong)n >= (ulong)l.Count) return null;
            var item = l.Items[n];
            Py.INCREF(item);
            return item;
        }
        if (t == PyDict.Type && (sub.ob_type == PyLong.Type || sub.ob_type == PyUnicode.Type))
        {
            var v = ((PyDict)container).GetItemWithError(sub);
            if (v != null)
            {
                Py.INCREF(v);
                return v;
            }
            if (!Errors.Occurred()) Errors.SetKeyError(sub);
            failed = true;
        }
        return null;
    }

    /// <summary>
    /// STORE_SUBSCR for an exact dict with an int or str key and an exact list with an int
    /// index in range (STORE_SUBSCR_DICT / _LIST_INT): 1 when done, -1 on an error, 0 to
    /// take the general path.
    /// </summary>
    static int StoreSubscrFast(PyObject container, PyObject sub, PyObject value)
    {
        var t = container.ob_type;
        if (t == PyDict.Type)
        {
            if (sub.ob_type != PyLong.Type && sub.ob_type != PyUnicode.Type) return 0;
            return ((PyDict)container).SetItem(sub, value) < 0 ? -1 : 1;
        }
        if (t == PyList.Type && sub.ob_type == PyLong.Type)
        {
            var l = (PyList)container;
            var i = (PyLong)sub;
            if (i.IsBig) return 0;
            long n = i.Value;
            if (n < 0) n += l.Count;
            if ((ulong)n >= (ulong)l.Count) return 0;
            Py.INCREF(value);
            var old = l.Items[n];
            l.Items[n] = value;
            Py.DECREF(old);
            return 1;
        }
        return 0;
    }
}
