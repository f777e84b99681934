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
