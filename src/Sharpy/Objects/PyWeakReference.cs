using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// `weakref.ref` (Objects/weakrefobject.c). Weak references to one object form a doubly
/// linked list kept by the object; when the object dies each is cleared and its callback,
/// if any, called with the dead reference, newest first as in CPython.
/// </summary>
[PyType("weakref.ReferenceType", BaseType = true)]
public partial class PyWeakReference : PyObject, IWeakReferenceable
{
    /// <summary>The referent, or null once it has died (wr_object; not a counted reference).</summary>
    public PyObject? Referent;
    public PyObject? Callback;
    public PyWeakReference? Prev, Next;
    public long Hash = -1;
    public PyWeakReference? WeakRefList { get; set; }

    public PyWeakReference(PyType type, PyObject referent, PyObject? callback) : base(type)
    {
        Referent = referent;
        Callback = callback;
    }

    /// <summary>Link this new reference at the head of <paramref name="target"/>'s list.</summary>
    public void Link(IWeakReferenceable target)
    {
        Next = target.WeakRefList;
        if (Next != null) Next.Prev = this;
        target.WeakRefList = this;
    }

    void Unlink(IWeakReferenceable target)
    {
        if (Prev != null) Prev.Next = Next;
        else target.WeakRefList = Next;
        if (Next != null) Next.Prev = Prev;
        Prev = Next = null;
    }

    /// <summary>PyObject_ClearWeakRefs: clear every weak reference to a dying object, then call the callbacks.</summary>
    public static void ClearAll(PyObject dying, IWeakReferenceable target)
    {
        var pending = new System.Collections.Generic.List<(PyWeakReference, PyObject)>();
        while (target.WeakRefList is { } wr)
        {
            wr.Unlink(target);
            wr.Referent = null;
            var cb = wr.Callback;
            wr.Callback = null;
            if (cb != null)
            {
                Py.INCREF(wr); // keep the ref alive for its callback
                pending.Add((wr, cb));
            }
        }
        CallCallbacks(pending);
    }

    /// <summary>
    /// Call each cleared weakref's callback with the dead reference, reporting failures as
    /// unraisable; takes over the references to the weakrefs and callbacks in the list.
    /// </summary>
    internal static void CallCallbacks(System.Collections.Generic.List<(PyWeakReference, PyObject)> pending)
    {
        foreach (var (wr, cb) in pending)
        {
            var saved = Errors.GetRaisedException();
            var r = Calls.CallOneArg(cb, wr);
            if (r == null) Interpreter.WriteUnraisable("while calling weakref callback", cb);
            else Py.DECREF(r);
            Errors.SetRaisedException(saved);
            Py.DECREF(cb);
            Py.DECREF(wr);
        }
    }

    protected internal override void ReleaseReferences()
    {
        if (Referent != null && ManagedInstanceData.WeakRefHolder(Referent, create: false) is { } t) Unlink(t);
        Referent = null;
        Py.CLEAR(ref Callback);
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (Callback != null) visit(Callback);
    }

    protected internal override void Clear() => Py.CLEAR(ref Callback);
}
