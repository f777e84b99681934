using System.Runtime.CompilerServices;
using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// An eval-stack slot or fast local: CPython's _PyStackRef. It knows whether it owns its
/// reference. A borrowed ref (LOAD_FAST_BORROW, or an argument a C# caller keeps holding)
/// is never decremented; closing it does nothing.
/// </summary>
public readonly struct StackRef
{
    public readonly PyObject? Obj;
    readonly bool _borrowed;

    StackRef(PyObject? obj, bool borrowed)
    {
        Obj = obj;
        _borrowed = borrowed;
    }

    public static readonly StackRef Null = default;

    /// <summary>Take over a reference the caller owns (PyStackRef_FromPyObjectSteal).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static StackRef FromSteal(PyObject o) => new(o, false);

    /// <summary>Take a new reference (PyStackRef_FromPyObjectNew).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static StackRef FromNew(PyObject o)
    {
        Py.INCREF(o);
        return new(o, false);
    }

    /// <summary>Refer without owning (PyStackRef_FromPyObjectBorrow).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static StackRef FromBorrow(PyObject o) => new(o, true);

    public bool IsNull => Obj is null;
    public bool IsBorrowed => _borrowed;

    /// <summary>The object, still owned by this slot (PyStackRef_AsPyObjectBorrow).</summary>
    public PyObject AsBorrowed
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Obj!;
    }

    /// <summary>
    /// Give up this slot's reference as an owned PyObject (PyStackRef_AsPyObjectSteal):
    /// a borrowed slot yields a new reference.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyObject AsSteal()
    {
        if (_borrowed) Py.INCREF(Obj!);
        return Obj!;
    }

    /// <summary>A second slot for the same object (PyStackRef_DUP): borrowed stays borrowed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public StackRef Dup()
    {
        if (!_borrowed) Py.INCREF(Obj!);
        return this;
    }

    /// <summary>An owned slot for the same object, whatever this one is (PyStackRef_MakeHeapSafe).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public StackRef MakeOwned()
    {
        if (_borrowed) Py.INCREF(Obj!);
        return new(Obj, false);
    }

    /// <summary>Drop this slot's reference if it owns one (PyStackRef_CLOSE / XCLOSE).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Close()
    {
        if (!_borrowed && Obj != null) Py.DECREF(Obj);
    }
}
