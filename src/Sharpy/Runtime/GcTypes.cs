using System;
using System.Collections.Generic;
using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>Which builtin types the cycle collector tracks (Py_TPFLAGS_HAVE_GC).</summary>
public static class GcTypes
{
    /// <summary>Every loaded assembly's PyObject classes that override Traverse (GcTraversingClasses.g.cs registers them).</summary>
    static readonly HashSet<Type> s_traversing = new();

    /// <summary>Called by an assembly's generated module initializer.</summary>
    public static void Register(ReadOnlySpan<Type> classes)
    {
        lock (s_traversing)
            foreach (var c in classes) s_traversing.Add(c);
    }

    /// <summary>A type whose C# class, or a base of it below PyObject, overrides Traverse holds references, so it is tracked.</summary>
    internal static bool HoldsReferences(Type instanceClass)
    {
        lock (s_traversing)
            for (Type? t = instanceClass; t != null && t != typeof(PyObject); t = t.BaseType)
                if (s_traversing.Contains(t)) return true;
        return false;
    }
}
