using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Abc;

/// <summary>
/// `_abc._abc_data`: what an ABC keeps in `cls._abc_impl`: the registry of virtual subclasses
/// and the positive and negative caches of subclass checks, each a set of weak references made
/// on first use, and the invalidation counter the negative cache was last valid for.
/// </summary>
[PyType("_abc._abc_data", Doc = "Internal state held by ABC machinery.")]
public sealed partial class AbcData : PyObject
{
    internal PySet? Registry, Cache, NegativeCache;
    internal ulong NegativeCacheVersion;

    AbcData(ulong version) : base(Type) => NegativeCacheVersion = version;

    internal static AbcData New() => new(AbcState.Get().InvalidationCounter);

    [PySlot("tp_new")]
    static PyObject? NewSlot(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => New();

    /// <summary>_in_weak_set: whether a weak reference to obj is in set; 0 for an object that cannot have one.</summary>
    internal static int InWeakSet(PySet? set, PyObject obj)
    {
        if (set == null || set.Count == 0) return 0;
        var r = PyWeakReference.NewRef(obj, null);
        if (r == null)
        {
            if (!Errors.ExceptionMatches(PyExc.TypeError)) return -1;
            Errors.Clear();
            return 0;
        }
        int res = set.Contains(r);
        Py.DECREF(r);
        return res;
    }

    /// <summary>
    /// _add_to_weak_set: add a weak reference to obj to the set (made on first use), whose
    /// callback removes it from the set when obj dies; the callback holds the set only weakly.
    /// </summary>
    internal static int AddToWeakSet(ref PySet? set, PyObject obj)
    {
        set ??= PySet.NewEmpty();
        var setRef = PyWeakReference.NewRef(set, null);
        if (setRef == null) return -1;
        var destroy = new PyCFunction("_destroy", "_destroy", s_destroy, setRef, null);
        var r = PyWeakReference.NewRef(obj, destroy);
        Py.DECREF(destroy);
        if (r == null) return -1;
        int ret = set.Add(r);
        Py.DECREF(r);
        return ret;
    }

    static readonly BuiltinImpl s_destroy = Destroy;

    /// <summary>_destroy (METH_O, self the weak reference to the set): discard the dead weak reference from the set, if the set lives.</summary>
    static PyObject? Destroy(PyObject? setRef, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (kwnames != null && kwnames.Count > 0) return Errors.SetString(PyExc.TypeError, "_destroy() takes no keyword arguments");
        if (args.Length != 1) return Errors.SetString(PyExc.TypeError, $"_destroy() takes exactly one argument ({args.Length} given)");
        if (((PyWeakReference)setRef!).Referent is not PySet set) return Py.None;
        Py.INCREF(set);
        int r = set.Discard(args[0].AsBorrowed);
        Py.DECREF(set);
        return r < 0 ? null : Py.None;
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (Registry != null) visit(Registry);
        if (Cache != null) visit(Cache);
        if (NegativeCache != null) visit(NegativeCache);
    }

    protected internal override void Clear()
    {
        Py.CLEAR(ref Registry);
        Py.CLEAR(ref Cache);
        Py.CLEAR(ref NegativeCache);
    }

    protected internal override void ReleaseReferences() => Clear();
}
