using System.Runtime.CompilerServices;
using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// What happens when a reference count reaches zero (tp_dealloc; subtype_dealloc for
/// instances of class statements): the finalizer (__del__, PEP 442: at most once, and the
/// object may be resurrected), then weak references are cleared and their callbacks
/// called, then the references the object holds are released, which may cascade.
/// </summary>
public static class Dealloc
{
    /// <summary>How deep deallocations may nest on the .NET stack before the trashcan takes over.</summary>
    const int TrashcanDepth = 1000;

    public static void Run(PyObject o)
    {
        var type = o.ob_type;
        // Exact ints and floats (_PyLong_ExactDealloc, float_dealloc): no finalizer, no weak
        // references, not tracked, nothing held, a static type. The commonest deaths by far.
        if (type == PyLong.Type || type == PyFloat.Type)
        {
#if Py_DEBUG
            RefDebug.Freed();
#endif
            if (type == PyFloat.Type) PyFloat.Free(Unsafe.As<PyFloat>(o));
            return;
        }
        // The trashcan (Py_TRASHCAN_BEGIN/END): freeing an object releases what it holds, which
        // may free more, recursively; past a depth the object waits in a list that the
        // outermost deallocation drains in a loop, so a chain of any length frees in bounded stack.
        var ts = ThreadState.Current;
        // (Or earlier when the .NET stack runs low: a generator's frame, a finalizer, take more
        // stack per level than a list does, and a thread may have a small stack.)
        if (ts.DeallocDepth >= TrashcanDepth || (ts.DeallocDepth >= 16 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            Deposit(ts, o);
            return;
        }
        ts.DeallocDepth++;
        Destroy(o, type);
        if (--ts.DeallocDepth == 0 && ts.TrashDeleteLater.Count > 0) DestroyChain(ts);
    }

    /// <summary>_PyTrash_thread_deposit_object: keep <paramref name="o"/> (refcount 0) for later.
    /// It leaves the collector meanwhile, as CPython's trashcan requires.</summary>
    static void Deposit(ThreadState ts, PyObject o)
    {
        bool tracked = o.GcIndex >= 0;
        if (tracked) Gc.Untrack(o);
        ts.TrashDeleteLater.Push((o, tracked));
    }

    /// <summary>_PyTrash_thread_destroy_chain: free the deposited objects, one at a time, at depth 1.</summary>
    static void DestroyChain(ThreadState ts)
    {
        var later = ts.TrashDeleteLater;
        ts.DeallocDepth++;
        while (later.TryPop(out var item))
        {
            // Tracked again for its destruction: a finalizer may resurrect it.
            if (item.Tracked) Gc.Track(item.Obj);
            Destroy(item.Obj, item.Obj.ob_type);
        }
        ts.DeallocDepth--;
    }

    static void Destroy(PyObject o, PyType type)
    {
        if (type.tp_finalize != null && !o.Finalized)
        {
            // PEP 442: resurrect for the duration of __del__.
            o.ob_refcnt = 1;
            o.Finalized = true;
            CallFinalizer(type.tp_finalize, o);
            if (--o.ob_refcnt != 0) return; // __del__ stored a new reference: resurrected
            // __del__ may have assigned __class__: the reference to release is the new type's.
            type = o.ob_type;
        }
        if (ManagedInstanceData.WeakRefHolder(o, create: false) is { WeakRefList: not null } w)
        {
            o.ob_refcnt = 1; // keep it alive while callbacks run (they see a dead ref)
            PyWeakReference.ClearAll(o, w);
            if (--o.ob_refcnt != 0) return;
        }
        if (o.GcIndex >= 0) Gc.Untrack(o);
#if Py_DEBUG
        RefDebug.Freed();
#endif
        if (type.HasManagedData) ManagedInstanceData.Release(o);
        o.ReleaseReferences();
        if (type.IsHeapType) Py.DECREF(type);
    }

    /// <summary>Run tp_finalize keeping any exception being raised (PyObject_CallFinalizer).</summary>
    static void CallFinalizer(DestructorFunc finalize, PyObject o)
    {
        var saved = Errors.GetRaisedException();
        finalize(o);
        Errors.SetRaisedException(saved);
    }
}
