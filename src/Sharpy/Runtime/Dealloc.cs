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
            return;
        }
        if (type.tp_finalize != null && (o.ob_flags & PyObject.FlagFinalized) == 0)
        {
            // PEP 442: resurrect for the duration of __del__.
            o.ob_refcnt = 1;
            o.ob_flags |= PyObject.FlagFinalized;
            CallFinalizer(type.tp_finalize, o);
            if (--o.ob_refcnt != 0) return; // __del__ stored a new reference: resurrected
        }
        if (o is IWeakReferenceable w && w.WeakRefList != null)
        {
            o.ob_refcnt = 1; // keep it alive while callbacks run (they see a dead ref)
            PyWeakReference.ClearAll(o, w);
            if (--o.ob_refcnt != 0) return;
        }
        if (o.GcIndex >= 0) Gc.Untrack(o);
#if Py_DEBUG
        RefDebug.Freed();
#endif
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
