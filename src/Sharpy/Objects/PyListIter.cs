using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`list_iterator` (Objects/listobject.c): walks a list by index; sees changes made while iterating.</summary>
[PyType("list_iterator")]
public sealed partial class PyListIter : PyObject
{
    PyList? _seq;
    long _index;

    internal PyListIter(PyList seq) : base(Type) { _seq = Py.NewRef(seq); }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    internal static PyObject? Next(PyObject self)
    {
        var it = (PyListIter)self;
        var seq = it._seq;
        if (seq == null || it._index < 0) return null;
        if (it._index < seq.Count) return Py.NewRef(seq.Items[it._index++]);
        it._index = -1;
        it._seq = null;
        Py.DECREF(seq);
        return null;
    }

    [PyMethod("__length_hint__")]
    public static PyObject? LengthHint(PyListIter self)
    {
        long n = self._seq == null || self._index < 0 ? 0 : self._seq.Count - self._index;
        return PyLong.FromLong(n < 0 ? 0 : n);
    }

    [PyMethod("__reduce__")]
    static PyObject? Reduce(PyListIter self)
    {
        var f = IterReduce.GetBuiltin("iter");
        if (f == null) return null;
        return self._seq != null && self._index >= 0 ? IterReduce.WithIndex(f, self._seq, self._index) : IterReduce.Exhausted(f, PyList.New());
    }

    [PyMethod("__setstate__")]
    static PyObject? SetState(PyListIter self, PyObject state)
    {
        if (!IterReduce.StateIndex(state, out long index)) return null;
        if (self._seq != null) self._index = Math.Clamp(index, -1, self._seq.Count);
        return Py.None;
    }

    protected internal override void ReleaseReferences() => Py.CLEAR(ref _seq);

    protected internal override void Traverse(Visitor visit)
    {
        if (_seq != null) visit(_seq);
    }
}

/// <summary>`list_reverseiterator`: reversed(list).</summary>
[PyType("list_reverseiterator")]
public sealed partial class PyListRevIter : PyObject
{
    PyList? _seq;
    long _index;

    internal PyListRevIter(PyList seq) : base(Type)
    {
        _seq = Py.NewRef(seq);
        _index = seq.Count - 1;
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self)
    {
        var it = (PyListRevIter)self;
        var seq = it._seq;
        if (seq == null) return null;
        long i = it._index;
        if (i < 0) return null;
        if (i < seq.Count)
        {
            it._index--;
            return Py.NewRef(seq.Items[i]);
        }
        it._index = -1;
        it._seq = null;
        Py.DECREF(seq);
        return null;
    }

    [PyMethod("__length_hint__")]
    public static PyObject? LengthHint(PyListRevIter self)
    {
        long n = self._index + 1;
        if (self._seq == null || self._seq.Count < n) n = 0;
        return PyLong.FromLong(n);
    }

    [PyMethod("__reduce__")]
    static PyObject? Reduce(PyListRevIter self)
    {
        var f = IterReduce.GetBuiltin("reversed");
        if (f == null) return null;
        return self._seq != null && self._index >= 0 ? IterReduce.WithIndex(f, self._seq, self._index) : IterReduce.Exhausted(f, PyList.New());
    }

    [PyMethod("__setstate__")]
    static PyObject? SetState(PyListRevIter self, PyObject state)
    {
        if (!IterReduce.StateIndex(state, out long index)) return null;
        if (self._seq != null) self._index = Math.Clamp(index, -1, self._seq.Count - 1);
        return Py.None;
    }

    protected internal override void ReleaseReferences() => Py.CLEAR(ref _seq);

    protected internal override void Traverse(Visitor visit)
    {
        if (_seq != null) visit(_seq);
    }
}
