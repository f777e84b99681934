using System.Runtime.CompilerServices;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// Every Python object: CPython's PyObject header (ob_refcnt, ob_type). The reference count
/// is CPython's: a new object starts with one reference owned by its creator, and reaching
/// zero deallocates at once (see <see cref="Py.DECREF"/>). The .NET GC only reclaims memory
/// afterwards.
/// </summary>
public abstract class PyObject
{
    /// <summary>Reference counts at or above this never change (immortal objects, PEP 683).</summary>
    public const int ImmortalRefCnt = 1 << 30;

    public int ob_refcnt = 1;
    public PyType ob_type;
    // What CPython keeps in the GC header's _gc_prev, in one word so that the header is
    // 16 bytes: bit 0 is PEP 442's "finalized", the rest the position in the cycle
    // collector's list of tracked objects plus one (0: untracked).
    int _gcBits;

    /// <summary>Position in the cycle collector's list of tracked objects; -1 when untracked.</summary>
    internal int GcIndex
    {
        get => (_gcBits >> 1) - 1;
        set => _gcBits = (_gcBits & 1) | ((value + 1) << 1);
    }

    /// <summary>PEP 442: __del__ has run once and will not run again (_PyGC_FINALIZED).</summary>
    public bool Finalized
    {
        get => (_gcBits & 1) != 0;
        set => _gcBits = value ? _gcBits | 1 : _gcBits & ~1;
    }

    protected PyObject(PyType type)
    {
#if Py_DEBUG
        RefDebug.NewObject(); // _Py_NewReference: the creator's reference
#endif
        ob_type = type;
        if (type == null) return; // bootstrap singletons; their type is set later
        // Instances of class statements' types keep their type alive (as in CPython).
        if (type.IsHeapType) Py.INCREF(type);
        if ((type.tp_flags & TypeFlags.HaveGC) != 0) Gc.Track(this);
    }

    public bool IsImmortal => ob_refcnt >= ImmortalRefCnt;

    /// <summary>Make this object immortal (None, small ints, static types, interned names).</summary>
    public void SetImmortal()
    {
#if Py_DEBUG
        // The references counted so far will never be released (_Py_SetImmortal).
        if (ob_refcnt < ImmortalRefCnt) RefDebug.RefTotal -= ob_refcnt;
#endif
        ob_refcnt = ImmortalRefCnt;
    }

    /// <summary>
    /// Drop every reference this object holds (the C part of tp_dealloc: a list decrefs its
    /// items). Called once, when the object dies. Types holding references override it.
    /// </summary>
    protected internal virtual void ReleaseReferences() { }

    /// <summary>tp_traverse: visit each reference this object holds (for the cycle collector).</summary>
    protected internal virtual void Traverse(Visitor visit) { }

    /// <summary>tp_clear: drop the references that may form cycles (for the cycle collector).</summary>
    protected internal virtual void Clear() { }

    public override string ToString() => $"<{ob_type.tp_name} object>";
}

/// <summary>visitproc: called by Traverse for every held reference.</summary>
public delegate void Visitor(PyObject referent);

/// <summary>
/// Reference counting, as CPython's Py_INCREF / Py_DECREF family.
/// </summary>
public static class Py
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void INCREF(PyObject o)
    {
        if (o.ob_refcnt < PyObject.ImmortalRefCnt)
        {
            o.ob_refcnt++;
#if Py_DEBUG
            RefDebug.RefTotal++;
#endif
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void XINCREF(PyObject? o)
    {
        if (o != null) INCREF(o);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void DECREF(PyObject o)
    {
        if (o.ob_refcnt >= PyObject.ImmortalRefCnt) return;
#if Py_DEBUG
        RefDebug.BeforeDecref(o);
#endif
        if (--o.ob_refcnt == 0) Dealloc.Run(o);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void XDECREF(PyObject? o)
    {
        if (o != null) DECREF(o);
    }

    /// <summary>Py_NewRef: a new (owned) reference to <paramref name="o"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T NewRef<T>(T o) where T : PyObject
    {
        INCREF(o);
        return o;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T? XNewRef<T>(T? o) where T : PyObject
    {
        if (o != null) INCREF(o);
        return o;
    }

    /// <summary>Py_CLEAR: drop the reference held in a field and null the field first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CLEAR<T>(ref T? field) where T : PyObject
    {
        var old = field;
        if (old != null)
        {
            field = null;
            DECREF(old);
        }
    }

    /// <summary>Py_SETREF: store an owned reference, then drop the old one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SETREF<T>(ref T? field, T? value) where T : PyObject
    {
        var old = field;
        field = value;
        if (old != null) DECREF(old);
    }

    public static PyObject None => PyNone.None;
    public static PyObject True => PyBool.True;
    public static PyObject False => PyBool.False;
    public static PyObject NotImplemented => PyNotImplemented.Instance;
    public static PyObject Ellipsis => PyEllipsis.Instance;

    public static PyObject NewBool(bool b) => b ? PyBool.True : PyBool.False;
}
