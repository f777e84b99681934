using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Collections;

/// <summary>
/// `odict_iterator` (odictiter_*): keys, values or items of an OrderedDict in its order, or
/// reversed. Raises "OrderedDict mutated during iteration" when the order changed and
/// "OrderedDict changed size during iteration" when the dict changed size behind its back.
/// </summary>
[PyType("odict_iterator")]
public sealed partial class PyODictIter : PyObject
{
    public enum Kind { Keys, Values, Items }

    PyODict? _od;
    readonly Kind _kind;
    readonly bool _reversed;
    PyObject? _current;     // the next key (owned), null when done
    readonly ulong _state;
    long _size;

    internal PyODictIter(PyODict od, Kind kind, bool reversed) : base(Type)
    {
        _od = Py.NewRef(od);
        _kind = kind;
        _reversed = reversed;
        _state = od.State;
        _size = od.Count;
        var first = reversed ? od.Last : od.First;
        _current = first == null ? null : Py.NewRef(first.Key);
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    /// <summary>odictiter_nextkey: the next key (new reference), or null when done or on error.</summary>
    PyObject? NextKey()
    {
        var od = _od;
        if (od == null) return null;
        if (_current == null)
        {
            Py.CLEAR(ref _od);
            return null;
        }
        if (od.State != _state)
        {
            Errors.SetString(PyExc.RuntimeError, "OrderedDict mutated during iteration");
            Py.CLEAR(ref _od);
            return null;
        }
        if (_size != od.Count)
        {
            Errors.SetString(PyExc.RuntimeError, "OrderedDict changed size during iteration");
            _size = -1;
            return null;
        }
        var key = _current;
        long hash = PyDict.KeyHash(key);
        var node = hash == -1 ? null : od.FindNode(key, hash);
        if (node == null)
        {
            if (!Errors.Occurred()) Errors.SetKeyError(key);
            Py.CLEAR(ref _current);
            return null;
        }
        var nextNode = _reversed ? node.Prev : node.Next;
        _current = nextNode == null ? null : Py.NewRef(nextNode.Key);
        return key;
    }

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self)
    {
        var it = (PyODictIter)self;
        var key = it.NextKey();
        if (key == null || it._kind == Kind.Keys) return key;
        var value = it._od!.GetItemWithError(key);
        if (value == null)
        {
            if (!Errors.Occurred()) Errors.SetKeyError(key);
            Py.DECREF(key);
            return null;
        }
        if (it._kind == Kind.Values)
        {
            Py.DECREF(key);
            return Py.NewRef(value);
        }
        return PyTuple.FromStolen([key, Py.NewRef(value)]);
    }

    [PyMethod("__length_hint__", Doc = "Private method returning an estimate of len(list(it)).")]
    static long LengthHint(PyODictIter self) => self._od?.Count ?? 0;

    [PyMethod("__reduce__", Doc = "Return state information for pickling.")]
    static PyObject? Reduce(PyODictIter self)
    {
        // iter(list(self)): a copy that leaves this iterator where it is.
        var copy = new PyODictIter(self._od ?? new PyODict(PyODict.Type), self._kind, self._reversed);
        Py.SETREF(ref copy._current, Py.XNewRef(self._current));
        var list = PyList.New();
        int r = list.Extend(copy);
        Py.DECREF(copy);
        if (r < 0)
        {
            Py.DECREF(list);
            return null;
        }
        var iter = BuiltinIter();
        if (iter == null)
        {
            Py.DECREF(list);
            return null;
        }
        return PyTuple.FromStolen([iter, PyTuple.FromStolen([list])]);
    }

    static PyObject? BuiltinIter() => Abstract.GetAttr(Interpreter.Current.Builtins, "iter");

    protected internal override void ReleaseReferences()
    {
        Py.CLEAR(ref _od);
        Py.CLEAR(ref _current);
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (_od != null) visit(_od);
        if (_current != null) visit(_current);
    }
}

/// <summary>`odict_keys`: dict_keys iterating in the OrderedDict's order.</summary>
[PyType("odict_keys")]
public sealed partial class PyODictKeys : PyDictKeys
{
    internal PyODictKeys(PyODict od) : base(Type, od) { }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject o) => new PyODictIter((PyODict)((PyDictView)o).Dict!, PyODictIter.Kind.Keys, reversed: false);

    [PyMethod("__reversed__")]
    static PyObject? ReversedKeys(PyODictKeys self) => new PyODictIter((PyODict)self.Dict!, PyODictIter.Kind.Keys, reversed: true);
}

/// <summary>`odict_values`: dict_values iterating in the OrderedDict's order.</summary>
[PyType("odict_values")]
public sealed partial class PyODictValues : PyDictValues
{
    internal PyODictValues(PyODict od) : base(Type, od) { }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject o) => new PyODictIter((PyODict)((PyDictView)o).Dict!, PyODictIter.Kind.Values, reversed: false);

    [PyMethod("__reversed__")]
    static PyObject? ReversedValues(PyODictValues self) => new PyODictIter((PyODict)self.Dict!, PyODictIter.Kind.Values, reversed: true);
}

/// <summary>`odict_items`: dict_items iterating in the OrderedDict's order.</summary>
[PyType("odict_items")]
public sealed partial class PyODictItems : PyDictItems
{
    internal PyODictItems(PyODict od) : base(Type, od) { }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject o) => new PyODictIter((PyODict)((PyDictView)o).Dict!, PyODictIter.Kind.Items, reversed: false);

    [PyMethod("__reversed__")]
    static PyObject? ReversedItems(PyODictItems self) => new PyODictIter((PyODict)self.Dict!, PyODictIter.Kind.Items, reversed: true);
}
