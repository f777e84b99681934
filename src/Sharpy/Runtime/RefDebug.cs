#if Py_DEBUG
using System;
using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// Debug builds only (Py_DEBUG, defined in the Debug configuration; the Release build the
/// launcher publishes has none of this): the reference accounting of CPython's Py_REF_DEBUG
/// and the assertions CPython's debug build makes about reference counts. Every counted
/// INCREF adds one to <see cref="RefTotal"/> and every DECREF takes one away, so the total
/// is the sum of the reference counts of all live mortal objects: code run repeatedly that
/// leaves it higher leaked (sys.gettotalrefcount, the leak hunter, -X leakcheck).
/// </summary>
public static class RefDebug
{
    /// <summary>_Py_RefTotal: references held to mortal objects (sys.gettotalrefcount()).</summary>
    public static long RefTotal;

    /// <summary>Objects created and not yet deallocated (sys.getallocatedblocks()).</summary>
    public static long AllocatedBlocks;

    public static void NewObject()
    {
        RefTotal++;
        AllocatedBlocks++;
    }

    /// <summary>Called by Dealloc when an object is really freed (not resurrected).</summary>
    public static void Freed() => AllocatedBlocks--;

    /// <summary>_Py_NegativeRefcount: a DECREF of an object whose count is already zero (dead).</summary>
    public static void BeforeDecref(PyObject o)
    {
        if (o.ob_refcnt <= 0) Fatal($"DECREF of a dead object (refcount {o.ob_refcnt}) of type '{o.ob_type?.tp_name}'");
        RefTotal--;
    }

    /// <summary>
    /// A broken invariant: CPython's debug build aborts (Py_FatalError). Here a .NET exception,
    /// so the command line reports it as an internal error and a unit test fails instead of
    /// the test host dying.
    /// </summary>
    public static void Fatal(string message) => throw new InvalidOperationException("Py_DEBUG: " + message);
}
#endif
