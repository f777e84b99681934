using System.Collections.Generic;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>
/// `_thread._local` (Modules/_threadmodule.c localobject): an object whose attributes are
/// per thread. Each thread sees its own __dict__, made empty on its first access. Unlike
/// CPython, a subclass's __init__ is not re-run in each new thread, and a thread's dict lives
/// until the object dies rather than until the thread ends.
/// </summary>
[PyType("_thread._local", BaseType = true, Doc = "Thread-local data")]
public sealed partial class ThreadLocal : PyObject, IInstanceDict, IWeakReferenceable
{
    readonly Dictionary<ThreadState, PyDict> _dicts = new();
    public PyWeakReference? WeakRefList { get; set; }

    public ThreadLocal(PyType type) : base(type) { }

    /// <summary>The calling thread's dict.</summary>
    public PyDict? Dict
    {
        get
        {
            var ts = ThreadState.Current;
            if (!_dicts.TryGetValue(ts, out var d)) _dicts[ts] = d = PyDict.New();
            return d;
        }
        set
        {
            var ts = ThreadState.Current;
            if (_dicts.TryGetValue(ts, out var old)) Py.DECREF(old);
            if (value == null) _dicts.Remove(ts);
            else _dicts[ts] = Py.NewRef(value);
        }
    }

    [PyGetter("__dict__")]
    static PyObject? GetDict(ThreadLocal self) => Py.NewRef(self.Dict!);

    [PySlot("tp_alloc")]
    static PyObject Alloc(PyType type) => new ThreadLocal(type);

    /// <summary>local_new: arguments only when a subclass defines __init__ to take them.</summary>
    [PySlot("tp_new")]
    static PyObject? New(PyType type, System.ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (args.Length > 0 && type.tp_init == PyBaseObject.Type.tp_init)
            return Errors.SetString(PyExc.TypeError, "Initialization arguments are not supported");
        return type.tp_alloc!(type);
    }

    protected internal override void ReleaseReferences() => Clear();

    protected internal override void Traverse(Visitor visit)
    {
        foreach (var d in _dicts.Values) visit(d);
    }

    protected internal override void Clear()
    {
        foreach (var d in _dicts.Values) Py.DECREF(d);
        _dicts.Clear();
    }
}
