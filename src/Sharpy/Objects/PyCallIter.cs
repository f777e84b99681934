using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`callable_iterator` (Objects/iterobject.c): iter(callable, sentinel).</summary>
[PyType("callable_iterator")]
public sealed partial class PyCallIter : PyObject
{
    PyObject? _callable, _sentinel;

    PyCallIter(PyObject callable, PyObject sentinel) : base(Type)
    {
        _callable = Py.NewRef(callable);
        _sentinel = Py.NewRef(sentinel);
    }

    public static PyObject? New(PyObject callable, PyObject sentinel)
    {
        if (callable.ob_type.tp_call == null) return Errors.SetString(PyExc.TypeError, "iter(v, w): v must be callable");
        return new PyCallIter(callable, sentinel);
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self)
    {
        var it = (PyCallIter)self;
        if (it._callable == null) return null;
        var r = Calls.CallNoArgs(it._callable);
        if (r == null)
        {
            if (Errors.ExceptionMatches(PyExc.StopIteration))
            {
                Errors.Clear();
                Py.CLEAR(ref it._callable);
                Py.CLEAR(ref it._sentinel);
            }
            return null;
        }
        int eq = Abstract.RichCompareBool(r, it._sentinel!, CompareOp.Eq);
        if (eq == 0) return r;
        Py.DECREF(r);
        if (eq > 0)
        {
            Py.CLEAR(ref it._callable);
            Py.CLEAR(ref it._sentinel);
        }
        return null;
    }

    protected internal override void ReleaseReferences()
    {
        Py.CLEAR(ref _callable);
        Py.CLEAR(ref _sentinel);
    }
}
