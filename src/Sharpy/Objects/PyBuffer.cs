using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// The buffer protocol (Include/cpython/object.h Py_buffer, Objects/abstract.c PyObject_GetBuffer,
// PEP 3118 and PEP 688).
//
// An exporter is a type with a bf_getbuffer slot (bytes, bytearray, memoryview; array and mmap
// plug in the same way), or a Python class that defines __buffer__. A consumer asks for a view,
// reads or writes the exporter's bytes through it without copying, and releases it; while a
// view is held the exporter keeps its memory where it is (bytearray refuses to resize with
// "BufferError: Existing exports of data: object cannot be re-sized").
//
// How a module uses it (the `declare` generator's buffer converter calls the same functions):
//
//     var view = PyBuffer.GetContiguous(arg);        // clinic's Py_buffer / getargs "y*": read-only,
//     if (view == null) return null;                 //   TypeError "a bytes-like object is required, not 'str'"
//     try { Use(view.Span); } finally { view.Release(); }
//
//     var w = PyBuffer.GetWritable(arg, "readinto");  // clinic's "w*": "readinto() argument must be
//     if (w == null) return null;                     //   read-write bytes-like object, not bytes"
//     try { Fill(w.WritableSpan); } finally { w.Release(); }
//
// PyBuffer.Get(obj, PyBUF.*) is PyObject_GetBuffer itself, for consumers that handle shapes and
// strides (memoryview); PyBuffer.ToArray(obj) copies any exporter's items in C order (what
// bytes(obj) does). Release every view exactly once, and do not use its Span after Release or
// across code that may resize the exporter (a held view prevents that for bytearray).
// An exporter sets [PySlot("bf_getbuffer")] (and "bf_releasebuffer" if it counts exports) and
// fills the view with PyBuffer.FillInfo for plain bytes; see PyByteArray for a resizable one.

/// <summary>PyBUF_* request flags (Include/pybuffer.h; inspect.BufferFlags).</summary>
public static class PyBUF
{
    public const int SIMPLE = 0, WRITABLE = 0x1, FORMAT = 0x4, ND = 0x8, STRIDES = 0x10 | ND;
    public const int C_CONTIGUOUS = 0x20 | STRIDES, F_CONTIGUOUS = 0x40 | STRIDES, ANY_CONTIGUOUS = 0x80 | STRIDES;
    public const int INDIRECT = 0x100 | STRIDES;
    public const int CONTIG = ND | WRITABLE, CONTIG_RO = ND, STRIDED = STRIDES | WRITABLE, STRIDED_RO = STRIDES;
    public const int RECORDS = STRIDES | WRITABLE | FORMAT, RECORDS_RO = STRIDES | FORMAT;
    public const int FULL = INDIRECT | WRITABLE | FORMAT, FULL_RO = INDIRECT | FORMAT;
    public const int READ = 0x100, WRITE = 0x200;
    /// <summary>PyBUF_MAX_NDIM.</summary>
    public const int MAX_NDIM = 64;
}

/// <summary>bf_getbuffer: fill <paramref name="view"/> for <paramref name="flags"/>; 0, or -1 with an exception set.</summary>
public delegate int GetBufferProc(PyObject exporter, PyBuffer view, int flags);

/// <summary>bf_releasebuffer: the consumer is done with <paramref name="view"/>.</summary>
public delegate void ReleaseBufferProc(PyObject exporter, PyBuffer view);

/// <summary>
/// Py_buffer: one consumer's view of an exporter's memory. <see cref="Memory"/> is the
/// exporter's whole memory and <see cref="Start"/> the offset of CPython's <c>buf</c> (the
/// first item) in it, so that negative strides stay inside it.
/// </summary>
public sealed class PyBuffer
{
    /// <summary>The exporter (an owned reference while the view is held; null after Release).</summary>
    public PyObject? obj;
    public Memory<byte> Memory;
    public int Start;
    /// <summary>Product of shape times itemsize (the bytes a contiguous copy would take).</summary>
    public long len;
    public bool @readonly;
    public int itemsize = 1;
    /// <summary>struct-module format of an item; null means "B".</summary>
    public string? format;
    public int ndim = 1;
    public long[]? shape, strides, suboffsets;

    /// <summary>The bytes of a contiguous view, from its first item.</summary>
    public ReadOnlySpan<byte> Span => Memory.Span.Slice(Start, (int)len);

