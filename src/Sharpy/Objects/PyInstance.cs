using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// An instance of a class statement's type whose solid base is `object`: its attributes, weakref
/// list and `__slots__` values.
///
/// The attributes are CPython 3.13's inline values: an array indexed by the class's
/// <see cref="SharedKeys"/>, with no dict object until one is needed: Python code asks for
/// `__dict__` (or vars(), pickling ...), the instance stores a name out of the keys' order,
/// or the keys are full. Then the values move into a dict of its own
/// (_PyObject_MaterializeManagedDict) and the instance keeps that dict for good. The values
/// present are always in the order they were stored, as the keys' order (CPython keeps an
/// insertion-order array instead): a new value goes after every value present, so a dict made
/// from them iterates as a dict filled by the same stores would.
/// </summary>
public sealed class PyInstance : PyBaseObject, IWeakReferenceable
{
    /// <summary>The attributes once they are in a dict; null while they are inline values.</summary>
    public PyDict? Dict;
    /// <summary>The inline values: Values[i] is the attribute named by the type's keys[i], null when the
    /// instance has none of that name. Null when no attribute was stored yet, and once the dict exists.</summary>
    public PyObject?[]? Values;
    public PyWeakReference? WeakRefList { get; set; }
    /// <summary>The values of the `__slots__` members of the type and its bases (null when it has none).</summary>
    public PyObject?[]? Slots;

    public PyInstance(PyType type) : base(type)
    {
        if (type.SlotCount > 0) Slots = new PyObject?[type.SlotCount];
        // Room for every name the class's instances have stored so far.
        if (type.CachedKeys is { Count: > 0 } keys) Values = new PyObject?[keys.Count];
    }

    /// <summary>The attributes are inline values (no dict yet), and <paramref name="name"/> can be one.</summary>
    public bool HasInlineValues(PyObject name) => Dict == null && ob_type.HasInstanceDict && name.ob_type == PyUnicode.Type;

    /// <summary>The inline value named <paramref name="name"/> (borrowed), or null. Needs <see cref="HasInlineValues"/>.</summary>
    public PyObject? InlineValue(PyUnicode name)
    {
        var values = Values;
        if (values == null) return null;
        int i = ob_type.CachedKeys!.IndexOf(name);
        return (uint)i < (uint)values.Length ? values[i] : null;
    }

    /// <summary>
    /// Store (or with null delete) the inline value <paramref name="name"/>. Needs
    /// <see cref="HasInlineValues"/>. 1 when done, 0 when the attribute is absent (a delete), -1
    /// when it needs the dict (the caller materializes it and stores there).
    /// </summary>
    public int SetInlineValue(PyUnicode name, PyObject? value)
    {
        var keys = ob_type.CachedKeys ??= new SharedKeys();
        var values = Values;
        int len = values?.Length ?? 0;
        int i = keys.IndexOf(name);
        var old = (uint)i < (uint)len ? values![i] : null;
        if (old == null)
        {
            if (value == null) return 0;
            // A new value goes after every value present (a name new to the keys always does).
            if (i >= 0 && !NoneAfter(values, i)) return -1;
            if (i < 0 && (i = keys.Add(name)) < 0) return -1;
            if (i >= len)
            {
                var grown = new PyObject?[keys.Count];
                values?.CopyTo(grown, 0);
                Values = values = grown;
            }
        }
        values![i] = Py.XNewRef(value);
        Py.XDECREF(old);
        return 1;
    }

    /// <summary>No value is present after index <paramref name="i"/>: a new one may go there.</summary>
    public static bool NoneAfter(PyObject?[]? values, int i)
    {
        if (values == null) return true;
        for (int j = i + 1; j < values.Length; j++)
            if (values[j] != null) return false;
        return true;
    }

    /// <summary>The instance's dict, made from its inline values on first use (borrowed).</summary>
    public PyDict MaterializeDict()
    {
        if (Dict != null) return Dict;
        var d = PyDict.New();
        var values = Values;
        if (values != null)
        {
            var keys = ob_type.CachedKeys!;
            for (int i = 0; i < values.Length; i++)
                if (values[i] != null) d.SetItem(keys[i], values[i]!);
        }
        Dict = d;
        Values = null;
        // The dict holds the values now.
        if (values != null)
            foreach (var v in values)
                if (v != null) Py.DECREF(v);
        return d;
    }

    /// <summary>Drop the inline values (the instance gets a dict assigned, or changes class).</summary>
    public void ClearValues()
    {
        var values = Values;
        Values = null;
        if (values != null)
            for (int i = 0; i < values.Length; i++) Py.CLEAR(ref values[i]);
    }

    protected internal override void ReleaseReferences() => Clear();

    protected internal override void Traverse(Visitor visit)
    {
        if (Dict != null) visit(Dict);
        if (Values != null)
            foreach (var v in Values)
                if (v != null) visit(v);
        if (Slots != null)
            foreach (var v in Slots)
                if (v != null) visit(v);
    }

    protected internal override void Clear()
    {
        ClearValues();
        Py.CLEAR(ref Dict);
        if (Slots != null)
            for (int i = 0; i < Slots.Length; i++) Py.CLEAR(ref Slots[i]);
    }
}
