using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Pickle;

/// <summary>
/// `_pickle.Pickler` (Modules/_pickle.c's PicklerObject): writes the pickle of an object into
/// its own growable buffer (framed for protocol 4 and up) and hands the bytes to file.write.
/// The save routines are in Pickler.Save.cs, the buffer and framing in Pickler.Output.cs.
/// </summary>
[PyMember("bin", nameof(Bin))]
[PyMember("fast", nameof(Fast))]
[PyType("_pickle.Pickler", BaseType = true, Doc = PicklerDoc)]
public sealed partial class PyPickler : PyObject
{
    internal PicklerMemo Memo = new();
    /// <summary>ThreadState.EvalEntries when the memo's deferred entries were made (see CanDefer).</summary>
    uint _deferredSince;
    /// <summary>Tuples being saved (their items are), how many of them may be met again, and EvalEntries when the outermost was entered.</summary>
    int _openTuples, _openShared;
    uint _tuplesEnteredAt;
    /// <summary>persistent_id while dump() runs, when it is not the default one.</summary>
    PyObject? _persistentId;
    /// <summary>An instance's own persistent_id (assigned to the attribute).</summary>
    PyObject? _persistentIdAttr;
    PyObject? _dispatchTable;
    PyObject? _reducerOverride;
    PyObject? _write;
    PyObject? _bufferCallback;
    PyDict? _fastMemo;
    internal int Proto;
    public long Bin;
    public long Fast;
    int _fastNesting;
    bool _fixImports;
    /// <summary>dump() is running: a nested dump() or __init__() from a __reduce__ would pull the buffer from under it.</summary>
    bool _running;

    PyPickler(PyType type) : base(type) { }

    internal static PyPickler Create(int proto, bool fixImports) => new(Type) { Proto = proto, Bin = proto > 0 ? 1 : 0, _fixImports = fixImports && proto < 3 };

    protected internal override void Traverse(Visitor visit)
    {
        base.Traverse(visit);
        if (_write != null) visit(_write);
        if (_persistentId != null) visit(_persistentId);
        if (_persistentIdAttr != null) visit(_persistentIdAttr);
        if (_dispatchTable != null) visit(_dispatchTable);
        if (_fastMemo != null) visit(_fastMemo);
        if (_reducerOverride != null) visit(_reducerOverride);
        if (_bufferCallback != null) visit(_bufferCallback);
        Memo.Traverse(visit);
    }

    protected internal override void Clear()
    {
        base.Clear();
        ClearFields();
    }

    protected internal override void ReleaseReferences()
    {
        ClearFields();
        base.ReleaseReferences();
    }

    void ClearFields()
    {
        Py.CLEAR(ref _write);
        Py.CLEAR(ref _persistentId);
        Py.CLEAR(ref _persistentIdAttr);
        Py.CLEAR(ref _dispatchTable);
        Py.CLEAR(ref _fastMemo);
        Py.CLEAR(ref _reducerOverride);
        Py.CLEAR(ref _bufferCallback);
        Memo.Clear();
    }

    const string PicklerDoc = "Pickler(file, protocol=None, fix_imports=True, buffer_callback=None)\n--\n\n"
        + "This takes a binary file for writing a pickle data stream.\n\n"
        + "The optional *protocol* argument tells the pickler to use the given\n"
        + "protocol; supported protocols are 0, 1, 2, 3, 4 and 5.  The default\n"
        + "protocol is 5. It was introduced in Python 3.8, and is incompatible\n"
        + "with previous versions.\n\n"
        + "Specifying a negative protocol version selects the highest protocol\n"
        + "version supported.  The higher the protocol used, the more recent the\n"
        + "version of Python needed to read the pickle produced.\n\n"
        + "The *file* argument must have a write() method that accepts a single\n"
        + "bytes argument. It can thus be a file object opened for binary\n"
        + "writing, an io.BytesIO instance, or any other custom object that meets\n"
        + "this interface.\n\n"
        + "If *fix_imports* is True and protocol is less than 3, pickle will try\n"
        + "to map the new Python 3 names to the old module names used in Python\n"
        + "2, so that the pickle data stream is readable with Python 2.\n\n"
        + "If *buffer_callback* is None (the default), buffer views are\n"
        + "serialized into *file* as part of the pickle stream.\n\n"
        + "If *buffer_callback* is not None, then it can be called any number\n"
        + "of times with a buffer view.  If the callback returns a false value\n"
        + "(such as None), the given buffer is out-of-band; otherwise the\n"
        + "buffer is serialized in-band, i.e. inside the pickle stream.\n\n"
        + "It is an error if *buffer_callback* is not None and *protocol*\n"
        + "is None or smaller than 5.";

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new PyPickler(type);

