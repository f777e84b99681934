using System.Collections.Generic;
using System.Collections.Immutable;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Contextvars;

/// <summary>
/// `hamt` (Python/hamt.c): the immutable mapping of context variables to values that a
/// Context holds; setting a variable makes a new one and copying a context shares it. The
/// map is a persistent tree ordered by the variables' creation (CPython orders by hash); each
/// mapping owns a reference to every key and value it holds.
/// </summary>
[PyType("hamt")]
public sealed partial class PyHamt : PyObject
{
    sealed class ByCreation : IComparer<PyContextVar>
    {
        public static readonly ByCreation Instance = new();
        public int Compare(PyContextVar? x, PyContextVar? y) => x!.Serial.CompareTo(y!.Serial);
    }

    internal ImmutableSortedDictionary<PyContextVar, PyObject> Map;

    PyHamt(ImmutableSortedDictionary<PyContextVar, PyObject> map) : base(Type)
    {
        Map = map;
        foreach (var (k, v) in map)
        {
            Py.INCREF(k);
            Py.INCREF(v);
        }
    }

    public static PyHamt New() => new(ImmutableSortedDictionary.Create<PyContextVar, PyObject>(ByCreation.Instance));

    public int Count => Map.Count;

    /// <summary>The value of <paramref name="var"/> (borrowed), or null.</summary>
    public PyObject? Find(PyContextVar var) => Map.TryGetValue(var, out var v) ? v : null;

    /// <summary>_PyHamt_Assoc: a new mapping with var set to value.</summary>
    public PyHamt Assoc(PyContextVar var, PyObject value) => new(Map.SetItem(var, value));

    /// <summary>_PyHamt_Without: a new mapping without var.</summary>
    public PyHamt Without(PyContextVar var) => new(Map.Remove(var));

    /// <summary>_PyHamt_Eq: the same variables with equal values; -1 on error.</summary>
    public int Equal(PyHamt other)
    {
        if (this == other) return 1;
        if (Map.Count != other.Map.Count) return 0;
        foreach (var (k, v) in Map)
        {
            if (!other.Map.TryGetValue(k, out var w)) return 0;
            int r = Abstract.RichCompareBool(v, w, CompareOp.Eq);
            if (r <= 0) return r;
        }
        return 1;
    }

    protected internal override void Traverse(Visitor visit)
    {
        foreach (var (k, v) in Map)
        {
            visit(k);
            visit(v);
        }
    }

    protected internal override void Clear()
    {
        var old = Map;
        Map = Map.Clear();
        foreach (var (k, v) in old)
        {
            Py.DECREF(k);
            Py.DECREF(v);
        }
    }

    protected internal override void ReleaseReferences() => Clear();
}
