using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Itertools;

/// <summary>`itertools.compress(data, selectors)`: the data items whose selector is true.</summary>
[PyType("itertools.compress", BaseType = true)]
public sealed partial class CompressObject : PyObject
{
    PyObject? _data, _selectors;


    CompressObject(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, [Keyword] PyObject data, [Keyword] PyObject selectors)
    {
        var dataIt = Abstract.GetIter(data);
        if (dataIt == null) return null;
        var selectorsIt = Abstract.GetIter(selectors);
        if (selectorsIt == null)
        {
            Py.DECREF(dataIt);
            return null;
        }
        return new CompressObject(type) { _data = dataIt, _selectors = selectorsIt };
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self)
    {
        var c = (CompressObject)self;
        while (c._data != null && c._selectors != null)
        {
            var datum = c._data.ob_type.tp_iternext!(c._data);
            if (datum == null) return null;
            var selector = c._selectors.ob_type.tp_iternext!(c._selectors);
            if (selector == null)
            {
                Py.DECREF(datum);
                return null;
            }
            int ok = Abstract.IsTrue(selector);
            Py.DECREF(selector);
            if (ok > 0) return datum;
            Py.DECREF(datum);
            if (ok < 0) return null;
        }
        return null;
    }

    protected internal override void ReleaseReferences()
    {
        Py.CLEAR(ref _data);
        Py.CLEAR(ref _selectors);
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (_data != null) visit(_data);
        if (_selectors != null) visit(_selectors);
    }

    protected internal override void Clear() => ReleaseReferences();
}

/// <summary>The (predicate, iterator) pair dropwhile, takewhile and filterfalse share.</summary>
public abstract class PredicateIterator : PyObject
{
    protected PyObject? _func, _it;

    protected PredicateIterator(PyType type) : base(type) { }

    /// <summary>Parse (predicate, iterable) and fill the pair; false with an exception set on error.</summary>
    protected bool Init(string name, PyType baseType, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!ItertoolsArgs.Positional(name, ob_type, baseType, args, kwnames, 2, 2)) return false;
        _it = Abstract.GetIter(args[1].AsBorrowed);
        if (_it == null) return false;
        _func = Py.NewRef(args[0].AsBorrowed);
        return true;
    }

    /// <summary>The predicate's truth for <paramref name="item"/>: 1, 0, or -1 on error.</summary>
    protected int Test(PyObject item)
    {
        var good = Calls.CallOneArg(_func!, item);
        if (good == null) return -1;
        int ok = Abstract.IsTrue(good);
        Py.DECREF(good);
        return ok;
    }

    protected internal override void ReleaseReferences()
    {
        Py.CLEAR(ref _func);
        Py.CLEAR(ref _it);
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (_func != null) visit(_func);
        if (_it != null) visit(_it);
    }

    protected internal override void Clear() => ReleaseReferences();
}

/// <summary>`itertools.dropwhile(predicate, iterable)`.</summary>
[PyType("itertools.dropwhile", BaseType = true)]
public sealed partial class DropWhileObject : PredicateIterator
{
    bool _start;

    DropWhileObject(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var o = new DropWhileObject(type);
        if (o.Init("dropwhile", Type, args, kwnames)) return o;
        Py.DECREF(o);
        return null;
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self)
    {
        var d = (DropWhileObject)self;
        while (d._it != null)
        {
            var item = d._it.ob_type.tp_iternext!(d._it);
            if (item == null) return null;
            if (d._start) return item;
            int ok = d.Test(item);
            if (ok == 0)
            {
                d._start = true;
                return item;
            }
            Py.DECREF(item);
            if (ok < 0) return null;
        }
        return null;
    }
}

/// <summary>`itertools.takewhile(predicate, iterable)`.</summary>
[PyType("itertools.takewhile", BaseType = true)]
public sealed partial class TakeWhileObject : PredicateIterator
{
    bool _stop;

