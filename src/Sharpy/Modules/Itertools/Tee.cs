using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Itertools;

/// <summary>
/// `itertools._tee_dataobject`: a block of up to <see cref="LinkCells"/> items read from the
/// shared iterator, linked to the next block. The tee iterators walk the chain; a block dies
/// when the slowest tee has left it.
/// </summary>
[PyType("itertools._tee_dataobject")]
public sealed partial class TeeDataObject : PyObject
{
    internal const int LinkCells = 57;

    PyObject? _it;
    int _numRead;
    bool _running;
    TeeDataObject? _nextLink;
    readonly PyObject?[] _values = new PyObject?[LinkCells];

    internal TeeDataObject(PyObject it) : base(Type) => _it = Py.NewRef(it);

    /// <summary>_tee_dataobject(iterable, values, next, /): a block already holding values (at most LinkCells).</summary>
    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (ArgParse.HasKeywords(kwnames)) return ArgParse.NoKeywords("teedataobject");
        if (!ArgParse.CheckPositional("teedataobject", args.Length, 3, 3)) return null;
        if (args[1].AsBorrowed is not PyList values)
            return ArgParse.BadArgument("teedataobject", "argument 2", "list", args[1].AsBorrowed);
        var next = args[2].AsBorrowed;
        var tdo = new TeeDataObject(args[0].AsBorrowed);
        int len = values.Count;
        bool ok = len <= LinkCells && (next == Py.None || (len == LinkCells && next.ob_type == Type));
        if (!ok)
        {
            Py.DECREF(tdo);
            return Errors.SetString(PyExc.ValueError, "Invalid arguments");
        }
        for (int i = 0; i < len; i++) tdo._values[i] = Py.NewRef(values.Items[i]);
        tdo._numRead = len;
        if (next != Py.None) tdo._nextLink = Py.NewRef((TeeDataObject)next);
        return tdo;
    }

    /// <summary>The block after this one, made on first use (a new reference).</summary>
    internal TeeDataObject? JumpLink()
    {
        if (_nextLink == null)
        {
            if (_it == null) return null;
            _nextLink = new TeeDataObject(_it);
        }
        return Py.NewRef(_nextLink);
    }

    /// <summary>Item <paramref name="i"/> of the block (a new reference); the lead tee reads it from the iterator.</summary>
    internal PyObject? GetItem(int i)
    {
        if (i < _numRead) return Py.NewRef(_values[i]!);
        if (_running) return Errors.SetString(PyExc.RuntimeError, "cannot re-enter the tee iterator");
        if (_it == null) return null;
        _running = true;
        var value = Abstract.IterNext(_it);
        _running = false;
        if (value == null) return null;
        _numRead++;
        _values[i] = value;
        return Py.NewRef(value);
    }

    protected internal override void ReleaseReferences()
    {
        Py.CLEAR(ref _it);
        for (int i = 0; i < _numRead; i++) Py.CLEAR(ref _values[i]);
        _numRead = 0;
        // teedataobject_safe_decref: unlink the chain iteratively while this block holds its only reference.
        var next = _nextLink;
        _nextLink = null;
        while (next != null && next.ob_refcnt == 1)
        {
            var after = next._nextLink;
            next._nextLink = null;
            Py.DECREF(next);
            next = after;
        }
        if (next != null) Py.DECREF(next);
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (_it != null) visit(_it);
        for (int i = 0; i < _numRead; i++) visit(_values[i]!);
        if (_nextLink != null) visit(_nextLink);
    }

    protected internal override void Clear() => ReleaseReferences();
}

/// <summary>`itertools._tee`: one of tee()'s iterators, a position (block, index) in the shared data.</summary>
[PyType("itertools._tee")]
public sealed partial class TeeObject : PyObject, IWeakReferenceable
{
    TeeDataObject? _dataObj;
    int _index;
    public PyWeakReference? WeakRefList { get; set; }

    TeeObject(TeeDataObject dataObj, int index) : base(Type)
    {
        _dataObj = dataObj;
        _index = index;
    }

    /// <summary>tee_fromiterable: a tee over the iterator; a copy when it already is a tee.</summary>
    internal static TeeObject? FromIterable(PyObject iterable)
    {
        var it = Abstract.GetIter(iterable);
        if (it == null) return null;
        if (it is TeeObject t)
        {
            var copy = t.Copy();
            Py.DECREF(it);
            return copy;
        }
        var tee = new TeeObject(new TeeDataObject(it), 0);
        Py.DECREF(it);
        return tee;
    }

    /// <summary>A new tee at the same position.</summary>
    internal TeeObject Copy() => new(Py.NewRef(_dataObj!), _index);

    /// <summary>_tee(iterable, /).</summary>
    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (ArgParse.HasKeywords(kwnames)) return ArgParse.NoKeywords("_tee");
        if (!ArgParse.CheckPositional("_tee", args.Length, 1, 1)) return null;
        return FromIterable(args[0].AsBorrowed);
    }

    [PyMethod("__copy__")]
    static PyObject? CopyMethod(TeeObject self) => self._dataObj == null ? Errors.SetString(PyExc.ValueError, "tee is cleared") : self.Copy();

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self)
    {
        var t = (TeeObject)self;
        if (t._dataObj == null) return null;
        if (t._index >= TeeDataObject.LinkCells)
        {
            var link = t._dataObj.JumpLink();
            if (link == null) return null;
            Py.SETREF(ref t._dataObj, link);
            t._index = 0;
        }
        var value = t._dataObj!.GetItem(t._index);
        if (value == null) return null;
        t._index++;
        return value;
    }

    protected internal override void ReleaseReferences() => Py.CLEAR(ref _dataObj);

    protected internal override void Traverse(Visitor visit)
    {
        if (_dataObj != null) visit(_dataObj);
    }

    protected internal override void Clear() => ReleaseReferences();
}
