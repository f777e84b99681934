using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>The `_weakref` module (Modules/_weakref.c).</summary>
[PyModule("_weakref")]
public static partial class WeakrefModule
{
    [PyConstant("ref")] static PyObject Ref => Py.NewRef(PyWeakReference.Type);
    [PyConstant("ReferenceType")] static PyObject ReferenceType => Py.NewRef(PyWeakReference.Type);

    [PyConstant("ProxyType")] static PyObject ProxyType => Py.NewRef(PyWeakProxy.Type);
    [PyConstant("CallableProxyType")] static PyObject CallableProxyType => Py.NewRef(PyCallableWeakProxy.Type);

    /// <summary>proxy(object[, callback]): a proxy to object, calling callback with the proxy when object dies.</summary>
    [PyMethod("proxy")]
    static PyObject? Proxy(PyObject @object, PyObject? callback = null) => PyWeakProxy.New(@object, callback);

    /// <summary>Atomically delete key from dict if it maps to a dead weakref (a missing key is fine).</summary>
    [PyMethod("_remove_dead_weakref")]
    static PyObject? RemoveDeadWeakref(PyDict dct, PyObject key)
    {
        var value = dct.GetItemWithError(key);
        if (value == null) return Errors.Occurred() ? null : Py.None;
        if (value is not PyWeakReference wr)
            return Errors.SetString(PyExc.TypeError, "not a weakref");
        if (wr.Referent == null && dct.DelItem(key) < 0) return null;
        return Py.None;
    }

    [PyMethod("getweakrefcount")]
    static long GetWeakRefCount(PyObject @object)
    {
        long n = 0;
        if (ManagedInstanceData.WeakRefHolder(@object, create: false) is { } w)
            for (var r = w.WeakRefList; r != null; r = r.Next) n++;
        return n;
    }

    [PyMethod("getweakrefs")]
    static PyObject? GetWeakRefs(PyObject @object)
    {
        var list = PyList.New();
        if (ManagedInstanceData.WeakRefHolder(@object, create: false) is { } w)
            for (var r = w.WeakRefList; r != null; r = r.Next) list.Append(r);
        return list;
    }
}
