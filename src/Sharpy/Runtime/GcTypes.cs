using System;
using System.Reflection;
using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>Which builtin types the cycle collector tracks (Py_TPFLAGS_HAVE_GC).</summary>
internal static class GcTypes
{
    // Reflection is slow under Native AOT, and start-up asks for every builtin type (most
    // exceptions and struct sequences share a class), some twice: one answer per class.
    static readonly System.Collections.Generic.Dictionary<Type, bool> s_holdsReferences = new();

    /// <summary>A type whose C# class overrides Traverse holds references, so it is tracked.</summary>
    public static bool HoldsReferences(Type instanceClass)
    {
        lock (s_holdsReferences)
        {
            if (!s_holdsReferences.TryGetValue(instanceClass, out bool holds))
            {
                var m = instanceClass.GetMethod("Traverse", BindingFlags.Instance | BindingFlags.NonPublic, [typeof(Visitor)]);
                s_holdsReferences[instanceClass] = holds = m != null && m.DeclaringType != typeof(PyObject);
            }
            return holds;
        }
    }
}
