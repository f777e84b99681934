using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// `pickle.PickleBuffer` (Objects/picklebufobject.c): a wrapper around a buffer-providing
/// object that protocol 5 pickles in-band as bytes or bytearray, or out-of-band through the
/// pickler's buffer_callback. It re-exports the buffer it holds until release().
/// </summary>
[PyType("pickle.PickleBuffer", Doc = "Wrapper for potentially out-of-band buffers")]
public sealed partial class PyPickleBuffer : PyObject, IWeakReferenceable
{
    PyBuffer? _view;

    public PyWeakReference? WeakRefList { get; set; }

    PyPickleBuffer(PyType type) : base(type) { }

    protected internal override void Traverse(Visitor visit) { if (_view?.obj != null) visit(_view.obj); }
    protected internal override void Clear() => ReleaseView();
    protected internal override void ReleaseReferences() => ReleaseView();

    void ReleaseView()
    {
        var v = _view;
        _view = null;
        v?.Release();
    }

    /// <summary>PyPickleBuffer_GetBuffer: the held view, or null with ValueError once released.</summary>
    public PyBuffer? GetView()
    {
        if (_view == null) Errors.SetString(PyExc.ValueError, "operation forbidden on released PickleBuffer object");
        return _view;
    }

    [PySlot("tp_new", Raw = "PyArg_ParseTupleAndKeywords(\"O:PickleBuffer\") with a nameless parameter: getargs' messages")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0, nargs = args.Length - nkw;
        if (args.Length > 1) return Errors.SetString(PyExc.TypeError, $"PickleBuffer() takes at most 1 argument ({args.Length} given)");
        if (nkw > 0) return Errors.SetString(PyExc.TypeError, $"'{((PyUnicode)kwnames!.Items[0]).Value}' is an invalid keyword argument for PickleBuffer()");
        if (nargs == 0) return Errors.SetString(PyExc.TypeError, "PickleBuffer() takes exactly 1 positional argument (0 given)");
        var buffer = args[0].AsBorrowed;
        var view = PyBuffer.Get(buffer, PyBUF.FULL_RO);
        if (view == null) return null;
        return new PyPickleBuffer(type) { _view = view };
    }

    [PySlot("bf_getbuffer")]
    static int GetBuffer(PyObject self, PyBuffer view, int flags)
    {
        var held = ((PyPickleBuffer)self).GetView();
        if (held == null) return -1;
        return PyBuffer.GetInto(held.obj!, view, flags);
    }

    [PyMethod("raw", Doc = "Return a memoryview of the raw memory underlying this buffer.\nWill raise BufferError is the buffer isn't contiguous.")]
    static PyObject? Raw(PyPickleBuffer self)
    {
        var view = self.GetView();
        if (view == null) return null;
        if (view.suboffsets != null || !view.IsContiguous('A'))
            return Errors.SetString(PyExc.BufferError, "cannot extract raw buffer from non-contiguous buffer");
        var mv = PyMemoryView.FromObject(self);
        if (mv == null) return null;
        var raw = PyMemoryView.Cast((PyMemoryView)mv, PyUnicode.Intern("B"));
        Py.DECREF(mv);
        return raw;
    }

    [PyMethod("release", Doc = "Release the underlying buffer exposed by the PickleBuffer object.")]
    static PyObject? Release(PyPickleBuffer self)
    {
        self.ReleaseView();
        return Py.None;
    }
}
