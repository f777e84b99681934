using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Struct;

/// <summary>`_struct.unpack_iterator`: the tuples of Struct.iter_unpack, one struct size at a time.</summary>
[PyType("_struct.unpack_iterator")]
public sealed partial class UnpackIterator : PyObject
{
    StructObject? _struct;
    PyBuffer? _view;
    int _index;

    UnpackIterator(PyType type) : base(type) { }

    internal static PyObject? Create(StructObject s, PyObject buffer)
    {
        var error = StructState.Get().Error;
        if (s.Compiled!.Size == 0)
            return Errors.SetString(error, "cannot iteratively unpack with a struct of length 0");
        var view = PyBuffer.GetContiguous(buffer);
        if (view == null) return null;
        if (view.len % s.Compiled.Size != 0)
        {
            view.Release();
            return Errors.SetString(error, $"iterative unpacking requires a buffer of a multiple of {s.Compiled.Size} bytes");
        }
        return new UnpackIterator(Type) { _struct = Py.NewRef(s), _view = view };
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self)
    {
        var it = (UnpackIterator)self;
        if (it._struct == null || it._view == null) return null;
        int size = (int)it._struct.Compiled!.Size;
        if (it._index + size > it._view.len)
        {
            it.Drop();
            return null;
        }
        var r = it._struct.UnpackFrom(it._view.Span.Slice(it._index, size));
        it._index += size;
        return r;
    }

    [PyMethod("__length_hint__")]
    static long LengthHint(UnpackIterator self)
    {
        if (self._struct == null || self._view == null) return 0;
        return (self._view.len - self._index) / self._struct.Compiled!.Size;
    }

    void Drop()
    {
        _view?.Release();
        _view = null;
        Py.CLEAR(ref _struct);
    }

    protected internal override void ReleaseReferences() => Drop();

    protected internal override void Traverse(Visitor visit)
    {
        if (_struct != null) visit(_struct);
        if (_view?.obj != null) visit(_view.obj);
    }

    protected internal override void Clear() => Drop();
}
