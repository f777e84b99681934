using System;
using System.Reflection;
using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>Which builtin types the cycle collector tracks (Py_TPFLAGS_HAVE_GC).</summary>
internal static class GcTypes
{
    /// <summary>A type whose C# class overrides Traverse holds references, so it is tracked.</summary>
    public static bool HoldsReferences(Type instanceClass)
    {
        var m = instanceClass.GetMethod("Traverse", BindingFlags.Instance | BindingFlags.NonPublic, [typeof(Visitor)]);
        return m != null && m.DeclaringType != typeof(PyObject);
    }
}
