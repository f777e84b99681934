using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>`array.arrayiterator` (arrayiterobject): reads the array live; index -1 once exhausted.</summary>
[PyType("array.arrayiterator")]
public sealed partial class PyArrayIterator : PyObject
{
    PyArray? _ao;
    long _index;

    internal PyArrayIterator(PyArray ao) : base(Type) { _ao = Py.NewRef(ao); }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self)
    {
        var it = (PyArrayIterator)self;
        var ao = it._ao;
        if (it._index < 0 || ao == null) return null;
        if (it._index < ao.Count) return ao.GetItem((int)it._index++);
        it._index = -1;
        Py.CLEAR(ref it._ao);
        return null;
    }

    /// <summary>(iter, (array,), index), or (iter, ((),)) once exhausted.</summary>
    [PyMethod("__reduce__", Doc = "Return state information for pickling.")]
    static PyObject? Reduce(PyArrayIterator self)
    {
        var iter = Abstract.GetAttr(Interpreter.Current.Builtins, "iter");
        if (iter == null) return null;
        if (self._index >= 0 && self._ao != null)
            return PyTuple.FromStolen([iter, PyTuple.Pack(self._ao), PyLong.FromLong(self._index)]);
        return PyTuple.FromStolen([iter, PyTuple.FromStolen([Py.NewRef(PyTuple.Empty)])]);
    }

    [PyMethod("__setstate__", Doc = "Set state information for unpickling.")]
    static PyObject? SetState(PyArrayIterator self, PyObject state)
    {
        long index = Abstract.AsSsize(state, PyExc.OverflowError);
        if (index == -1 && Errors.Occurred()) return null;
        if (self._index >= 0 && self._ao != null)
        {
            if (index < -1) index = -1;
            else if (index > self._ao.Count) index = self._ao.Count;
            self._index = index;
        }
        return Py.None;
    }

    protected internal override void ReleaseReferences() => Py.CLEAR(ref _ao);

    protected internal override void Traverse(Visitor visit)
    {
        if (_ao != null) visit(_ao);
    }
}