    /// <summary>The bytes of a contiguous writable view (the caller checked !readonly).</summary>
    public Span<byte> WritableSpan => Memory.Span.Slice(Start, (int)len);

    /// <summary>PyObject_CheckBuffer.</summary>
    public static bool Check(PyObject o) => o.ob_type.bf_getbuffer != null || PythonExporter(o.ob_type) != null;

    /// <summary>PyObject_GetBuffer: a view of <paramref name="o"/>, or null with an exception set.</summary>
    public static PyBuffer? Get(PyObject o, int flags)
    {
        var view = new PyBuffer();
        return GetInto(o, view, flags) < 0 ? null : view;
    }

    /// <summary>PyObject_GetBuffer into an existing view.</summary>
    public static int GetInto(PyObject o, PyBuffer view, int flags)
    {
        var type = o.ob_type;
        if (type.IsHeapType && PythonExporter(type) is { } method) return GetFromPython(o, method, view, flags);
        var get = type.bf_getbuffer;
        if (get == null)
        {
            Errors.SetString(PyExc.TypeError, $"a bytes-like object is required, not '{type.tp_name}'");
            return -1;
        }
        return get(o, view, flags);
    }

    /// <summary>PyBuffer_Release: give the view back to its exporter and drop the reference.</summary>
    public void Release()
    {
        var o = obj;
        if (o == null) return;
        o.ob_type.bf_releasebuffer?.Invoke(o, this);
        obj = null;
        Py.DECREF(o);
    }

    /// <summary>PyBuffer_FillInfo: a one-dimensional unsigned-byte view of a contiguous exporter; 0, or -1 with BufferError.</summary>
    public static int FillInfo(PyBuffer view, PyObject o, Memory<byte> memory, bool isReadonly, int flags)
    {
        if ((flags & PyBUF.WRITABLE) == PyBUF.WRITABLE && isReadonly)
        {
            Errors.SetString(PyExc.BufferError, "Object is not writable.");
            return -1;
        }
        view.obj = Py.NewRef(o);
        view.Memory = memory;
        view.Start = 0;
        view.len = memory.Length;
        view.@readonly = isReadonly;
        view.itemsize = 1;
        view.format = (flags & PyBUF.FORMAT) == PyBUF.FORMAT ? "B" : null;
        view.ndim = 1;
        view.shape = (flags & PyBUF.ND) == PyBUF.ND ? [memory.Length] : null;
        view.strides = (flags & PyBUF.STRIDES) == PyBUF.STRIDES ? [1] : null;
        view.suboffsets = null;
        return 0;
    }

    /// <summary>PyBuffer_IsContiguous for order 'C', 'F' or 'A'.</summary>
    public bool IsContiguous(char order)
    {
        if (suboffsets != null) return false;
        if (strides == null) return true; // C-contiguous by definition
        return order switch
        {
            'C' => IsCContiguous(),
            'F' => IsFContiguous(),
            _ => IsCContiguous() || IsFContiguous(),
        };
    }

    bool IsCContiguous()
    {
        if (len == 0) return true;
        long sd = itemsize;
        for (int i = ndim - 1; i >= 0; i--)
        {
            long dim = shape![i];
            if (dim > 1 && strides![i] != sd) return false;
            sd *= dim;
        }
        return true;
    }

    bool IsFContiguous()
    {
        if (len == 0) return true;
        long sd = itemsize;
        for (int i = 0; i < ndim; i++)
        {
            long dim = shape![i];
            if (dim > 1 && strides![i] != sd) return false;
            sd *= dim;
        }
        return true;
    }

    // ---- the helper API for modules ----

    /// <summary>
    /// A read-only C-contiguous view of any exporter (clinic's Py_buffer converter, getargs "y*"):
    /// TypeError "a bytes-like object is required, not 'str'" for a non-exporter. With
    /// <paramref name="funcName"/> a non-contiguous exporter gives "f() argument must be
    /// contiguous buffer, not memoryview", else BufferError.
    /// </summary>
    public static PyBuffer? GetContiguous(PyObject o, string? funcName = null)
    {
        var view = Get(o, PyBUF.SIMPLE);
        if (view == null) return null;
        if (!view.IsContiguous('C'))
        {
            view.Release();
            if (funcName != null) Errors.SetString(PyExc.TypeError, $"{funcName}() argument must be contiguous buffer, not {o.ob_type.tp_name}");
            else Errors.SetString(PyExc.BufferError, "memoryview: underlying buffer is not C-contiguous");
            return null;
        }
        return view;
    }

