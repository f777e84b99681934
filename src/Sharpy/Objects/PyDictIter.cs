using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// The dict iterators (dictiterobject): forward and reverse, over keys, values or items.
/// They raise RuntimeError when the dict changes size, or when it changed keys so that
/// more items come out than it had.
/// </summary>
public abstract class PyDictIterBase : PyObject
{
    public enum Kind { Keys, Values, Items }

    PyDict? _dict;
    long _used;
    int _pos;
    long _len;
    readonly bool _reverse;
    readonly Kind _kind;

    protected PyDictIterBase(PyType type, PyDict d, Kind kind, bool reverse) : base(type)
    {
        _dict = Py.NewRef(d);
        _used = d.Count;
        _len = d.Count;
        _kind = kind;
        _reverse = reverse;
        _pos = reverse ? d._nentries - 1 : 0;
    }

    public static PyObject Create(PyDict d, Kind kind, bool reverse) => (kind, reverse) switch
    {
        (Kind.Keys, false) => new PyDictKeyIter(d),
        (Kind.Values, false) => new PyDictValueIter(d),
        (Kind.Items, false) => new PyDictItemIter(d),
        (Kind.Keys, true) => new PyDictRevKeyIter(d),
        (Kind.Values, true) => new PyDictRevValueIter(d),
        _ => new PyDictRevItemIter(d),
    };

    protected static PyObject? IterSelf(PyObject self) => Py.NewRef(self);

    /// <summary>dictiter_reduce: (iter, (list of what a copy of this iterator still yields),).</summary>
    protected static PyObject? ReduceOf(PyObject self)
    {
        var di = (PyDictIterBase)self;
        if (di._dict == null)
        {
            var iter = IterReduce.GetBuiltin("iter");
            return iter == null ? null : IterReduce.Exhausted(iter, PyList.New());
        }
        var copy = (PyDictIterBase)Create(di._dict, di._kind, di._reverse);
        copy._used = di._used;
        copy._pos = di._pos;
        copy._len = di._len;
        return IterReduce.Remaining(copy);
    }

    protected static PyObject? NextItem(PyObject self) => ((PyDictIterBase)self).Next();

    PyObject? Next()
    {
        var d = _dict;
        if (d == null) return null;
        if (_used != d.Count)
        {
            Errors.SetString(PyExc.RuntimeError, "dictionary changed size during iteration");
            _used = -1; // sticky
            return null;
        }
        var entries = d._entries;
        int i = _pos;
        if (!_reverse)
        {
            int n = d._nentries;
            while (i < n && entries[i].Key == null) i++;
            if (i >= n) return Exhausted(d);
            _pos = i + 1;
            if (_len == 0)
            {
                Errors.SetString(PyExc.RuntimeError, "dictionary keys changed during iteration");
                return Exhausted(d);
            }
        }
        else
        {
            // The table was rebuilt smaller (clear, then refill) since this iterator started: done.
            if (i >= d._nentries) return Exhausted(d);
            while (i >= 0 && entries[i].Key == null) i--;
            if (i < 0) return Exhausted(d);
            _pos = i - 1;
        }
        _len--;
        ref var e = ref entries[i];
        return _kind switch
        {
            Kind.Keys => Py.NewRef(e.Key!),
            Kind.Values => Py.NewRef(e.Value!),
            _ => PyTuple.FromBorrowed([e.Key!, e.Value!]),
        };
    }

    PyObject? Exhausted(PyDict d)
    {
        _dict = null;
        Py.DECREF(d);
        return null;
    }

    protected static PyObject? LengthHintOf(PyDictIterBase it)
    {
        long n = it._dict != null && it._used == it._dict.Count ? it._len : 0;
        return PyLong.FromLong(n);
    }

    protected internal override void ReleaseReferences() => Py.CLEAR(ref _dict);

    protected internal override void Traverse(Visitor visit)
    {
        if (_dict != null) visit(_dict);
    }
}

