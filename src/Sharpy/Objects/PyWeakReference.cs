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

    /// <summary>Link this new reference after <paramref name="prev"/>, or at the head when it is null.</summary>
    internal void LinkAfter(IWeakReferenceable target, PyWeakReference? prev)
    {
        if (prev == null)
        {
            Link(target);
            return;
        }
        Prev = prev;
        Next = prev.Next;
        if (Next != null) Next.Prev = this;
        prev.Next = this;
    }

    /// <summary>
    /// get_basic_refs: the shared reference (an exact weakref.ref without callback) and the
    /// shared proxy, which head the list in that order when they exist.
    /// </summary>
    internal static void GetBasicRefs(IWeakReferenceable target, out PyWeakReference? basicRef, out PyWeakReference? basicProxy)
    {
        var head = target.WeakRefList;
        basicRef = basicProxy = null;
        if (head != null && head.Callback == null && head.ob_type == Type)
        {
            basicRef = head;
            head = head.Next;
        }
        if (head != null && head.Callback == null && (head.ob_type == PyWeakProxy.Type || head.ob_type == PyCallableWeakProxy.Type))
            basicProxy = head;
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
            if (cb == null) continue;
            // A weakref being deallocated itself (its dict held the last reference to the
            // object) gets no callback.
            if (wr.ob_refcnt > 0)
            {
                Py.INCREF(wr); // keep the ref alive for its callback
                pending.Add((wr, cb));
            }
            else Py.DECREF(cb);
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

    /// <summary>_PyWeakref_ClearRef: leave the referent's list and forget the referent; the callback stays.</summary>
    internal void ClearRef()
    {
        if (Referent != null && ManagedInstanceData.WeakRefHolder(Referent, create: false) is { } t) Unlink(t);
        Referent = null;
    }

    protected internal override void ReleaseReferences()
    {
        ClearRef();
        Py.CLEAR(ref Callback);
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (Callback != null) visit(Callback);
    }

    protected internal override void Clear() => Py.CLEAR(ref Callback);
}