    TakeWhileObject(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var o = new TakeWhileObject(type);
        if (o.Init("takewhile", Type, args, kwnames)) return o;
        Py.DECREF(o);
        return null;
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self)
    {
        var t = (TakeWhileObject)self;
        if (t._stop || t._it == null) return null;
        var item = t._it.ob_type.tp_iternext!(t._it);
        if (item == null) return null;
        int ok = t.Test(item);
        if (ok > 0) return item;
        Py.DECREF(item);
        if (ok == 0) t._stop = true;
        return null;
    }
}

/// <summary>`itertools.filterfalse(predicate, iterable)`: the items for which the predicate (or, for None, the item) is false.</summary>
[PyType("itertools.filterfalse", BaseType = true)]
public sealed partial class FilterFalseObject : PredicateIterator
{
    FilterFalseObject(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var o = new FilterFalseObject(type);
        if (o.Init("filterfalse", Type, args, kwnames)) return o;
        Py.DECREF(o);
        return null;
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self)
    {
        var f = (FilterFalseObject)self;
        while (f._it != null)
        {
            var item = f._it.ob_type.tp_iternext!(f._it);
            if (item == null) return null;
            int ok = f._func == Py.None || f._func == PyBool.Type ? Abstract.IsTrue(item) : f.Test(item);
            if (ok == 0) return item;
            Py.DECREF(item);
            if (ok < 0) return null;
        }
        return null;
    }
}

/// <summary>`itertools.islice(iterable, stop)` / `islice(iterable, start, stop[, step])`.</summary>
[PyType("itertools.islice", BaseType = true)]
public sealed partial class ISliceObject : PyObject
{
    PyObject? _it;
    long _next, _stop, _step, _cnt;

    ISliceObject(PyType type) : base(type) { }

    const string StopMessage = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

    /// <summary>
    /// An index argument as islice reads it: None gives <paramref name="none"/>; anything that
    /// is not an index, or does not fit, gives -1 (the caller's message says why).
    /// </summary>
    static long IndexArg(PyObject o, long none)
    {
        if (o == Py.None) return none;
        var i = Abstract.Index(o);
        if (i == null)
        {
            Errors.Clear();
            return -1;
        }
        bool ok = i.TryGetLong(out long v);
        Py.DECREF(i);
        return ok ? v : -1;
    }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!ItertoolsArgs.Positional("islice", type, Type, args, kwnames, 2, 4)) return null;
        int n = ArgParse.NArgs(args, kwnames);
        long start = n == 2 ? 0 : IndexArg(args[1].AsBorrowed, 0);
        var stopArg = args[n == 2 ? 1 : 2].AsBorrowed;
        long stop = -1;
        if (stopArg != Py.None)
        {
            stop = IndexArg(stopArg, -1);
            if (stop == -1) return Errors.SetString(PyExc.ValueError, StopMessage);
        }
        if (start < 0 || stop < -1)
            return Errors.SetString(PyExc.ValueError, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
        long step = n == 4 ? IndexArg(args[3].AsBorrowed, 1) : 1;
        if (step < 1) return Errors.SetString(PyExc.ValueError, "Step for islice() must be a positive integer or None.");
        var it = Abstract.GetIter(args[0].AsBorrowed);
        if (it == null) return null;
        return new ISliceObject(type) { _it = it, _next = start, _stop = stop, _step = step };
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self)
    {
        var s = (ISliceObject)self;
        var it = s._it;
        if (it == null) return null;
        var next = it.ob_type.tp_iternext!;
        long stop = s._stop;
        while (s._cnt < s._next)
        {
            var skipped = next(it);
            if (skipped == null) goto empty;
            Py.DECREF(skipped);
            s._cnt++;
        }
        if (stop != -1 && s._cnt >= stop) goto empty;
        var item = next(it);
        if (item == null) goto empty;
        s._cnt++;
        long old = s._next;
        s._next = unchecked(old + s._step);
        if (s._next < old || (stop != -1 && s._next > stop)) s._next = stop;
        return item;
    empty:
        Py.CLEAR(ref s._it);
        return null;
    }

    protected internal override void ReleaseReferences() => Py.CLEAR(ref _it);

    protected internal override void Traverse(Visitor visit)
    {
        if (_it != null) visit(_it);
    }

    protected internal override void Clear() => ReleaseReferences();
}
