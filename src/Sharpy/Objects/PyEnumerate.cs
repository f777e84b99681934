using System;
using System.Numerics;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`enumerate` (Objects/enumobject.c): (index, item) pairs; the index switches to big ints past the long range.</summary>
[PyType("enumerate", BaseType = true, Doc = "enumerate(iterable, start=0)\n--\n\nIterate over (index, item) pairs of iterable, counting from start.")]
public sealed partial class PyEnumerate : PyObject
{
    long _index;
    PyObject? _longIndex;   // the index once it no longer fits a long
    PyObject? _iter;

    PyEnumerate(PyType type, PyObject iter, long start, PyObject? longStart) : base(type)
    {
        _iter = iter;
        _index = start;
        _longIndex = longStart;
    }

    /// <summary>enumerate(iterable, start=0).</summary>
    public static PyObject? New(PyType type, PyObject iterable, PyObject? start)
    {
        long index = 0;
        PyObject? longIndex = null;
        if (start != null)
        {
            var s = Abstract.Index(start);
            if (s == null) return null;
            if (s.TryGetLong(out long v) && v != long.MaxValue) index = v;
            else
            {
                index = long.MaxValue;
                longIndex = Py.NewRef(s);
            }
            Py.DECREF(s);
        }
        var it = Abstract.GetIter(iterable);
        if (it == null)
        {
            Py.XDECREF(longIndex);
            return null;
        }
        return new PyEnumerate(type, it, index, longIndex);
    }

    [PySlot("tp_new", Raw = "enumerate called exactly goes through vectorcall in CPython, whose messages differ from clinic's")]
    static PyObject? EnumNew(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int nk = kwnames?.Count ?? 0;
        int nargs = args.Length - nk;
        PyObject? iterable = nargs > 0 ? args[0].AsBorrowed : null;
        PyObject? start = nargs > 1 ? args[1].AsBorrowed : null;
        if (nargs > 2)
            return Errors.SetString(PyExc.TypeError, $"enumerate() takes at most 2 arguments ({nargs} given)");
        for (int i = 0; i < nk; i++)
        {
            var name = ((PyUnicode)kwnames!.Items[i]).Value;
            var v = args[nargs + i].AsBorrowed;
            if (name == "iterable" && iterable == null) iterable = v;
            else if (name == "start" && start == null) start = v;
            else if (name == "iterable" || name == "start")
                return Errors.SetString(PyExc.TypeError, $"argument for enumerate() given by name ('{name}') and position ({(name == "iterable" ? 1 : 2)})");
            else
                return Errors.SetString(PyExc.TypeError, $"enumerate() got an unexpected keyword argument '{name}'");
        }
        if (iterable == null) return Errors.SetString(PyExc.TypeError, "enumerate() missing required argument 'iterable'");
        return New(type, iterable, start);
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self)
    {
        var en = (PyEnumerate)self;
        if (en._iter == null) return null;
        var item = en._iter.ob_type.tp_iternext!(en._iter);
        if (item == null) return null;
        PyObject index;
        if (en._index == long.MaxValue)
        {
            if (en._longIndex == null) en._longIndex = PyLong.FromLong(long.MaxValue);
            index = en._longIndex;
            en._longIndex = PyLong.FromBigInteger(((PyLong)index).ToBigInteger() + BigInteger.One);
        }
        else index = PyLong.FromLong(en._index++);
        return PyTuple.FromStolen([index, item]);
    }

    /// <summary>enum_reduce: (type, (iterator, next index)).</summary>
    [PyMethod("__reduce__", Doc = "Return state information for pickling.")]
    static PyObject? Reduce(PyEnumerate self)
    {
        PyObject index = self._index == long.MaxValue && self._longIndex != null
            ? Py.NewRef(self._longIndex) : PyLong.FromLong(self._index);
        PyObject it = self._iter != null ? Py.NewRef(self._iter) : Py.None;
        return PyTuple.FromStolen([Py.NewRef(self.ob_type), PyTuple.FromStolen([it, index])]);
    }

    protected internal override void ReleaseReferences()
    {
        Py.CLEAR(ref _iter);
        Py.CLEAR(ref _longIndex);
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (_iter != null) visit(_iter);
        if (_longIndex != null) visit(_longIndex);
    }
}
