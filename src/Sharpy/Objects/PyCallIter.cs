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
        // The call may have exhausted this very iterator (gh-101892): the sentinel is gone then.
        if (r != null && it._sentinel != null)
        {
            int eq = Abstract.RichCompareBool(it._sentinel, r, CompareOp.Eq);
            if (eq == 0) return r;
            if (eq > 0)
            {
                Py.CLEAR(ref it._callable);
                Py.CLEAR(ref it._sentinel);
            }
        }
        else if (r == null && Errors.ExceptionMatches(PyExc.StopIteration))
        {
            Errors.Clear();
            Py.CLEAR(ref it._callable);
            Py.CLEAR(ref it._sentinel);
        }
        Py.XDECREF(r);
        return null;
    }

    /// <summary>calliter_reduce: (iter, (callable, sentinel)), or (iter, ((),)) once exhausted.</summary>
    [PyMethod("__reduce__", Doc = "Return state information for pickling.")]
    static PyObject? Reduce(PyCallIter self)
    {
        var iter = IterReduce.GetBuiltin("iter");
        if (iter == null) return null;
        if (self._callable != null && self._sentinel != null)
            return PyTuple.FromStolen([iter, PyTuple.Pack(self._callable, self._sentinel)]);
        return IterReduce.Exhausted(iter, Py.NewRef(PyTuple.Empty));
    }

    protected internal override void ReleaseReferences()
    {
        Py.CLEAR(ref _callable);
        Py.CLEAR(ref _sentinel);
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (_callable != null) visit(_callable);
        if (_sentinel != null) visit(_sentinel);
    }
}
