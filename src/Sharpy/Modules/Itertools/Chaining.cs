using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Itertools;

/// <summary>`itertools.chain(*iterables)` and `chain.from_iterable(iterable)`.</summary>
[PyType("itertools.chain", BaseType = true)]
public sealed partial class ChainObject : PyObject
{
    PyObject? _source;   // iterator over the iterables
    PyObject? _active;   // iterator over the current one

    ChainObject(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!ItertoolsArgs.NoKeywords("chain", type, Type, kwnames)) return null;
        var tuple = ArgParse.VarArgsTuple(args, 0);
        var source = Abstract.GetIter(tuple);
        Py.DECREF(tuple);
        if (source == null) return null;
        return new ChainObject(type) { _source = source };
    }

    [PyMethod("from_iterable", Class = true)]
    static PyObject? FromIterable(PyType type, PyObject iterable)
    {
        var source = Abstract.GetIter(iterable);
        if (source == null) return null;
        return new ChainObject(type) { _source = source };
    }

    [PyMethod("__class_getitem__", Class = true, Doc = "See PEP 585")]
    static PyObject? ClassGetItem(PyType cls, PyObject args) => PyGenericAlias.New(cls, args);

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self)
    {
        var c = (ChainObject)self;
        while (c._source != null)
        {
            if (c._active == null)
            {
                var iterable = Abstract.IterNext(c._source);
                if (iterable == null)
                {
                    Py.CLEAR(ref c._source);
                    return null;
                }
                c._active = Abstract.GetIter(iterable);
                Py.DECREF(iterable);
                if (c._active == null)
                {
                    Py.CLEAR(ref c._source);
                    return null;
                }
            }
            var item = c._active.ob_type.tp_iternext!(c._active);
            if (item != null) return item;
            if (Errors.Occurred())
            {
                if (!Errors.ExceptionMatches(PyExc.StopIteration)) return null;
                Errors.Clear();
            }
            Py.CLEAR(ref c._active);
        }
        return null;
    }

    protected internal override void ReleaseReferences()
    {
        Py.CLEAR(ref _source);
        Py.CLEAR(ref _active);
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (_source != null) visit(_source);
        if (_active != null) visit(_active);
    }

    protected internal override void Clear() => ReleaseReferences();
}

/// <summary>
/// `itertools.zip_longest(*iterables, fillvalue=None)`. The result tuple is refilled in place
/// when the caller has dropped it, as CPython does.
/// </summary>
[PyType("itertools.zip_longest", BaseType = true)]
public sealed partial class ZipLongestObject : PyObject
{
    PyObject?[] _iters = [];   // null once that iterator is exhausted
    int _numActive;
    PyTuple? _result;
    PyObject? _fillValue;

    ZipLongestObject(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int n = args.Length - nkw;
        PyObject fill = Py.None;
        if (nkw > 0)
        {
            if (nkw != 1 || kwnames!.Items[0] is not PyUnicode { Value: "fillvalue" })
                return Errors.SetString(PyExc.TypeError, "zip_longest() got an unexpected keyword argument");
            fill = args[n].AsBorrowed;
        }
        var iters = new PyObject?[n];
        for (int i = 0; i < n; i++)
        {
            var it = Abstract.GetIter(args[i].AsBorrowed);
            if (it == null)
            {
                for (int j = 0; j < i; j++) Py.DECREF(iters[j]!);
                return null;
            }
            iters[i] = it;
        }
        var items = new PyObject[n];
        Array.Fill(items, Py.None);
        return new ZipLongestObject(type)
        {
            _iters = iters,
            _numActive = n,
            _result = PyTuple.FromStolen(items),
            _fillValue = Py.NewRef(fill),
        };
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self)
    {
        var z = (ZipLongestObject)self;
        int n = z._iters.Length;
        if (n == 0 || z._numActive == 0 || z._result == null) return null;
        bool reuse = z._result.ob_refcnt == 1;
        var items = reuse ? z._result.Items : new PyObject[n];
        for (int i = 0; i < n; i++)
        {
            var it = z._iters[i];
            PyObject? item;
            if (it == null) item = Py.NewRef(z._fillValue!);
            else
            {
                item = Abstract.IterNext(it);
                if (item == null)
                {
                    z._numActive--;
                    if (z._numActive == 0 || Errors.Occurred())
                    {
                        z._numActive = 0;
                        if (!reuse) for (int j = 0; j < i; j++) Py.DECREF(items[j]);
                        return null;
                    }
                    item = Py.NewRef(z._fillValue!);
                    z._iters[i] = null;
                    Py.DECREF(it);
                }
            }
            if (reuse) ItertoolsArgs.Replace(items, i, item);
            else items[i] = item;
        }
        if (!reuse) return PyTuple.FromStolen(items);
        z._result.Recycle();
        return Py.NewRef(z._result);
    }

