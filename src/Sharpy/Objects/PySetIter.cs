using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`set_iterator`: walks the table in slot order; RuntimeError if the set changes size.</summary>
[PyType("set_iterator")]
public sealed partial class PySetIter : PyObject
{
    PyAnySet? _set;
    long _used;
    int _pos;
    long _len;

    internal PySetIter(PyAnySet s) : base(Type)
    {
        _set = Py.NewRef(s);
        _used = s.Count;
        _len = s.Count;
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self)
    {
        var si = (PySetIter)self;
        var so = si._set;
        if (so == null) return null;
        if (si._used != so.Count)
        {
            Errors.SetString(PyExc.RuntimeError, "Set changed size during iteration");
            si._used = -1;
            return null;
        }
        int pos = si._pos;
        bool found = so.NextEntry(ref pos, out var key, out _);
        si._pos = pos;
        if (!found)
        {
            si._set = null;
            Py.DECREF(so);
            return null;
        }
        si._len--;
        return Py.NewRef(key);
    }

    [PyMethod("__length_hint__")]
    public static PyObject? LengthHint(PySetIter self) =>
        PyLong.FromLong(self._set != null && self._used == self._set.Count ? self._len : 0);

    /// <summary>setiter_reduce: (iter, (list of what a copy of this iterator still yields),).</summary>
    [PyMethod("__reduce__")]
    static PyObject? Reduce(PySetIter self)
    {
        if (self._set == null)
        {
            var iter = IterReduce.GetBuiltin("iter");
            return iter == null ? null : IterReduce.Exhausted(iter, PyList.New());
        }
        var copy = new PySetIter(self._set) { _used = self._used, _pos = self._pos, _len = self._len };
        return IterReduce.Remaining(copy);
    }

    protected internal override void ReleaseReferences() => Py.CLEAR(ref _set);

    protected internal override void Traverse(Visitor visit)
    {
        if (_set != null) visit(_set);
    }
}
