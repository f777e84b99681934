using System;
using System.Numerics;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`range_iterator`: the fast iterator when every value fits a long.</summary>
[PyType("range_iterator")]
public sealed partial class PyRangeIter : PyObject
{
    long _start, _step, _len;

    internal PyRangeIter(long start, long step, long len) : base(Type)
    {
        _start = start;
        _step = step;
        _len = len;
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    internal static PyObject? Next(PyObject self)
    {
        var r = (PyRangeIter)self;
        if (r._len <= 0) return null;
        long v = r._start;
        r._start = unchecked(v + r._step);
        r._len--;
        return PyLong.FromLong(v);
    }

    [PyMethod("__length_hint__")]
    public static PyObject? LengthHint(PyRangeIter self) => PyLong.FromLong(self._len);

    /// <summary>(iter, (range(start, stop, step),), None) for the values still to come.</summary>
    [PyMethod("__reduce__")]
    static PyObject? Reduce(PyRangeIter self)
        => Reduce(self._start, self._step, self._len);

    [PyMethod("__setstate__")]
    static PyObject? SetState(PyRangeIter self, PyObject state)
    {
        long index = Abstract.AsSsize(state, PyExc.OverflowError);
        if (index == -1 && Errors.Occurred()) return null;
        index = Math.Clamp(index, 0, self._len);
        self._start = unchecked(self._start + index * self._step);
        self._len -= index;
        return Py.None;
    }

    internal static PyObject? Reduce(BigInteger start, BigInteger step, BigInteger len)
    {
        var f = IterReduce.GetBuiltin("iter");
        if (f == null) return null;
        var range = PyRange.New(start, start + len * step, step);
        return PyTuple.FromStolen([f, PyTuple.FromStolen([range]), Py.None]);
    }
}

/// <summary>`longrange_iterator`: the iterator for ranges beyond the long range.</summary>
[PyType("longrange_iterator")]
public sealed partial class PyLongRangeIter : PyObject
{
    BigInteger _start, _step, _len;

    internal PyLongRangeIter(PyLong start, PyLong step, PyLong len) : base(Type)
    {
        _start = start.ToBigInteger();
        _step = step.ToBigInteger();
        _len = len.ToBigInteger();
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self)
    {
        var r = (PyLongRangeIter)self;
        if (r._len.Sign <= 0) return null;
        var v = r._start;
        r._start += r._step;
        r._len -= 1;
        return PyLong.FromBigInteger(v);
    }

    [PyMethod("__reduce__")]
    static PyObject? Reduce(PyLongRangeIter self) => PyRangeIter.Reduce(self._start, self._step, self._len);

    [PyMethod("__setstate__")]
    static PyObject? SetState(PyLongRangeIter self, PyObject state)
    {
        if (state is not PyLong n)
            return Errors.SetString(PyExc.TypeError, $"state must be an int, not {state.ob_type.Name}");
        var index = BigInteger.Clamp(n.ToBigInteger(), BigInteger.Zero, BigInteger.Max(self._len, BigInteger.Zero));
        self._start += index * self._step;
        self._len -= index;
        return Py.None;
    }

    [PyMethod("__length_hint__")]
    public static PyObject? LengthHint(PyLongRangeIter self) => PyLong.FromBigInteger(self._len);
}
