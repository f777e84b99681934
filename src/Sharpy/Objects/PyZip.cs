using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`zip` (Python/bltinmodule.c zip_*), with 3.10's strict=.</summary>
[PyType("zip", BaseType = true, Doc = "zip(*iterables, strict=False)\n--\n\nIterate over several iterables in parallel, yielding tuples whose i-th item\ncomes from the i-th iterable, until the shortest one is exhausted.\n\nWith strict=True, an iterable that ends before the others raises ValueError.\n\n>>> list(zip('ab', [1, 2, 3]))\n[('a', 1), ('b', 2)]")]
public sealed partial class PyZip : PyObject
{
    PyObject[] _iters = [];
    bool _strict;

    PyZip(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int n = args.Length - (kwnames?.Count ?? 0);
        bool strict = false;
        for (int k = 0; k < (kwnames?.Count ?? 0); k++)
        {
            var key = ((PyUnicode)kwnames!.Items[k]).Value;
            if (key != "strict") return Errors.SetString(PyExc.TypeError, $"zip() got an unexpected keyword argument '{key}'");
            int t = Abstract.IsTrue(args[n + k].AsBorrowed);
            if (t < 0) return null;
            strict = t > 0;
        }
        var iters = new PyObject[n];
        for (int i = 0; i < n; i++)
        {
            var it = Abstract.GetIter(args[i].AsBorrowed);
            if (it == null)
            {
                for (int j = 0; j < i; j++) Py.DECREF(iters[j]);
                return null;
            }
            iters[i] = it;
        }
        return new PyZip(type) { _iters = iters, _strict = strict };
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self)
    {
        var z = (PyZip)self;
        int n = z._iters.Length;
        if (n == 0) return null;
        var items = new PyObject[n];
        for (int i = 0; i < n; i++)
        {
            var item = Abstract.IterNext(z._iters[i]);
            if (item == null)
            {
                for (int j = 0; j < i; j++) Py.DECREF(items[j]);
                if (Errors.Occurred() || !z._strict) return null;
                return StrictExhausted("zip", z._iters, i);
            }
            items[i] = item;
        }
        return PyTuple.FromStolen(items);
    }

    /// <summary>zip_reduce: (type, iterators), with True appended for strict=True.</summary>
    [PyMethod("__reduce__", Doc = "Return state information for pickling.")]
    static PyObject? Reduce(PyZip self)
    {
        var iters = new PyObject[self._iters.Length];
        for (int i = 0; i < iters.Length; i++) iters[i] = Py.NewRef(self._iters[i]);
        var args = PyTuple.FromStolen(iters);
        return self._strict
            ? PyTuple.FromStolen([Py.NewRef(self.ob_type), args, PyBool.True])
            : PyTuple.FromStolen([Py.NewRef(self.ob_type), args]);
    }

    /// <summary>zip_setstate: the state is strict's truth.</summary>
    [PyMethod("__setstate__", Doc = "Set state information for unpickling.")]
    static PyObject? SetState(PyZip self, PyObject state)
    {
        int strict = Abstract.IsTrue(state);
        if (strict < 0) return null;
        self._strict = strict > 0;
        return Py.None;
    }

    /// <summary>
    /// strict=True: iterator <paramref name="i"/> ran out; the others must have run out together
    /// (messages number the iterables from 1). Returns null, with ValueError set when the lengths differ.
    /// </summary>
    internal static PyObject? StrictExhausted(string fname, PyObject[] iters, int i)
    {
        static string Args(int upTo) => upTo == 0 ? "argument 1" : $"arguments 1-{upTo + 1}";
        if (i > 0)
            return Errors.SetString(PyExc.ValueError, $"{fname}() argument {i + 1} is shorter than {Args(i - 1)}");
        for (int j = 1; j < iters.Length; j++)
        {
            var extra = Abstract.IterNext(iters[j]);
            if (extra != null)
            {
                Py.DECREF(extra);
                return Errors.SetString(PyExc.ValueError, $"{fname}() argument {j + 1} is longer than {Args(j - 1)}");
            }
            if (Errors.Occurred()) return null;
        }
        return null;
    }

    protected internal override void ReleaseReferences()
    {
        var iters = _iters;
        _iters = [];
        foreach (var it in iters) Py.DECREF(it);
    }

    protected internal override void Traverse(Visitor visit)
    {
        foreach (var it in _iters) visit(it);
    }
}

/// <summary>`map` (Python/bltinmodule.c map_*).</summary>
[PyType("map", BaseType = true, Doc = "map(function, iterable, /, *iterables, strict=False)\n--\n\nIterate over function(x) for each x of iterable; with several iterables, over\nfunction(x, y, ...) for their items taken in parallel, until the shortest ends\n(with strict=True, an iterable that ends before the others raises ValueError).")]
public sealed partial class PyMap : PyObject
{
    PyObject? _func;
    PyObject[] _iters = [];
    bool _strict;

    PyMap(PyType type) : base(type) { }