    [PySlot("tp_init")]
    static int Init(PyPickler self, [Keyword] PyObject file, [Keyword] PyObject? protocol = null,
        [Keyword] bool fix_imports = true, [Keyword] PyObject? buffer_callback = null)
    {
        if (self.CheckNotRunning() < 0) return -1;
        // A second __init__ starts afresh.
        if (self._write != null) self.ClearFields();
        if (self.SetProtocol(protocol, fix_imports) < 0) return -1;
        if (self.SetOutputStream(file) < 0) return -1;
        if (self.SetBufferCallback(buffer_callback) < 0) return -1;
        self._fastMemo = null;
        self.Fast = 0;
        self._fastNesting = 0;
        if (self._dispatchTable != null) return 0;
        int r = Abstract.LookupAttr(self, PyUnicode.Intern("dispatch_table"), out var table);
        if (r < 0) return -1;
        self._dispatchTable = table;
        return 0;
    }

    /// <summary>_Pickler_SetProtocol: None is the default protocol, a negative one the highest.</summary>
    internal int SetProtocol(PyObject? protocol, bool fixImports)
    {
        long proto;
        if (protocol == null || protocol == Py.None) proto = Op.DEFAULT_PROTOCOL;
        else
        {
            if (!ArgParse.ToSsize(protocol, out proto)) return -1;
            if (proto < 0) proto = Op.HIGHEST_PROTOCOL;
            else if (proto > Op.HIGHEST_PROTOCOL)
            {
                Errors.SetString(PyExc.ValueError, $"pickle protocol must be <= {Op.HIGHEST_PROTOCOL}");
                return -1;
            }
        }
        Proto = (int)proto;
        Bin = proto > 0 ? 1 : 0;
        _fixImports = fixImports && proto < 3;
        return 0;
    }

    /// <summary>_Pickler_SetOutputStream: remember file.write.</summary>
    internal int SetOutputStream(PyObject file)
    {
        int r = Abstract.LookupAttr(file, PyUnicode.Intern("write"), out var write);
        if (r < 0) return -1;
        if (write == null)
        {
            Errors.SetString(PyExc.TypeError, "file must have a 'write' attribute");
            return -1;
        }
        _write = write;
        return 0;
    }

    internal int SetBufferCallback(PyObject? callback)
    {
        if (callback == Py.None) callback = null;
        if (callback != null && Proto < 5)
        {
            Errors.SetString(PyExc.ValueError, "buffer_callback needs protocol >= 5");
            return -1;
        }
        _bufferCallback = callback == null ? null : Py.NewRef(callback);
        return 0;
    }

    [PyMethod("dump", Doc = "Write a pickled representation of the given object to the open file.")]
    static PyObject? Dump(PyPickler self, PyObject obj)
    {
        var st = PickleState.Get();
        // A subclass whose __init__ did not call Pickler.__init__() has no file.
        if (self._write == null)
            return Errors.SetString(st.PicklingError, $"Pickler.__init__() was not called by {self.ob_type.tp_name}.__init__()");
        if (self.CheckNotRunning() < 0) return null;
        self.ClearBuffer();
        if (self.DumpObject(st, obj) < 0) return null;
        if (self.FlushToFile() < 0) return null;
        return Py.None;
    }

    [PyMethod("clear_memo", Doc = "Clears the pickler's \"memo\".\n\nThe memo is the data structure that remembers which objects the\n"
        + "pickler has already seen, so that shared or recursive objects are\npickled by reference and not by value.  This method is useful when\n"
        + "re-using picklers.")]
    static PyObject? ClearMemo(PyPickler self)
    {
        self.Memo.Clear();
        return Py.None;
    }

    [PyMethod("persistent_id")]
    static PyObject? PersistentId(PyPickler self, PyObject obj) => Py.None;

    [PyMethod("__sizeof__", Doc = "Returns size in memory, in bytes.")]
    static PyObject? SizeOf(PyPickler self) => PyLong.FromLong(96 + 16 * (long)self.Memo.Count + self._buf.Length);

    int CheckNotRunning()
    {
        if (!_running) return 0;
        Errors.SetString(PyExc.RuntimeError, "Pickler.dump() is already running");
        return -1;
    }

