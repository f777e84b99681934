using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// `memoryview` (Objects/memoryobject.c): a view of an exporter's memory through a
/// <see cref="PyManagedBuffer"/>, with its own format, shape and strides (after slicing or
/// cast). It is itself an exporter; while it exports views it cannot be released.
/// </summary>
[PyType("memoryview")]
public sealed partial class PyMemoryView : PyObject, IWeakReferenceable
{
    // _Py_MEMORYVIEW_* flags
    const int FlagReleased = 1, FlagC = 2, FlagFortran = 4, FlagScalar = 8, FlagPil = 16, FlagRestricted = 32;

    PyManagedBuffer? _mbuf;
    long _hash = -1;
    int _flags;
    /// <summary>Buffer views currently exported by this memoryview.</summary>
    int _exports;
    /// <summary>This memoryview's view: view.obj is the exporter, borrowed through the managed buffer.</summary>
    public readonly PyBuffer View = new();

    public PyWeakReference? WeakRefList { get; set; }

    PyMemoryView() : base(Type) { }

    public bool IsReleased => (_flags & FlagReleased) != 0 || _mbuf == null || _mbuf.Released;

    /// <summary>The exporter's whole memory (for consumers that read items through the view's strides).</summary>
    Span<byte> Mem => View.Memory.Span;

    /// <summary>CHECK_RELEASED: ValueError for a released view.</summary>
    bool CheckReleased()
    {
        if (!IsReleased) return true;
        Errors.SetString(PyExc.ValueError, "operation forbidden on released memoryview object");
        return false;
    }

    // ---- construction (mbuf_add_view and friends) ----

    /// <summary>mbuf_add_incomplete_view: a memoryview on <paramref name="mbuf"/> sharing <paramref name="src"/>'s memory, ndim set, shape and strides to fill.</summary>
    static PyMemoryView AddIncompleteView(PyManagedBuffer mbuf, PyBuffer src, int ndim)
    {
        var mv = new PyMemoryView();
        var v = mv.View;
        v.obj = src.obj;
        v.Memory = src.Memory;
        v.Start = src.Start;
        v.len = src.len;
        v.itemsize = src.itemsize;
        v.@readonly = src.@readonly;
        v.format = src.format ?? "B";
        v.ndim = ndim;
        v.shape = new long[ndim];
        v.strides = new long[ndim];
        mv._mbuf = Py.NewRef(mbuf);
        mbuf.Exports++;
        return mv;
    }

    /// <summary>mbuf_add_view: a memoryview of <paramref name="src"/> (the exporter's view or another memoryview's), or null with ValueError.</summary>
    static PyMemoryView? AddView(PyManagedBuffer mbuf, PyBuffer src)
    {
        if (src.ndim > PyBUF.MAX_NDIM)
        {
            Errors.SetString(PyExc.ValueError, "memoryview: number of dimensions must not exceed 64");
            return null;
        }
        var mv = AddIncompleteView(mbuf, src, src.ndim);
        var v = mv.View;
        if (src.ndim == 1)
        {
            v.shape![0] = src.shape != null ? src.shape[0] : src.len / src.itemsize;
            v.strides![0] = src.strides != null ? src.strides[0] : src.itemsize;
        }
        else if (src.ndim > 1)
        {
            Array.Copy(src.shape!, v.shape!, src.ndim);
            if (src.strides != null) Array.Copy(src.strides, v.strides!, src.ndim);
            else InitStridesFromShape(v);
        }
        v.suboffsets = src.suboffsets == null ? null : (long[])src.suboffsets.Clone();
        mv.InitFlags();
        return mv;
    }

    /// <summary>PyMemoryView_FromObject: memoryview(o).</summary>
    public static PyObject? FromObject(PyObject o) => FromObjectAndFlags(o, PyBUF.FULL_RO);

    /// <summary>PyMemoryView_FromObjectAndFlags (memoryview._from_flags, __buffer__).</summary>
    public static PyObject? FromObjectAndFlags(PyObject o, int flags)
    {
        if (o is PyMemoryView mv)
        {
            if (!mv.CheckReleased()) return null;
            return AddView(mv._mbuf!, mv.View);
        }
        if (!PyBuffer.Check(o))
            return Errors.SetString(PyExc.TypeError, $"memoryview: a bytes-like object is required, not '{o.ob_type.tp_name}'");
        var mbuf = PyManagedBuffer.FromObject(o, flags);
        if (mbuf == null) return null;
        var r = AddView(mbuf, mbuf.Master);
        if (r != null && (flags & PyBUF.ND) != PyBUF.ND) r._flags |= FlagRestricted;
        Py.DECREF(mbuf);
        return r;
    }

    /// <summary>_PyMemoryView_FromBufferProc: a memoryview of a view <paramref name="proc"/> gives (a builtin's __buffer__).</summary>
    public static PyObject? FromBufferProc(PyObject o, int flags, GetBufferProc proc)
    {
        var mbuf = PyManagedBuffer.FromProc(o, flags, proc);
        if (mbuf == null) return null;
        var r = AddView(mbuf, mbuf.Master);
        if (r != null && (flags & PyBUF.ND) != PyBUF.ND) r._flags |= FlagRestricted;
        Py.DECREF(mbuf);
        return r;
    }

    static void InitStridesFromShape(PyBuffer v)
    {
        v.strides![v.ndim - 1] = v.itemsize;
        for (int i = v.ndim - 2; i >= 0; i--) v.strides[i] = v.strides[i + 1] * v.shape![i + 1];
    }

