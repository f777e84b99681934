using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`reversed` (Objects/enumobject.c): __reversed__ if the type has one, else indexes a sequence backwards.</summary>
[PyType("reversed", BaseType = true, Doc = "reversed(sequence, /)\n--\n\nIterate over the items of a sequence (or an object with __reversed__) from\nthe last to the first.")]
public sealed partial class PyReversed : PyObject
{
    long _index;
    PyObject? _seq;

    PyReversed(PyType type, PyObject seq, long n) : base(type)
    {
        _seq = Py.NewRef(seq);
        _index = n - 1;
    }

    /// <summary>reversed(seq).</summary>
    public static PyObject? New(PyType type, PyObject seq)
    {
        if (type == Type)
        {
            // The exact builtins whose __reversed__ CPython would find.
            if (seq.ob_type == PyList.Type) return PyList.ReversedMethod((PyList)seq);
            if (seq.ob_type == PyRange.Type) return PyRange.Reversed((PyRange)seq);
            if (seq.ob_type == PyDict.Type) return PyDict.ReversedMethod((PyDict)seq);
        }
        var rev = Calls.LookupSpecial(seq, PyUnicode.Intern("__reversed__"));
        if (rev == Py.None)
        {
            Py.DECREF(rev);
            return Errors.SetString(PyExc.TypeError, $"'{seq.ob_type.tp_name}' object is not reversible");
        }
        if (rev != null)
        {
            var r = Calls.CallNoArgs(rev);
            Py.DECREF(rev);
            return r;
        }
        if (Errors.Occurred()) return null;
        if (!Abstract.SequenceCheck(seq))
            return Errors.SetString(PyExc.TypeError, $"'{seq.ob_type.tp_name}' object is not reversible");
        long n = Abstract.Length(seq);
        if (n == -1 && Errors.Occurred()) return null;
        return new PyReversed(type, seq, n);
    }

    [PySlot("tp_new")]
    static PyObject? RevNew(PyType type, PyObject sequence) => New(type, sequence);

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self)
    {
        var ro = (PyReversed)self;
        if (ro._index >= 0 && ro._seq != null)
        {
            var item = Abstract.SequenceGetItem(ro._seq, ro._index);
            if (item != null)
            {
                ro._index--;
                return item;
            }
            if (Errors.ExceptionMatches(PyExc.IndexError) || Errors.ExceptionMatches(PyExc.StopIteration)) Errors.Clear();
            else return null;
        }
        ro._index = -1;
        Py.CLEAR(ref ro._seq);
        return null;
    }

    [PyMethod("__length_hint__")]
    public static PyObject? LengthHint(PyReversed self)
    {
        if (self._seq == null) return PyLong.FromLong(0);
        long n = Abstract.Length(self._seq);
        if (n == -1 && Errors.Occurred()) return null;
        return PyLong.FromLong(n < self._index + 1 ? 0 : self._index + 1);
    }

    /// <summary>reversed_reduce: (reversed, (seq,), index), or (reversed, ((),)) once exhausted.</summary>
    [PyMethod("__reduce__", Doc = "Return state information for pickling.")]
    static PyObject? Reduce(PyReversed self)
    {
        if (self._seq != null)
            return PyTuple.FromStolen([Py.NewRef(self.ob_type), PyTuple.Pack(self._seq), PyLong.FromLong(self._index)]);
        return PyTuple.FromStolen([Py.NewRef(self.ob_type), PyTuple.FromStolen([Py.NewRef(PyTuple.Empty)])]);
    }

    /// <summary>reversed_setstate: the next index, clamped to [-1, len(seq) - 1].</summary>
    [PyMethod("__setstate__", Doc = "Set state information for unpickling.")]
    static PyObject? SetState(PyReversed self, PyObject state)
    {
        long index = Abstract.AsSsize(state, PyExc.OverflowError);
        if (index == -1 && Errors.Occurred()) return null;
        if (self._seq != null)
        {
            long n = Abstract.Length(self._seq);
            if (n < 0) return null;
            self._index = index < -1 ? -1 : Math.Min(index, n - 1);
        }
        return Py.None;
    }

    protected internal override void ReleaseReferences() => Py.CLEAR(ref _seq);

    protected internal override void Traverse(Visitor visit)
    {
        if (_seq != null) visit(_seq);
    }
}