    /// <summary>dump(): the protocol header, the object, STOP, and the last frame committed.</summary>
    internal int DumpObject(PickleState st, PyObject obj)
    {
        int status = -1;
        _running = true;
        // The caller's Python code ran since the last dump: what was deferred then is entered now.
        Memo.Flush();
        // The persistent_id and reducer_override hooks are looked up once per dump; a bound
        // method of self would make a cycle, so they are dropped at the end. An exact Pickler
        // has no reducer_override and only the persistent_id assigned to it.
        if (ob_type == Type) _persistentId = _persistentIdAttr == null ? null : Py.NewRef(_persistentIdAttr);
        else
        {
            var pid = Abstract.GetAttr(this, PyUnicode.Intern("persistent_id"));
            if (pid == null) goto done;
            if (pid is PyCFunction f && f.Self == this && f.Name == "persistent_id" && _persistentIdAttr == null) Py.DECREF(pid);
            else Py.SETREF(ref _persistentId, pid);
            PyObject? reducer;
            if (ob_type.tp_getattro == Type.tp_getattro) reducer = GenericAttr.GetAttr(this, PyUnicode.Intern("reducer_override"), suppress: true);
            else if (Abstract.LookupAttr(this, PyUnicode.Intern("reducer_override"), out reducer) < 0) goto done;
            if (reducer == null && Errors.Occurred()) goto done;
            Py.SETREF(ref _reducerOverride, reducer);
        }
        if (Proto >= 2)
        {
            WriteTwo(Op.PROTO, (byte)Proto);
            if (Proto >= 4) _framing = true;
        }
        if (Save(st, obj, false) < 0) goto done;
        WriteByte(Op.STOP);
        CommitFrame();
        status = 0;
    done:
        _running = false;
        _framing = false;
        Py.CLEAR(ref _persistentId);
        Py.CLEAR(ref _reducerOverride);
        return status;
    }

    [PyGetter("memo")]
    static PyObject? GetMemo(PyPickler self) => new PicklerMemoProxy(self);

    [PySetter("memo")]
    static int SetMemo(PyPickler self, PyObject? value)
    {
        if (value == null)
        {
            Errors.SetString(PyExc.TypeError, "attribute deletion is not supported");
            return -1;
        }
        PicklerMemo memo;
        if (value.ob_type == PicklerMemoProxy.Type) memo = ((PicklerMemoProxy)value).Pickler!.Memo.Copy();
        else if (value is PyDict d)
        {
            memo = new PicklerMemo();
            int pos = 0;
            while (d.Next(ref pos, out _, out var v))
            {
                if (v is not PyTuple t || t.Items.Length != 2)
                {
                    Errors.SetString(PyExc.TypeError, "'memo' values must be 2-item tuples");
                    memo.Clear();
                    return -1;
                }
                if (!ArgParse.ToSsize(t.Items[0], out long id))
                {
                    memo.Clear();
                    return -1;
                }
                memo.Set(t.Items[1], id);
            }
        }
        else
        {
            Errors.SetString(PyExc.TypeError, $"'memo' attribute must be a PicklerMemoProxy object or dict, not {value.ob_type.tp_name}");
            return -1;
        }
        self.Memo.Clear();
        self.Memo = memo;
        return 0;
    }

    [PyGetter("dispatch_table")]
    static PyObject? GetDispatchTable(PyPickler self)
        => self._dispatchTable != null ? Py.NewRef(self._dispatchTable)
            : Errors.SetString(PyExc.AttributeError, $"'{self.ob_type.tp_name}' object has no attribute 'dispatch_table'");

    [PySetter("dispatch_table")]
    static int SetDispatchTable(PyPickler self, PyObject? value)
    {
        if (value == null && self._dispatchTable == null)
        {
            Errors.SetString(PyExc.AttributeError, "dispatch_table");
            return -1;
        }
        Py.SETREF(ref self._dispatchTable, value == null ? null : Py.NewRef(value));
        return 0;
    }

    /// <summary>An instance's persistent_id assignment shadows the method, as CPython 3.14's persistent_id_attr.</summary>
    [PySlot("tp_getattro")]
    static PyObject? GetAttro(PyObject self, PyObject name)
    {
        var p = (PyPickler)self;
        if (p._persistentIdAttr != null && name is PyUnicode u && u.Value == "persistent_id") return Py.NewRef(p._persistentIdAttr);
        return GenericAttr.GetAttr(self, name);
    }

    [PySlot("tp_setattro")]
    static int SetAttro(PyObject self, PyObject name, PyObject? value)
    {
        var p = (PyPickler)self;
        if (name is PyUnicode u && u.Value == "persistent_id" && GenericAttr.InstanceDict(self) == null)
        {
            if (value == null && p._persistentIdAttr == null)
            {
                Errors.SetString(PyExc.AttributeError, "persistent_id");
                return -1;
            }
            Py.SETREF(ref p._persistentIdAttr, value == null ? null : Py.NewRef(value));
            return 0;
        }
        return GenericAttr.SetAttr(self, name, value);
    }
}