    protected internal override void ReleaseReferences()
    {
        var iters = _iters;
        _iters = [];
        foreach (var it in iters) Py.XDECREF(it);
        Py.CLEAR(ref _result);
        Py.CLEAR(ref _fillValue);
    }

    protected internal override void Traverse(Visitor visit)
    {
        foreach (var it in _iters) if (it != null) visit(it);
        if (_result != null) visit(_result);
        if (_fillValue != null) visit(_fillValue);
    }

    protected internal override void Clear() => ReleaseReferences();
}

/// <summary>`itertools.pairwise(iterable)`: overlapping pairs; the result tuple is refilled in place when free.</summary>
[PyType("itertools.pairwise", BaseType = true)]
public sealed partial class PairwiseObject : PyObject
{
    PyObject? _it, _old;
    PyTuple? _result;

    PairwiseObject(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!ItertoolsArgs.Positional("pairwise", type, Type, args, kwnames, 1, 1)) return null;
        var it = Abstract.GetIter(args[0].AsBorrowed);
        if (it == null) return null;
        return new PairwiseObject(type) { _it = it, _result = PyTuple.FromStolen([Py.None, Py.None]) };
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self)
    {
        var p = (PairwiseObject)self;
        var it = p._it;
        if (it == null) return null;
        var old = p._old;
        if (old == null)
        {
            old = it.ob_type.tp_iternext!(it);
            Py.SETREF(ref p._old, old);
            if (old == null)
            {
                Py.CLEAR(ref p._it);
                return null;
            }
            // The first item's iteration may have re-entered and exhausted us.
            it = p._it;
            if (it == null)
            {
                Py.CLEAR(ref p._old);
                return null;
            }
        }
        Py.INCREF(old);
        var @new = it.ob_type.tp_iternext!(it);
        if (@new == null)
        {
            Py.CLEAR(ref p._it);
            Py.CLEAR(ref p._old);
            Py.DECREF(old);
            return null;
        }
        PyTuple result;
        if (p._result != null && p._result.ob_refcnt == 1)
        {
            result = Py.NewRef(p._result);
            ItertoolsArgs.Replace(result.Items, 0, Py.NewRef(old));
            ItertoolsArgs.Replace(result.Items, 1, Py.NewRef(@new));
            result.Recycle();
        }
        else result = PyTuple.FromStolen([Py.NewRef(old), Py.NewRef(@new)]);
        Py.SETREF(ref p._old, @new);
        Py.DECREF(old);
        return result;
    }

    protected internal override void ReleaseReferences()
    {
        Py.CLEAR(ref _it);
        Py.CLEAR(ref _old);
        Py.CLEAR(ref _result);
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (_it != null) visit(_it);
        if (_old != null) visit(_old);
        if (_result != null) visit(_result);
    }

    protected internal override void Clear() => ReleaseReferences();
}

/// <summary>`itertools.batched(iterable, n, *, strict=False)`: tuples of n items, the last one shorter unless strict.</summary>
[PyType("itertools.batched", BaseType = true)]
public sealed partial class BatchedObject : PyObject
{
    PyObject? _it;
    long _batchSize;
    bool _strict;

    BatchedObject(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, [Keyword] PyObject iterable, [Keyword] long n, [KeywordOnly] bool strict = false)
    {
        if (n < 1) return Errors.SetString(PyExc.ValueError, "n must be at least one");
        var it = Abstract.GetIter(iterable);
        if (it == null) return null;
        return new BatchedObject(type) { _it = it, _batchSize = n, _strict = strict };
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self)
    {
        var b = (BatchedObject)self;
        var it = b._it;
        if (it == null) return null;
        long n = b._batchSize;
        if (n > Array.MaxLength) return Errors.NoMemory();
        var items = new PyObject[n];
        var next = it.ob_type.tp_iternext!;
        for (int i = 0; i < n; i++)
        {
            var item = next(it);
            if (item == null) return Incomplete(b, items, i);
            items[i] = item;
        }
        return PyTuple.FromStolen(items);
    }

    /// <summary>The iterator ran out, or failed, after <paramref name="count"/> items of a batch.</summary>
    static PyObject? Incomplete(BatchedObject b, PyObject[] items, int count)
    {
        bool error = false;
        if (Errors.Occurred())
        {
            if (Errors.ExceptionMatches(PyExc.StopIteration)) Errors.Clear();
            else error = true;
        }
        if (error || count == 0 || b._strict)
        {
            Py.CLEAR(ref b._it);
            for (int j = 0; j < count; j++) Py.DECREF(items[j]);
            if (!error && count != 0) return Errors.SetString(PyExc.ValueError, "batched(): incomplete batch");
            return null;
        }
        return PyTuple.FromStolen(items.AsSpan(0, count).ToArray());
    }

    protected internal override void ReleaseReferences() => Py.CLEAR(ref _it);

    protected internal override void Traverse(Visitor visit)
    {
        if (_it != null) visit(_it);
    }

    protected internal override void Clear() => ReleaseReferences();
}
