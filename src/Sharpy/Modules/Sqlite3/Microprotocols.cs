using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Sqlite3;

/// <summary>microprotocols.c: the adapter registry (`_sqlite3.adapters`) and adapt().</summary>
internal static class Microprotocols
{
    /// <summary>pysqlite_microprotocols_add: adapters[(type, proto)] = cast.</summary>
    public static int Add(Sqlite3State state, PyType type, PyObject proto, PyObject cast)
    {
        var key = PyTuple.Pack(type, proto);
        int rc = state.Adapters.SetItem(key, cast);
        Py.DECREF(key);
        return rc;
    }

    /// <summary>
    /// pysqlite_microprotocols_adapt: the registered adapter for obj's type, else proto.__adapt__(obj),
    /// else obj.__conform__(proto) (a None result or a TypeError from them means "no"), else
    /// <paramref name="alt"/>, else ProgrammingError("can't adapt"). A new reference or null.
    /// </summary>
    public static PyObject? Adapt(Sqlite3State state, PyObject obj, PyObject proto, PyObject? alt)
    {
        var key = PyTuple.Pack(obj.ob_type, proto);
        var adapter = state.Adapters.GetItemWithError(key);
        Py.DECREF(key);
        if (adapter != null) return Calls.CallOneArg(adapter, obj);
        if (Errors.Occurred()) return null;

        if (TryMethod(proto, "__adapt__", obj, out var adapted)) return adapted;
        if (TryMethod(obj, "__conform__", proto, out adapted)) return adapted;
        if (alt != null) return Py.NewRef(alt);
        return Errors.SetString(state.ProgrammingError, "can't adapt");
    }

    /// <summary>Call o.name(arg) if o has it: true with the result (or null and an error) when that settles it.</summary>
    static bool TryMethod(PyObject o, string name, PyObject arg, out PyObject? result)
    {
        result = null;
        var n = PyUnicode.FromString(name);
        int found = Abstract.LookupAttr(o, n, out var method);
        Py.DECREF(n);
        if (found < 0) return true;
        if (method == null) return false;
        var r = Calls.CallOneArg(method, arg);
        Py.DECREF(method);
        if (r == Py.None) return false;
        if (r != null || !Errors.ExceptionMatches(PyExc.TypeError))
        {
            result = r;
            return true;
        }
        Errors.Clear();
        return false;
    }
}
