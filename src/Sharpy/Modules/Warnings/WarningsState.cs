using System.Threading;
using Sharpy.Modules.Contextvars;
using Sharpy.Objects;
using Sharpy.Runtime;
using ThreadState = Sharpy.Runtime.ThreadState;

namespace Sharpy.Modules;

/// <summary>
/// The interpreter's warnings state (CPython's interp->warnings, struct _warnings_runtime_state):
/// the filters, the once-registry and the default action the `_warnings` module exports (and
/// `warnings` re-exports), the filters version that invalidates every `__warningregistry__`,
/// the `_warnings_context` variable of context-aware warnings, and the lock that `warnings`
/// takes around its filter changes. Made on first use, so runtime warnings work before
/// `_warnings` is imported.
/// </summary>
internal sealed class WarningsState
{
    /// <summary>The filters list last seen (warnings.filters replaces it when set); owned.</summary>
    public PyObject Filters;
    public PyObject OnceRegistry;
    public PyObject DefaultAction;
    public long FiltersVersion;
    /// <summary>_warnings_context: the catch_warnings context of context-aware warnings (no default).</summary>
    public readonly PyContextVar Context;
    public readonly WarningsLock Lock = new();

    WarningsState()
    {
        Filters = InitFilters();
        OnceRegistry = PyDict.New();
        DefaultAction = PyUnicode.FromString("default");
        var name = PyUnicode.FromString("_warnings_context");
        Context = PyContextVar.New(name, null);
        Py.DECREF(name);
    }

    public static WarningsState Get(InterpreterState interp)
    {
        if (ModuleState<WarningsState>.Find(interp) is { } s) return s;
        var state = new WarningsState();
        ModuleState<WarningsState>.Set(interp, state);
        return state;
    }

    /// <summary>
    /// init_filters of a release build: DeprecationWarning shown in __main__ only (a plain
    /// module name, matched exactly), and DeprecationWarning, PendingDeprecationWarning,
    /// ImportWarning and ResourceWarning ignored elsewhere.
    /// </summary>
    static PyList InitFilters()
    {
        var filters = PyList.New();
        filters.AppendSteal(Filter(PyExc.DeprecationWarning, "default", "__main__"));
        filters.AppendSteal(Filter(PyExc.DeprecationWarning, "ignore", null));
        filters.AppendSteal(Filter(PyExc.PendingDeprecationWarning, "ignore", null));
        filters.AppendSteal(Filter(PyExc.ImportWarning, "ignore", null));
        filters.AppendSteal(Filter(PyExc.ResourceWarning, "ignore", null));
        return filters;
    }

    /// <summary>create_filter: (action, None, category, module or None, 0).</summary>
    static PyTuple Filter(PyType category, string action, string? module)
    {
        PyObject mod = module != null ? PyUnicode.Intern(module) : Py.None;
        return PyTuple.Pack(PyUnicode.Intern(action), Py.None, category, mod, PyLong.FromLong(0));
    }
}

/// <summary>
/// The warnings lock (a _PyRecursiveMutex): its owner may take it again; a thread that waits
/// for it lets the GIL go, as PyMutex_Lock detaches the thread state.
/// </summary>
internal sealed class WarningsLock
{
    long _owner;
    long _count;

    public bool IsHeldByCurrentThread => _count > 0 && _owner == ThreadState.Current.Ident;

    public void Acquire()
    {
        long me = ThreadState.Current.Ident;
        if (IsHeldByCurrentThread)
        {
            _count++;
            return;
        }
        lock (this)
        {
            if (_count == 0)
            {
                _owner = me;
                _count = 1;
                return;
            }
        }
        using (Gil.AllowThreads())
        {
            lock (this)
            {
                while (_count > 0) Monitor.Wait(this);
                _owner = me;
                _count = 1;
            }
        }
    }

    /// <summary>_PyRecursiveMutex_TryUnlock: false when this thread does not hold the lock.</summary>
    public bool Release()
    {
        if (!IsHeldByCurrentThread) return false;
        if (_count > 1)
        {
            _count--;
            return true;
        }
        lock (this)
        {
            _count = 0;
            _owner = 0;
            Monitor.Pulse(this);
        }
        return true;
    }
}