[PyType("dict_keyiterator")]
public sealed partial class PyDictKeyIter : PyDictIterBase
{
    internal PyDictKeyIter(PyDict d) : base(Type, d, Kind.Keys, false) { }
    [PySlot("tp_iter")] static PyObject? Iter(PyObject self) => IterSelf(self);
    [PySlot("tp_iternext")] static PyObject? IterNext(PyObject self) => NextItem(self);
    [PyMethod("__length_hint__")] public static PyObject? LengthHint(PyDictKeyIter self) => LengthHintOf(self);
    [PyMethod("__reduce__")] static PyObject? Reduce(PyDictKeyIter self) => ReduceOf(self);
}

[PyType("dict_valueiterator")]
public sealed partial class PyDictValueIter : PyDictIterBase
{
    internal PyDictValueIter(PyDict d) : base(Type, d, Kind.Values, false) { }
    [PySlot("tp_iter")] static PyObject? Iter(PyObject self) => IterSelf(self);
    [PySlot("tp_iternext")] static PyObject? IterNext(PyObject self) => NextItem(self);
    [PyMethod("__length_hint__")] public static PyObject? LengthHint(PyDictValueIter self) => LengthHintOf(self);
    [PyMethod("__reduce__")] static PyObject? Reduce(PyDictValueIter self) => ReduceOf(self);
}

[PyType("dict_itemiterator")]
public sealed partial class PyDictItemIter : PyDictIterBase
{
    internal PyDictItemIter(PyDict d) : base(Type, d, Kind.Items, false) { }
    [PySlot("tp_iter")] static PyObject? Iter(PyObject self) => IterSelf(self);
    [PySlot("tp_iternext")] static PyObject? IterNext(PyObject self) => NextItem(self);
    [PyMethod("__length_hint__")] public static PyObject? LengthHint(PyDictItemIter self) => LengthHintOf(self);
    [PyMethod("__reduce__")] static PyObject? Reduce(PyDictItemIter self) => ReduceOf(self);
}

[PyType("dict_reversekeyiterator")]
public sealed partial class PyDictRevKeyIter : PyDictIterBase
{
    internal PyDictRevKeyIter(PyDict d) : base(Type, d, Kind.Keys, true) { }
    [PySlot("tp_iter")] static PyObject? Iter(PyObject self) => IterSelf(self);
    [PySlot("tp_iternext")] static PyObject? IterNext(PyObject self) => NextItem(self);
    [PyMethod("__length_hint__")] public static PyObject? LengthHint(PyDictRevKeyIter self) => LengthHintOf(self);
    [PyMethod("__reduce__")] static PyObject? Reduce(PyDictRevKeyIter self) => ReduceOf(self);
}

[PyType("dict_reversevalueiterator")]
public sealed partial class PyDictRevValueIter : PyDictIterBase
{
    internal PyDictRevValueIter(PyDict d) : base(Type, d, Kind.Values, true) { }
    [PySlot("tp_iter")] static PyObject? Iter(PyObject self) => IterSelf(self);
    [PySlot("tp_iternext")] static PyObject? IterNext(PyObject self) => NextItem(self);
    [PyMethod("__length_hint__")] public static PyObject? LengthHint(PyDictRevValueIter self) => LengthHintOf(self);
    [PyMethod("__reduce__")] static PyObject? Reduce(PyDictRevValueIter self) => ReduceOf(self);
}

[PyType("dict_reverseitemiterator")]
public sealed partial class PyDictRevItemIter : PyDictIterBase
{
    internal PyDictRevItemIter(PyDict d) : base(Type, d, Kind.Items, true) { }
    [PySlot("tp_iter")] static PyObject? Iter(PyObject self) => IterSelf(self);
    [PySlot("tp_iternext")] static PyObject? IterNext(PyObject self) => NextItem(self);
    [PyMethod("__length_hint__")] public static PyObject? LengthHint(PyDictRevItemIter self) => LengthHintOf(self);
    [PyMethod("__reduce__")] static PyObject? Reduce(PyDictRevItemIter self) => ReduceOf(self);
}
