using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Itertools;

/// <summary>`itertools.accumulate(iterable, func=None, *, initial=None)`: running totals (with `+` or func).</summary>
[PyType("itertools.accumulate", BaseType = true)]
public sealed partial class AccumulateObject : PyObject
{
    PyObject? _total, _it, _binop, _initial;


    AccumulateObject(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, [Keyword] PyObject iterable, [Keyword] PyObject? func = null, [KeywordOnly] PyObject? initial = null)
    {
        var it = Abstract.GetIter(iterable);
        if (it == null) return null;
        var binop = func == Py.None ? null : func;
        if (initial == Py.None) initial = null;
        return new AccumulateObject(type) { _it = it, _binop = Py.XNewRef(binop), _initial = Py.XNewRef(initial) };
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self)
    {
        var a = (AccumulateObject)self;
        if (a._initial != null)
        {
            a._total = a._initial;
            a._initial = null;
            return Py.NewRef(a._total);
        }
        if (a._it == null) return null;
        var val = a._it.ob_type.tp_iternext!(a._it);
        if (val == null) return null;
        if (a._total == null)
        {
            a._total = Py.NewRef(val);
            return val;
        }
        var newTotal = a._binop == null
            ? Abstract.BinaryOp(a._total, val, Compiler.NbOp.ADD)
            : Calls.CallTwoArgs(a._binop, a._total, val);
        Py.DECREF(val);
        if (newTotal == null) return null;
        Py.SETREF(ref a._total, newTotal);
        return Py.NewRef(newTotal);
    }

    protected internal override void ReleaseReferences()
    {
        Py.CLEAR(ref _total);
        Py.CLEAR(ref _it);
        Py.CLEAR(ref _binop);
        Py.CLEAR(ref _initial);
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (_total != null) visit(_total);
        if (_it != null) visit(_it);
        if (_binop != null) visit(_binop);
        if (_initial != null) visit(_initial);
    }

    protected internal override void Clear() => ReleaseReferences();
}

/// <summary>`itertools.starmap(function, iterable)`: function(*args) for each args of the iterable.</summary>
[PyType("itertools.starmap", BaseType = true)]
public sealed partial class StarMapObject : PyObject
{
    PyObject? _func, _it;

    StarMapObject(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!ItertoolsArgs.Positional("starmap", type, Type, args, kwnames, 2, 2)) return null;
        var it = Abstract.GetIter(args[1].AsBorrowed);
        if (it == null) return null;
        return new StarMapObject(type) { _func = Py.NewRef(args[0].AsBorrowed), _it = it };
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self)
    {
        var s = (StarMapObject)self;
        if (s._it == null) return null;
        var args = s._it.ob_type.tp_iternext!(s._it);
        if (args == null) return null;
        if (args is not PyTuple tuple || args.ob_type != PyTuple.Type)
        {
            tuple = PyTuple.FromIterable(args)!;
            Py.DECREF(args);
            if (tuple == null) return null;
        }
        var r = Calls.CallTuple(s._func!, tuple);
        Py.DECREF(tuple);
        return r;
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