    /// <summary>init_flags: contiguity and scalar flags from ndim, shape and strides.</summary>
    void InitFlags()
    {
        var v = View;
        int flags = 0;
        if (v.ndim == 0) flags |= FlagScalar | FlagC | FlagFortran;
        else if (v.ndim == 1)
        {
            if (v.shape![0] == 1 || v.strides![0] == v.itemsize) flags |= FlagC | FlagFortran;
        }
        else
        {
            if (v.IsContiguous('C')) flags |= FlagC;
            if (v.IsContiguous('F')) flags |= FlagFortran;
        }
        if (v.suboffsets != null)
        {
            flags |= FlagPil;
            flags &= ~(FlagC | FlagFortran);
        }
        _flags = (_flags & (FlagReleased | FlagRestricted)) | flags;
    }

    void InitLen()
    {
        long len = View.itemsize;
        for (int i = 0; i < View.ndim; i++) len *= View.shape![i];
        View.len = len;
    }

    [PySlot("tp_new")]
    static PyObject? MemoryViewNew(PyType type, [Keyword] PyObject @object) => FromObject(@object);

    [PyMethod("_from_flags", Class = true)]
    public static PyObject? FromFlags(PyObject cls, PyObject @object, int flags) => FromObjectAndFlags(@object, flags);

    // ---- release ----

    /// <summary>_memory_release: 0, or -1 with BufferError while this view exports buffers.</summary>
    int ReleaseCore()
    {
        if ((_flags & FlagReleased) != 0) return 0;
        if (_exports == 0)
        {
            _flags |= FlagReleased;
            if (_mbuf != null && --_mbuf.Exports == 0) _mbuf.Release();
            return 0;
        }
        Errors.SetString(PyExc.BufferError, $"memoryview has {_exports} exported buffer{(_exports > 1 ? "s" : "")}");
        return -1;
    }

    [PyMethod("release")]
    public static PyObject? ReleaseMethod(PyMemoryView self) => self.ReleaseCore() < 0 ? null : Py.None;

    [PyMethod("__enter__")]
    public static PyObject? Enter(PyMemoryView self) => self.CheckReleased() ? Py.NewRef(self) : null;

    [PyMethod("__exit__", Raw = "__exit__ accepts and ignores any arguments")]
    public static PyObject? Exit(PyMemoryView self, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => ReleaseMethod(self);

    protected internal override void ReleaseReferences()
    {
        ReleaseCore();
        Py.CLEAR(ref _mbuf);
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (_mbuf != null) visit(_mbuf);
    }

    protected internal override void Clear()
    {
        if (_exports == 0)
        {
            ReleaseCore();
            Py.CLEAR(ref _mbuf);
        }
    }

    // ---- the buffer export (memory_getbuf) ----

    [PySlot("bf_getbuffer")]
    static int GetBuffer(PyObject self, PyBuffer view, int flags)
    {
        var mv = (PyMemoryView)self;
        if (!mv.CheckReleased()) return -1;
        var b = mv.View;
        int bf = mv._flags;
        string? fail = null;
        if ((flags & PyBUF.WRITABLE) == PyBUF.WRITABLE && b.@readonly) fail = "memoryview: underlying buffer is not writable";
        else if ((flags & PyBUF.C_CONTIGUOUS) == PyBUF.C_CONTIGUOUS && (bf & FlagC) == 0) fail = "memoryview: underlying buffer is not C-contiguous";
        else if ((flags & PyBUF.F_CONTIGUOUS) == PyBUF.F_CONTIGUOUS && (bf & FlagFortran) == 0) fail = "memoryview: underlying buffer is not Fortran contiguous";
        else if ((flags & PyBUF.ANY_CONTIGUOUS) == PyBUF.ANY_CONTIGUOUS && (bf & (FlagC | FlagFortran)) == 0) fail = "memoryview: underlying buffer is not contiguous";
        else if ((flags & PyBUF.INDIRECT) != PyBUF.INDIRECT && (bf & FlagPil) != 0) fail = "memoryview: underlying buffer requires suboffsets";
        else if ((flags & PyBUF.STRIDES) != PyBUF.STRIDES && (bf & FlagC) == 0) fail = "memoryview: underlying buffer is not C-contiguous";
        else if ((flags & PyBUF.ND) != PyBUF.ND && (flags & PyBUF.FORMAT) == PyBUF.FORMAT) fail = "memoryview: cannot cast to unsigned bytes if the format flag is present";
        if (fail != null)
        {
            Errors.SetString(PyExc.BufferError, fail);
            return -1;
        }
        view.Memory = b.Memory;
        view.Start = b.Start;
        view.len = b.len;
        view.@readonly = b.@readonly;
        view.itemsize = b.itemsize;
        view.format = (flags & PyBUF.FORMAT) == PyBUF.FORMAT ? b.format : null;
        view.ndim = b.ndim;
        view.shape = b.shape;
        view.strides = (flags & PyBUF.STRIDES) == PyBUF.STRIDES ? b.strides : null;
        view.suboffsets = b.suboffsets;
        if ((flags & PyBUF.ND) != PyBUF.ND)
        {
            view.ndim = 1;
            view.shape = null;
        }
        view.obj = Py.NewRef(self);
        mv._exports++;
        return 0;
    }

    [PySlot("bf_releasebuffer")]
    static void ReleaseBuffer(PyObject self, PyBuffer view) => ((PyMemoryView)self)._exports--;

    [PyMethod("__buffer__", TextSignature = "($self, flags, /)", Raw = "one __buffer__ implementation serves every exporter (PyBuffer.BufferMethod)")]
    public static PyObject? BufferMethod(PyMemoryView self, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => PyBuffer.BufferMethod(self, args, kwnames);

    [PyMethod("__release_buffer__")]
    public static PyObject? ReleaseBufferMethod(PyMemoryView self, PyObject buffer) => PyBuffer.ReleaseBufferMethod(self, buffer);
}
