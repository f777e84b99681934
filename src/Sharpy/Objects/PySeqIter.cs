using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`iterator` (Objects/iterobject.c): iterates an object through __getitem__ with 0, 1, 2...</summary>
[PyType("iterator")]
public sealed partial class PySeqIter : PyObject
{
    PyObject? _seq;
    long _index;

    PySeqIter(PyObject seq) : base(Type) { _seq = Py.NewRef(seq); }

    public static PyObject New(PyObject seq) => new PySeqIter(seq);

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self)
    {
        var it = (PySeqIter)self;
        if (it._seq == null) return null;
        if (it._index == long.MaxValue) return Errors.SetString(PyExc.OverflowError, "iter index too large");
        var r = Abstract.SequenceGetItem(it._seq, it._index);
        if (r != null)
        {
            it._index++;
            return r;
        }
        if (Errors.ExceptionMatches(PyExc.IndexError) || Errors.ExceptionMatches(PyExc.StopIteration))
        {
            Errors.Clear();
            Py.CLEAR(ref it._seq);
        }
        return null;
    }

    /// <summary>iter_len: what remains of a sequence with a length; NotImplemented for one without.</summary>
    [PyMethod("__length_hint__", Doc = "Private method returning an estimate of len(list(it)).")]
    static PyObject? LengthHint(PySeqIter self)
    {
        if (self._seq != null)
        {
            var t = self._seq.ob_type;
            if (t.sq_length == null && t.mp_length == null) return Py.NotImplemented;
            long size = Abstract.Length(self._seq);
            if (size == -1 && Errors.Occurred()) return null;
            if (size - self._index >= 0) return PyLong.FromLong(size - self._index);
        }
        return PyLong.FromLong(0);
    }

    /// <summary>iter_reduce: (iter, (seq,), index), or (iter, ((),)) once exhausted.</summary>
    [PyMethod("__reduce__", Doc = "Return state information for pickling.")]
    static PyObject? Reduce(PySeqIter self)
    {
        var iter = IterReduce.GetBuiltin("iter");
        if (iter == null) return null;
        return self._seq != null ? IterReduce.WithIndex(iter, self._seq, self._index) : IterReduce.Exhausted(iter, Py.NewRef(PyTuple.Empty));
    }

    /// <summary>iter_setstate: the next index (negative means 0); ignored once exhausted.</summary>
    [PyMethod("__setstate__", Doc = "Set state information for unpickling.")]
    static PyObject? SetState(PySeqIter self, PyObject state)
    {
        long index = Abstract.AsSsize(state, PyExc.OverflowError);
        if (index == -1 && Errors.Occurred()) return null;
        if (self._seq != null) self._index = Math.Max(index, 0);
        return Py.None;
    }

    protected internal override void ReleaseReferences() => Py.CLEAR(ref _seq);

    protected internal override void Traverse(Visitor visit)
    {
        if (_seq != null) visit(_seq);
    }
}