    /// <summary>
    /// A writable C-contiguous view (clinic's "w*"): "f() argument must be read-write
    /// bytes-like object, not bytes" when <paramref name="o"/> is not a writable exporter
    /// (<paramref name="argument"/> names it: "argument 2" where the function has several).
    /// </summary>
    public static PyBuffer? GetWritable(PyObject o, string funcName, string argument = "argument")
    {
        var view = Get(o, PyBUF.WRITABLE);
        if (view == null)
        {
            Errors.Clear();
            Errors.SetString(PyExc.TypeError, $"{funcName}() {argument} must be read-write bytes-like object, not {o.ob_type.tp_name}");
            return null;
        }
        if (!view.IsContiguous('C'))
        {
            view.Release();
            Errors.SetString(PyExc.TypeError, $"{funcName}() {argument} must be contiguous buffer, not {o.ob_type.tp_name}");
            return null;
        }
        return view;
    }

    /// <summary>A copy of the bytes of any exporter in C order (PyBuffer_ToContiguous), or null with an exception set.</summary>
    public static byte[]? ToArray(PyObject o)
    {
        if (o is PyBytes b) return b.Value;
        var view = Get(o, PyBUF.FULL_RO);
        if (view == null) return null;
        var r = view.ToContiguous('C');
        view.Release();
        return r;
    }

    /// <summary>The view's items as contiguous bytes in C or Fortran order (PyBuffer_ToContiguous).</summary>
    public byte[] ToContiguous(char order)
    {
        var dst = new byte[len];
        // Already in the requested order ('A': either), or a walk in C order ('F': Fortran order).
        if (IsContiguous(order == 'F' ? 'F' : order == 'A' ? 'A' : 'C'))
        {
            if (len > 0) Memory.Span.Slice(Start, (int)len).CopyTo(dst);
            return dst;
        }
        if (ndim == 0)
        {
            Memory.Span.Slice(Start, itemsize).CopyTo(dst);
            return dst;
        }
        int pos = 0;
        var src = Memory.Span;
        // Walk the items in the requested order.
        var index = new long[ndim];
        long count = len / itemsize;
        for (long n = 0; n < count; n++)
        {
            long off = Start;
            for (int d = 0; d < ndim; d++)
            {
                off += index[d] * strides![d];
                if (suboffsets != null && suboffsets[d] >= 0) off = suboffsets[d] + off; // no indirect exporters yet
            }
            src.Slice((int)off, itemsize).CopyTo(dst.AsSpan(pos));
            pos += itemsize;
            if (order == 'F')
            {
                for (int d = 0; d < ndim; d++)
                {
                    if (++index[d] < shape![d]) break;
                    index[d] = 0;
                }
            }
            else
            {
                for (int d = ndim - 1; d >= 0; d--)
                {
                    if (++index[d] < shape![d]) break;
                    index[d] = 0;
                }
            }
        }
        return dst;
    }

    // ---- PEP 688: Python classes that define __buffer__ ----

    /// <summary>A Python class's own __buffer__ (not a builtin base's), or null.</summary>
    static PyObject? PythonExporter(PyType type)
    {
        if (!type.IsHeapType) return null;
        var m = TypeLookup.Lookup(type, "__buffer__");
        return m == null || m is PyMethodDescr ? null : m;
    }

    /// <summary>slot_bf_getbuffer: call __buffer__(flags), which must return a memoryview, and view that through a <see cref="PyBufferWrapper"/>.</summary>
    static int GetFromPython(PyObject o, PyObject method, PyBuffer view, int flags)
    {
        Py.INCREF(method);
        PyObject? ret;
        var f = method.ob_type.tp_descr_get;
        var flagsObj = PyLong.FromLong(flags);
        if (f != null)
        {
            var bound = f(method, o, o.ob_type);
            Py.DECREF(method);
            if (bound == null) { Py.DECREF(flagsObj); return -1; }
            ret = Calls.CallOneArg(bound, flagsObj);
            Py.DECREF(bound);
        }
        else
        {
            ret = Calls.CallTwoArgs(method, o, flagsObj);
            Py.DECREF(method);
        }
        Py.DECREF(flagsObj);
        if (ret == null) return -1;
        if (ret is not PyMemoryView)
        {
            Errors.SetString(PyExc.TypeError, "__buffer__ returned non-memoryview object");
            Py.DECREF(ret);
            return -1;
        }
        if (GetInto(ret, view, flags) < 0)
        {
            Py.DECREF(ret);
            return -1;
        }
        // The view's owner becomes a wrapper of (ret, o); its release ends ret's export, then
        // calls o.__release_buffer__(ret).
        var wrapper = new PyBufferWrapper(ret, o);
        Py.DECREF(ret);
        Py.SETREF(ref view.obj, wrapper);
        return 0;
    }

