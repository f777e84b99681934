using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Contextvars;

/// <summary>
/// `_contextvars.Context` (Python/context.c): a mapping of context variables to values. Each
/// thread has a current context (<see cref="ThreadState.Context"/>); Context.run makes this
/// one current for the duration of a call.
/// </summary>
[PyType("_contextvars.Context")]
public sealed partial class PyContext : PyObject, IWeakReferenceable
{
    internal PyHamt Vars;
    /// <summary>The context that was current when this one was entered (ctx_prev, borrowed).</summary>
    PyContext? _prev;
    bool _entered;
    public PyWeakReference? WeakRefList { get; set; }

    PyContext(PyHamt vars) : base(Type) { Vars = vars; }

    /// <summary>context_new_empty.</summary>
    public static PyContext NewEmpty() => new(PyHamt.New());

    /// <summary>context_new_from_vars: a context sharing <paramref name="vars"/>.</summary>
    public static PyContext FromVars(PyHamt vars) => new(Py.NewRef(vars));

    /// <summary>context_get: the thread's current context, made empty on first use (borrowed).</summary>
    public static PyContext Current()
    {
        var ts = ThreadState.Current;
        return ts.Context ??= NewEmpty();
    }

    /// <summary>PyContext_CopyCurrent.</summary>
    public static PyContext CopyCurrent() => FromVars(Current().Vars);

    internal int Enter(ThreadState ts)
    {
        if (_entered)
        {
            Errors.SetString(PyExc.RuntimeError, $"cannot enter context: {Abstract.ReprString(this)} is already entered");
            return -1;
        }
        _prev = ts.Context;
        _entered = true;
        ts.Context = Py.NewRef(this);
        return 0;
    }

    internal int Exit(ThreadState ts)
    {
        if (!_entered)
        {
            Errors.SetString(PyExc.RuntimeError, $"cannot exit context: {Abstract.ReprString(this)} has not been entered");
            return -1;
        }
        // The entered context's reference passes back to the previous one (Py_SETREF).
        var mine = ts.Context!;
        ts.Context = _prev;
        _prev = null;
        _entered = false;
        Py.DECREF(mine);
        return 0;
    }

    static bool CheckKey(PyObject key)
    {
        if (key is PyContextVar) return true;
        Errors.SetString(PyExc.TypeError, $"a ContextVar key was expected, got {Abstract.ReprString(key)}");
        return false;
    }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (args.Length != 0) return Errors.SetString(PyExc.TypeError, "Context() does not accept any arguments");
        return NewEmpty();
    }

    [PyMethod("run", Raw = "run(callable, /, *args, **kwargs) passes the call on unparsed, as context_run's vectorcall does")]
    static PyObject? Run(PyContext self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (ArgParse.NArgs(args, kwnames) < 1)
            return Errors.SetString(PyExc.TypeError, "run() missing 1 required positional argument");
        var ts = ThreadState.Current;
        if (self.Enter(ts) < 0) return null;
        var result = Calls.Call(args[0].AsBorrowed, args[1..], kwnames);
        if (self.Exit(ts) < 0)
        {
            Py.XDECREF(result);
            return null;
        }
        return result;
    }

    [PyMethod("get", Doc = "Return the value for `key` if `key` has the value in the context object.\n\nIf `key` does not exist, return `default`. If `default` is not given,\nreturn None.")]
    static PyObject? Get(PyContext self, PyObject key, PyObject? @default = null)
    {
        if (!CheckKey(key)) return null;
        return Py.NewRef(self.Vars.Find((PyContextVar)key) ?? @default ?? Py.None);
    }

    /// <summary>What keys(), values(), items() and iter() walk: a snapshot, as the hamt's iterators see one mapping.</summary>
    PyObject? IterOf(Func<PyContextVar, PyObject, PyObject> select)
    {
        var items = new PyObject[Vars.Count];
        int i = 0;
        foreach (var (k, v) in Vars.Map) items[i++] = select(k, v);
        var tuple = PyTuple.FromStolen(items);
        var it = Abstract.GetIter(tuple);
        Py.DECREF(tuple);
        return it;
    }

    [PyMethod("keys", Doc = "Return a list of all variables in the context object.")]
    static PyObject? Keys(PyContext self) => self.IterOf((k, v) => Py.NewRef<PyObject>(k));

    [PyMethod("values", Doc = "Return a list of all variables' values in the context object.")]
    static PyObject? Values(PyContext self) => self.IterOf((k, v) => Py.NewRef(v));

    [PyMethod("items", Doc = "Return all variables and their values in the context object.\n\nThe result is returned as a list of 2-tuples (variable, value).")]
    static PyObject? Items(PyContext self) => self.IterOf((k, v) => PyTuple.Pack(k, v));

    [PyMethod("copy", Doc = "Return a shallow copy of the context object.")]
    static PyObject? Copy(PyContext self) => FromVars(self.Vars);

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject o) => ((PyContext)o).IterOf((k, v) => Py.NewRef<PyObject>(k));

    [PySlot("mp_length")]
    static long Length(PyObject o) => ((PyContext)o).Vars.Count;

    [PySlot("mp_subscript")]
    static PyObject? Subscript(PyObject o, PyObject key)
    {
        if (!CheckKey(key)) return null;
        var v = ((PyContext)o).Vars.Find((PyContextVar)key);
        if (v != null) return Py.NewRef(v);
        Errors.SetKeyError(key);
        return null;
    }

    [PySlot("sq_contains")]
    static int Contains(PyObject o, PyObject key)
    {
        if (!CheckKey(key)) return -1;
        return ((PyContext)o).Vars.Find((PyContextVar)key) != null ? 1 : 0;
    }

    [PySlot("tp_richcompare")]
    static PyObject? RichCompare(PyObject v, PyObject w, CompareOp op)
    {
        if (v is not PyContext a || w is not PyContext b || (op != CompareOp.Eq && op != CompareOp.Ne))
            return Py.NotImplemented;
        int eq = a.Vars.Equal(b.Vars);
        if (eq < 0) return null;
        return Py.NewBool((eq == 1) == (op == CompareOp.Eq));
    }

    [PySlot("tp_hash")]
    static long Hash(PyObject o) => SlotDefs.HashNotImplemented(o);

    protected internal override void Traverse(Visitor visit) => visit(Vars);

    protected internal override void Clear() => Py.SETREF(ref Vars!, PyHamt.New());

    protected internal override void ReleaseReferences() => Py.DECREF(Vars);
}
