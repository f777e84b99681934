using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Itertools;

/// <summary>
/// `itertools.groupby(iterable, key=None)`: (key, group) pairs of consecutive items with equal
/// keys. Only the newest group (<see cref="CurrentGrouper"/>, not a counted reference) can
/// still produce items; advancing the groupby empties the older ones.
/// </summary>
[PyType("itertools.groupby", BaseType = true)]
public sealed partial class GroupByObject : PyObject
{
    PyObject? _it, _keyFunc, _tgtKey, _currKey, _currValue;
    internal GrouperObject? CurrentGrouper;


    GroupByObject(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, [Keyword] PyObject iterable, [Keyword] PyObject? key = null)
    {
        var it = Abstract.GetIter(iterable);
        if (it == null) return null;
        return new GroupByObject(type) { _it = it, _keyFunc = Py.NewRef(key ?? Py.None) };
    }

    /// <summary>groupby_step: read the next item and its key into currvalue/currkey; -1 when exhausted or on error.</summary>
    int Step()
    {
        if (_it == null) return -1;
        var newValue = Abstract.IterNext(_it);
        if (newValue == null) return -1;
        PyObject? newKey;
        if (_keyFunc == Py.None || _keyFunc == null) newKey = Py.NewRef(newValue);
        else
        {
            newKey = Calls.CallOneArg(_keyFunc, newValue);
            if (newKey == null)
            {
                Py.DECREF(newValue);
                return -1;
            }
        }
        var oldValue = _currValue;
        _currValue = newValue;
        Py.SETREF(ref _currKey, newKey);
        Py.XDECREF(oldValue);
        return 0;
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self)
    {
        var g = (GroupByObject)self;
        g.CurrentGrouper = null;
        // Skip to the next group.
        while (true)
        {
            if (g._currKey != null)
            {
                if (g._tgtKey == null) break;
                int rcmp = CompareKeys(g._tgtKey, g._currKey);
                if (rcmp < 0) return null;
                if (rcmp == 0) break;
            }
            if (g.Step() < 0) return null;
        }
        Py.SETREF(ref g._tgtKey, Py.NewRef(g._currKey));
        var grouper = new GrouperObject(g, g._tgtKey!);
        g.CurrentGrouper = grouper;
        return PyTuple.FromStolen([Py.NewRef(g._currKey), grouper]);
    }

    /// <summary>
    /// tgtkey == currkey, holding both keys for the comparison: a key's __eq__ may advance this
    /// groupby (through a grouper), which drops the keys it holds (gh-146613).
    /// </summary>
    static int CompareKeys(PyObject tgtKey, PyObject currKey)
    {
        Py.INCREF(tgtKey);
        Py.INCREF(currKey);
        int r = Abstract.RichCompareBool(tgtKey, currKey, CompareOp.Eq);
        Py.DECREF(tgtKey);
        Py.DECREF(currKey);
        return r;
    }

    /// <summary>_grouper_next: the next item of <paramref name="grouper"/>'s group, or null at its end.</summary>
    internal PyObject? GroupNext(GrouperObject grouper, PyObject tgtKey)
    {
        if (CurrentGrouper != grouper) return null;
        if (_currValue == null && Step() < 0) return null;
        int rcmp = CompareKeys(tgtKey, _currKey!);
        if (rcmp <= 0) return null;
        var r = _currValue;
        _currValue = null;
        Py.CLEAR(ref _currKey);
        return r;
    }

    protected internal override void ReleaseReferences()
    {
        Py.CLEAR(ref _it);
        Py.CLEAR(ref _keyFunc);
        Py.CLEAR(ref _tgtKey);
        Py.CLEAR(ref _currKey);
        Py.CLEAR(ref _currValue);
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (_it != null) visit(_it);
        if (_keyFunc != null) visit(_keyFunc);
        if (_tgtKey != null) visit(_tgtKey);
        if (_currKey != null) visit(_currKey);
        if (_currValue != null) visit(_currValue);
    }

    protected internal override void Clear() => ReleaseReferences();
}

/// <summary>`itertools._grouper`: one group of a groupby, valid while it is the groupby's newest.</summary>
[PyType("itertools._grouper")]
public sealed partial class GrouperObject : PyObject
{
    GroupByObject? _parent;
    PyObject? _tgtKey;

    internal GrouperObject(GroupByObject parent, PyObject tgtKey) : base(Type)
    {
        _parent = Py.NewRef(parent);
        _tgtKey = Py.NewRef(tgtKey);
    }

    /// <summary>_grouper(parent, tgtkey, /): a group of <paramref name="parent"/> for the key, made its newest.</summary>
    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (ArgParse.HasKeywords(kwnames)) return ArgParse.NoKeywords("_grouper");
        if (!ArgParse.CheckPositional("_grouper", args.Length, 2, 2)) return null;
        var parent = args[0].AsBorrowed;
        if (parent is not GroupByObject g)
            return ArgParse.BadArgument("_grouper", "argument 1", GroupByObject.Type.tp_name, parent);
        var grouper = new GrouperObject(g, args[1].AsBorrowed);
        g.CurrentGrouper = grouper;
        return grouper;
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self)
    {
        var g = (GrouperObject)self;
        if (g._parent == null || g._tgtKey == null) return null;
        return g._parent.GroupNext(g, g._tgtKey);
    }

    protected internal override void ReleaseReferences()
    {
        if (_parent != null && _parent.CurrentGrouper == this) _parent.CurrentGrouper = null;
        Py.CLEAR(ref _parent);
        Py.CLEAR(ref _tgtKey);
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (_parent != null) visit(_parent);
        if (_tgtKey != null) visit(_tgtKey);
    }

    protected internal override void Clear() => ReleaseReferences();
}