    /// <summary>The __buffer__(flags) method of builtin exporters (wrap_buffer): a memoryview of a view taken with the type's own bf_getbuffer.</summary>
    public static PyObject? BufferMethod(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (kwnames != null && kwnames.Count > 0) return Errors.SetString(PyExc.TypeError, "wrapper __buffer__() takes no keyword arguments");
        if (args.Length != 1) return Errors.SetString(PyExc.TypeError, $"__buffer__ expected 1 argument, got {args.Length}");
        var flagsObj = args[0].AsBorrowed;
        long flags = Abstract.AsSsize(flagsObj, PyExc.OverflowError);
        if (flags == -1 && Errors.Occurred()) return null;
        if (flags > int.MaxValue || flags < int.MinValue)
            return Errors.SetString(PyExc.ValueError, "buffer flags out of range");
        var proc = self.ob_type.bf_getbuffer;
        if (proc == null) return Errors.SetString(PyExc.TypeError, $"a bytes-like object is required, not '{self.ob_type.tp_name}'");
        return PyMemoryView.FromBufferProc(self, (int)flags, proc);
    }

    /// <summary>The __release_buffer__(view) method of builtin exporters with bf_releasebuffer (wrap_releasebuffer).</summary>
    public static PyObject? ReleaseBufferMethod(PyObject self, PyObject arg)
    {
        if (arg is not PyMemoryView mv) return Errors.SetString(PyExc.TypeError, "expected a memoryview object");
        if (mv.View.obj == null) return Py.None;
        if (mv.View.obj != self) return Errors.SetString(PyExc.ValueError, "memoryview's buffer is not this object");
        if (mv.IsReleased) return Errors.SetString(PyExc.ValueError, "memoryview's buffer has already been released");
        return PyMemoryView.ReleaseMethod(mv);
    }
}

/// <summary>
/// `_buffer_wrapper` (Objects/typeobject.c PyBufferWrapper): the owner of a view taken from a
/// Python class's __buffer__: the memoryview it returned and the class's instance.
/// </summary>
[PyType("_buffer_wrapper")]
public sealed partial class PyBufferWrapper : PyObject
{
    PyObject? _mv, _obj;

    internal PyBufferWrapper(PyObject mv, PyObject obj) : base(Type)
    {
        _mv = Py.NewRef(mv);
        _obj = Py.NewRef(obj);
    }

    /// <summary>bufferwrapper_releasebuf: end the memoryview's export, then call the class's own __release_buffer__(mv).</summary>
    [PySlot("bf_releasebuffer")]
    static void ReleaseBuffer(PyObject self, PyBuffer view)
    {
        var w = (PyBufferWrapper)self;
        var mv = w._mv;
        var obj = w._obj;
        if (mv == null || obj == null) return;
        mv.ob_type.bf_releasebuffer?.Invoke(mv, view);
        if (((PyMemoryView)mv).View.obj != obj && TypeLookup.Lookup(obj.ob_type, "__release_buffer__") is { } m && m is not PyMethodDescr)
        {
            var saved = Errors.GetRaisedException();
            var r = Calls.CallMethod(obj, "__release_buffer__", mv);
            if (r == null) Interpreter.WriteUnraisable($"in __release_buffer__ of {obj.ob_type.tp_name}:", null);
            else Py.DECREF(r);
            Errors.SetRaisedException(saved);
        }
        Py.CLEAR(ref w._mv);
        Py.CLEAR(ref w._obj);
    }

    protected internal override void ReleaseReferences()
    {
        Py.CLEAR(ref _mv);
        Py.CLEAR(ref _obj);
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (_mv != null) visit(_mv);
        if (_obj != null) visit(_obj);
    }

    protected internal override void Clear() => ReleaseReferences();
}