    /// <summary>map(func, *iterables, strict=False) (3.14).</summary>
    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int n = args.Length - (kwnames?.Count ?? 0);
        bool strict = false;
        for (int k = 0; k < (kwnames?.Count ?? 0); k++)
        {
            var key = ((PyUnicode)kwnames!.Items[k]).Value;
            if (key != "strict") return Errors.SetString(PyExc.TypeError, $"map() got an unexpected keyword argument '{key}'");
            int t = Abstract.IsTrue(args[n + k].AsBorrowed);
            if (t < 0) return null;
            strict = t > 0;
        }
        if (n < 2) return Errors.SetString(PyExc.TypeError, "map() must have at least two arguments.");
        var iters = new PyObject[n - 1];
        for (int i = 1; i < n; i++)
        {
            var it = Abstract.GetIter(args[i].AsBorrowed);
            if (it == null)
            {
                for (int j = 0; j < i - 1; j++) Py.DECREF(iters[j]);
                return null;
            }
            iters[i - 1] = it;
        }
        return new PyMap(type) { _func = Py.NewRef(args[0].AsBorrowed), _iters = iters, _strict = strict };
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self)
    {
        var m = (PyMap)self;
        if (m._func == null) return null;
        var args = new StackRef[m._iters.Length];
        for (int i = 0; i < args.Length; i++)
        {
            var item = Abstract.IterNext(m._iters[i]);
            if (item == null)
            {
                for (int j = 0; j < i; j++) args[j].Close();
                if (Errors.Occurred() || !m._strict) return null;
                return PyZip.StrictExhausted("map", m._iters, i);
            }
            args[i] = StackRef.FromSteal(item);
        }
        var r = Calls.Call(m._func, args, null);
        foreach (var a in args) a.Close();
        return r;
    }

    /// <summary>map_reduce: (type, (func, *iterators)), with True appended for strict=True.</summary>
    [PyMethod("__reduce__", Doc = "Return state information for pickling.")]
    static PyObject? Reduce(PyMap self)
    {
        var items = new PyObject[self._iters.Length + 1];
        items[0] = self._func != null ? Py.NewRef(self._func) : Py.None;
        for (int i = 0; i < self._iters.Length; i++) items[i + 1] = Py.NewRef(self._iters[i]);
        var args = PyTuple.FromStolen(items);
        return self._strict
            ? PyTuple.FromStolen([Py.NewRef(self.ob_type), args, PyBool.True])
            : PyTuple.FromStolen([Py.NewRef(self.ob_type), args]);
    }

    /// <summary>map_setstate: the state is strict's truth.</summary>
    [PyMethod("__setstate__", Doc = "Set state information for unpickling.")]
    static PyObject? SetState(PyMap self, PyObject state)
    {
        int strict = Abstract.IsTrue(state);
        if (strict < 0) return null;
        self._strict = strict > 0;
        return Py.None;
    }

    protected internal override void ReleaseReferences()
    {
        Py.CLEAR(ref _func);
        var iters = _iters;
        _iters = [];
        foreach (var it in iters) Py.DECREF(it);
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (_func != null) visit(_func);
        foreach (var it in _iters) visit(it);
    }
}

/// <summary>`filter` (Python/bltinmodule.c filter_*).</summary>
[PyType("filter", BaseType = true, Doc = "filter(function, iterable, /)\n--\n\nIterate over the items of iterable for which function(item) is true; with\nfunction None, over the items that are true themselves.")]
public sealed partial class PyFilter : PyObject
{
    PyObject? _func, _iter;

    PyFilter(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, PyObject function, PyObject iterable)
    {
        var it = Abstract.GetIter(iterable);
        if (it == null) return null;
        var func = function;
        return new PyFilter(type) { _func = func == Py.None ? null : Py.NewRef(func), _iter = it };
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self)
    {
        var fl = (PyFilter)self;
        if (fl._iter == null) return null;
        while (true)
        {
            var item = Abstract.IterNext(fl._iter);
            if (item == null) return null;
            int ok;
            if (fl._func == null) ok = Abstract.IsTrue(item);
            else
            {
                var r = Calls.CallOneArg(fl._func, item);
                if (r == null) { Py.DECREF(item); return null; }
                ok = Abstract.IsTrue(r);
                Py.DECREF(r);
            }
            if (ok > 0) return item;
            Py.DECREF(item);
            if (ok < 0) return null;
        }
    }

    /// <summary>filter_reduce: (type, (func or None, iterator)).</summary>
    [PyMethod("__reduce__", Doc = "Return state information for pickling.")]
    static PyObject? Reduce(PyFilter self) =>
        PyTuple.FromStolen([Py.NewRef(self.ob_type), PyTuple.Pack(self._func ?? Py.None, self._iter ?? Py.None)]);

    protected internal override void ReleaseReferences()
    {
        Py.CLEAR(ref _func);
        Py.CLEAR(ref _iter);
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (_func != null) visit(_func);
        if (_iter != null) visit(_iter);
    }
}
