using System;
using System.Collections.Generic;
using Sharpy.Modules.Time;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Lsprof;

/// <summary>
/// `_lsprof.Profiler` (ProfilerObject in Modules/_lsprof.c). enable() takes sys.monitoring's
/// PROFILER_ID tool and registers the bound methods _pystart_callback, _pyreturn_callback,
/// _ccall_callback and _creturn_callback for the call and return events, as CPython does; each
/// event starts or stops a <see cref="ProfilerContext"/> and charges its entry. Times are in
/// the timer's units: nanoseconds of the monotonic clock (time.perf_counter's), or what a
/// custom timer returns (seconds as a float, or integer ticks of timeunit seconds).
/// </summary>
[PyType("_lsprof.Profiler", BaseType = true, Doc = "Profiler(timer=None, timeunit=0.0, subcalls=True, builtins=True)\n--\n\nBuild a profiler object using the specified timer function.\n\nThe default timer is a fast built-in one based on real time.\nFor custom timer functions returning integers, 'timeunit' can\nbe a float specifying a scale (that is, how long each integer unit\nis, in seconds).")]
public sealed partial class ProfilerObject : PyObject
{
    const int POF_ENABLED = 0x001, POF_SUBCALLS = 0x002, POF_BUILTINS = 0x004, POF_EXT_TIMER = 0x008;

    /// <summary>sys.monitoring.PROFILER_ID.</summary>
    const int ProfilerToolId = 2;

    /// <summary>The entries by key: the code object, or the implementation of a builtin (CPython keys by its PyMethodDef).</summary>
    readonly Dictionary<object, ProfilerEntry> _entries = new(ReferenceEqualityComparer.Instance);
    ProfilerContext? _current;
    int _flags;
    PyObject? _externalTimer;
    double _externalTimerUnit;

    ProfilerObject(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new ProfilerObject(type);

    /// <summary>profiler_init(timer=None, timeunit=0.0, subcalls=True, builtins=True).</summary>
    [PySlot("tp_init")]
    static int Init(ProfilerObject p, [Keyword] PyObject? timer = null, [Keyword] double timeunit = 0.0,
        [Keyword] bool subcalls = true, [Keyword] bool builtins = true)
    {
        p.SetFlag(POF_SUBCALLS, subcalls);
        p.SetFlag(POF_BUILTINS, builtins);
        p._externalTimerUnit = timeunit;
        Py.SETREF(ref p._externalTimer, Py.XNewRef(timer));
        return 0;
    }

    void SetFlag(int flag, bool on) => _flags = on ? _flags | flag : _flags & ~flag;

    // ---- the timer ----

    /// <summary>CallExternalTimer: the custom timer's reading; its error is reported as unraisable and reads as 0.</summary>
    long CallExternalTimer()
    {
        // The timer may do anything: disable() and clear() refuse to run under it.
        _flags |= POF_EXT_TIMER;
        var o = Calls.CallNoArgs(_externalTimer!);
        _flags &= ~POF_EXT_TIMER;
        if (o == null)
        {
            Interpreter.WriteUnraisable("while calling _lsprof timer", _externalTimer);
            return 0;
        }
        long result;
        bool ok = _externalTimerUnit > 0.0 ? TimeFromLong(o, out result) : TimeModule.SecondsArg(o, out result, roundFloor: true);
        Py.DECREF(o);
        if (!ok)
        {
            Interpreter.WriteUnraisable("while calling _lsprof timer", _externalTimer);
            return 0;
        }
        return result;
    }

    /// <summary>_PyTime_FromLong: an int taken as it is (ticks of timeunit).</summary>
    static bool TimeFromLong(PyObject o, out long result)
    {
        result = 0;
        if (o is not PyLong l)
        {
            Errors.SetString(PyExc.TypeError, $"expect int, got {o.ob_type.tp_name}");
            return false;
        }
        if (l.TryGetLong(out result)) return true;
        Errors.SetString(PyExc.OverflowError, "timestamp too large to convert to C PyTime_t");
        return false;
    }

    long CallTimer()
    {
        if (_externalTimer != null) return CallExternalTimer();
        // PyTime_PerfCounterRaw: time.perf_counter's clock in nanoseconds.
        TimeLibc.clock_gettime(TimeLibc.CLOCK_MONOTONIC, out var ts);
        return ts.tv_sec * 1_000_000_000L + ts.tv_nsec;
    }

    // ---- entries and contexts ----

    /// <summary>
    /// normalizeUserObj: what an entry shows for the callable. A code object stays itself; a
    /// builtin becomes a str, as repr(type(self).name) for a builtin method ("&lt;method
    /// 'append' of 'list' objects&gt;"), "&lt;built-in method builtins.len&gt;" when self is a
    /// module (the type has no such attribute), "&lt;len&gt;" or "&lt;mod.len&gt;" without self.
    /// </summary>
    static PyObject? NormalizeUserObj(PyObject obj)
    {
        if (obj is not PyCFunction fn) return Py.NewRef(obj);
        PyObject? modname = fn.Module is PyUnicode ? fn.Module : fn.Module is PyModule m ? m.Dict.GetItemString("__name__") as PyUnicode : null;
        if (fn.Self == null)
        {
            if (modname != null && ((PyUnicode)modname).ToString() != "builtins")
                return PyUnicode.FromString($"<{modname}.{fn.Name}>");
            return PyUnicode.FromString($"<{fn.Name}>");
        }
        var mo = TypeLookup.Lookup(fn.Self.ob_type, fn.Name);
        if (mo != null)
        {
            Py.INCREF(mo);
            var res = Abstract.Repr(mo);
            Py.DECREF(mo);
            if (res != null) return res;
        }
        Errors.Clear();
        return PyUnicode.FromString(modname != null ? $"<built-in method {modname}.{fn.Name}>" : $"<built-in method {fn.Name}>");
    }

    /// <summary>ptrace_enter_call: a call to the function known by <paramref name="key"/> starts (the current exception is kept).</summary>
    void EnterCall(object key, PyObject userObj)
    {
        var exc = Errors.GetRaisedException();
        if (!_entries.TryGetValue(key, out var entry))
        {
            var normalized = NormalizeUserObj(userObj);
            if (normalized == null)
            {
                // (CPython flags POF_NOMEMORY here; a failed repr is the only way in C#.)
                Errors.Clear();
                Errors.SetRaisedException(exc);
                return;
            }
            entry = new ProfilerEntry(normalized);
            _entries[key] = entry;
        }
        InitContext(entry);
        Errors.SetRaisedException(exc);
    }

    /// <summary>initContext: push a context for <paramref name="entry"/>, counting the recursion in it and in its caller's subentry.</summary>
    void InitContext(ProfilerEntry entry)
    {
        var ctx = new ProfilerContext(entry, _current);
        _current = ctx;
        entry.RecursionLevel++;
        if ((_flags & POF_SUBCALLS) != 0 && ctx.Previous != null)
        {
            var caller = ctx.Previous.Entry;
            caller.Calls ??= new Dictionary<ProfilerEntry, ProfilerSubEntry>();
            if (!caller.Calls.TryGetValue(entry, out var sub)) caller.Calls[entry] = sub = new ProfilerSubEntry();
            sub.RecursionLevel++;
        }
        ctx.T0 = CallTimer();
    }

    /// <summary>ptrace_leave_call: the call to the function known by <paramref name="key"/> ends.</summary>
    void LeaveCall(object key)
    {
        var ctx = _current;
        if (ctx == null) return;
        if (_entries.TryGetValue(key, out var entry)) Stop(ctx, entry);
        else _current = ctx.Previous;
    }

    /// <summary>Stop: pop <paramref name="ctx"/> and charge its time to <paramref name="entry"/> and to its caller's subentry.</summary>
    void Stop(ProfilerContext ctx, ProfilerEntry entry)
    {
        long tt = CallTimer() - ctx.T0;
        long it = tt - ctx.SubTime;
        if (ctx.Previous != null) ctx.Previous.SubTime += tt;
        _current = ctx.Previous;
        if (--entry.RecursionLevel == 0) entry.TotalTime += tt;
        else entry.RecursiveCallCount++;
        entry.InlineTime += it;
        entry.CallCount++;
        if ((_flags & POF_SUBCALLS) != 0 && ctx.Previous != null
            && ctx.Previous.Entry.Calls is { } calls && calls.TryGetValue(entry, out var sub))
        {
            if (--sub.RecursionLevel == 0) sub.TotalTime += tt;
            else sub.RecursiveCallCount++;
            sub.InlineTime += it;
            sub.CallCount++;
        }
    }

    /// <summary>flush_unmatched: stop the calls still in progress.</summary>
    void FlushUnmatched()
    {
        while (_current is { } ctx) Stop(ctx, ctx.Entry);
    }

    void ClearEntries()
    {
        foreach (var entry in _entries.Values) Py.DECREF(entry.UserObj);
        _entries.Clear();
        _current = null;
    }

    // ---- the sys.monitoring callbacks ----

    /// <summary>
    /// The callbacks' arguments as sys.monitoring passes them: at least <paramref name="n"/>
    /// (PY_THROW passes a third, the exception, to _pystart_callback, which CPython 3.14 accepts).
    /// </summary>
    static bool CheckCallbackArgs(string name, ReadOnlySpan<StackRef> args, PyTuple? kwnames, int n)
    {
        if (ArgParse.HasKeywords(kwnames))
        {
            ArgParse.NoKeywords("Profiler." + name);
            return false;
        }
        if (args.Length >= n) return true;
        Errors.SetString(PyExc.TypeError, $"{name} expected {n} arguments, got {args.Length}");
        return false;
    }

    /// <summary>PY_START, PY_RESUME, PY_THROW: (code, instruction_offset[, exception]).</summary>
    [PyMethod("_pystart_callback", Raw = "CPython's METH_FASTCALL callback checks only its minimum: PY_THROW passes a third argument")]
    static PyObject? PyStartCallback(ProfilerObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!CheckCallbackArgs("_pystart_callback", args, kwnames, 2)) return null;
        var code = args[0].AsBorrowed;
        self.EnterCall(code, code);
        return Py.None;
    }

    /// <summary>PY_RETURN, PY_YIELD, PY_UNWIND: (code, instruction_offset, retval or exception).</summary>
    [PyMethod("_pyreturn_callback", Raw = "CPython's METH_FASTCALL callback checks only its minimum")]
    static PyObject? PyReturnCallback(ProfilerObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!CheckCallbackArgs("_pyreturn_callback", args, kwnames, 3)) return null;
        self.LeaveCall(args[0].AsBorrowed);
        return Py.None;
    }

    /// <summary>
    /// get_cfunc_from_callable: the builtin function a CALL event calls, if it is one. An unbound
    /// method descriptor is bound to the first argument (CPython's profilers always saw the bound
    /// builtin method); a descriptor that does not apply to it is left alone.
    /// </summary>
    static PyCFunction? CFunctionOf(PyObject callable, PyObject selfArg)
    {
        if (callable is PyCFunction f) return (PyCFunction)Py.NewRef(f);
        if (callable is (PyMethodDescr and not PyClassMethodDescr) && selfArg != Instrumentation.Missing)
        {
            var meth = callable.ob_type.tp_descr_get!(callable, selfArg, selfArg.ob_type);
            if (meth == null)
            {
                Errors.Clear();
                return null;
            }
            if (meth is PyCFunction cf) return cf;
            Py.DECREF(meth);
        }
        return null;
    }

    /// <summary>CALL: (code, instruction_offset, callable, self_arg); a builtin's call starts.</summary>
    [PyMethod("_ccall_callback", Raw = "CPython's METH_FASTCALL callback checks only its minimum")]
    static PyObject? CCallCallback(ProfilerObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!CheckCallbackArgs("_ccall_callback", args, kwnames, 4)) return null;
        if ((self._flags & POF_BUILTINS) != 0 && CFunctionOf(args[2].AsBorrowed, args[3].AsBorrowed) is { } cfunc)
        {
            self.EnterCall(cfunc.Impl, cfunc);
            Py.DECREF(cfunc);
        }
        return Py.None;
    }

    /// <summary>C_RETURN, C_RAISE: (code, instruction_offset, callable, self_arg); a builtin's call ends.</summary>
    [PyMethod("_creturn_callback", Raw = "CPython's METH_FASTCALL callback checks only its minimum")]
    static PyObject? CReturnCallback(ProfilerObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!CheckCallbackArgs("_creturn_callback", args, kwnames, 4)) return null;
        if ((self._flags & POF_BUILTINS) != 0 && CFunctionOf(args[2].AsBorrowed, args[3].AsBorrowed) is { } cfunc)
        {
            self.LeaveCall(cfunc.Impl);
            Py.DECREF(cfunc);
        }
        return Py.None;
    }

    /// <summary>callback_table: each event and the method that takes it.</summary>
    static readonly (int Event, string Method)[] CallbackTable =
    [
        (Instrumentation.PY_START, "_pystart_callback"),
        (Instrumentation.PY_RESUME, "_pystart_callback"),
        (Instrumentation.PY_THROW, "_pystart_callback"),
        (Instrumentation.PY_RETURN, "_pyreturn_callback"),
        (Instrumentation.PY_YIELD, "_pyreturn_callback"),
        (Instrumentation.PY_UNWIND, "_pyreturn_callback"),
        (Instrumentation.CALL, "_ccall_callback"),
        (Instrumentation.C_RETURN, "_creturn_callback"),
        (Instrumentation.C_RAISE, "_creturn_callback"),
    ];

    /// <summary>obj.name(*args) with int arguments, the result dropped: false with an exception set.</summary>
    static bool CallMonitoring(PyObject monitoring, string name, params PyObject[] args)
    {
        var r = Calls.CallMethod(monitoring, name, args);
        foreach (var a in args) Py.DECREF(a);
        if (r == null) return false;
        Py.DECREF(r);
        return true;
    }

    [PyMethod("enable", Doc = "Start collecting profiling information.\n\n  subcalls\n    If True, also records for each function\n    statistics separated according to its current caller.\n  builtins\n    If True, records the time spent in\n    built-in functions separately from their caller.")]
    static PyObject? Enable(ProfilerObject self, [Keyword] bool subcalls = true, [Keyword] bool builtins = true)
    {
        self.SetFlag(POF_SUBCALLS, subcalls);
        self.SetFlag(POF_BUILTINS, builtins);
        var monitoring = Abstract.GetAttr(Interpreter.Sys, "monitoring");
        if (monitoring == null) return null;
        var name = PyUnicode.FromString("cProfile");
        bool ok = CallMonitoring(monitoring, "use_tool_id", PyLong.FromLong(ProfilerToolId), name);
        if (!ok)
        {
            Errors.Clear();
            Errors.SetString(PyExc.ValueError, "Another profiling tool is already active");
        }
        int allEvents = 0;
        for (int i = 0; ok && i < CallbackTable.Length; i++)
        {
            var (ev, method) = CallbackTable[i];
            var callback = Abstract.GetAttr(self, method);
            ok = callback != null && CallMonitoring(monitoring, "register_callback", PyLong.FromLong(ProfilerToolId), PyLong.FromLong(1L << ev), callback);
            allEvents |= 1 << ev;
        }
        if (ok) ok = CallMonitoring(monitoring, "set_events", PyLong.FromLong(ProfilerToolId), PyLong.FromLong(allEvents));
        Py.DECREF(monitoring);
        if (!ok) return null;
        self._flags |= POF_ENABLED;
        return Py.None;
    }

    [PyMethod("disable", Doc = "Stop collecting profiling information.")]
    static PyObject? Disable(ProfilerObject self)
    {
        if ((self._flags & POF_EXT_TIMER) != 0)
            return Errors.SetString(PyExc.RuntimeError, "cannot disable profiler in external timer");
        if ((self._flags & POF_ENABLED) == 0) return Py.None;
        var monitoring = Abstract.GetAttr(Interpreter.Sys, "monitoring");
        if (monitoring == null) return null;
        bool ok = true;
        foreach (var (ev, _) in CallbackTable)
            if (!(ok = CallMonitoring(monitoring, "register_callback", PyLong.FromLong(ProfilerToolId), PyLong.FromLong(1L << ev), Py.None))) break;
        ok = ok && CallMonitoring(monitoring, "set_events", PyLong.FromLong(ProfilerToolId), PyLong.FromLong(0))
            && CallMonitoring(monitoring, "free_tool_id", PyLong.FromLong(ProfilerToolId));
        Py.DECREF(monitoring);
        if (!ok) return null;
        self._flags &= ~POF_ENABLED;
        self.FlushUnmatched();
        return Py.None;
    }

    [PyMethod("clear", Doc = "Clear all profiling information collected so far.")]
    static PyObject? ClearMethod(ProfilerObject self)
    {
        if ((self._flags & POF_EXT_TIMER) != 0)
            return Errors.SetString(PyExc.RuntimeError, "cannot clear profiler in external timer");
        self.ClearEntries();
        return Py.None;
    }

    /// <summary>getstats(): a profiler_entry per function called, its calls a list of profiler_subentry (or None).</summary>
    [PyMethod("getstats", Doc = "list of profiler_entry objects.\n\ngetstats() -> list of profiler_entry objects\n\nReturn all information collected by the profiler.\nEach profiler_entry is a tuple-like object with the\nfollowing attributes:\n\n    code          code object\n    callcount     how many times this was called\n    reccallcount  how many times called recursively\n    totaltime     total time in this entry\n    inlinetime    inline time in this entry (not in subcalls)\n    calls         details of the calls\n\nThe calls attribute is either None or a list of\nprofiler_subentry objects:\n\n    code          called code object\n    callcount     how many times this is called\n    reccallcount  how many times this is called recursively\n    totaltime     total time spent in this call\n    inlinetime    inline time (not in further subcalls)")]
    static PyObject? GetStats(ProfilerObject self)
    {
        double factor = self._externalTimer == null || self._externalTimerUnit == 0.0 ? 1e-9 : self._externalTimerUnit;
        var list = PyList.New();
        foreach (var entry in self._entries.Values)
        {
            if (entry.CallCount == 0) continue;
            PyObject calls;
            if (entry.Calls != null)
            {
                var sublist = PyList.New();
                foreach (var (callee, sub) in entry.Calls)
                    sublist.AppendSteal(PyStructSequence.New(LsprofModule.SubentryType, Py.NewRef(callee.UserObj),
                        PyLong.FromLong(sub.CallCount), PyLong.FromLong(sub.RecursiveCallCount),
                        PyFloat.FromDouble(factor * sub.TotalTime), PyFloat.FromDouble(factor * sub.InlineTime)));
                calls = sublist;
            }
            else calls = Py.None;
            list.AppendSteal(PyStructSequence.New(LsprofModule.EntryType, Py.NewRef(entry.UserObj),
                PyLong.FromLong(entry.CallCount), PyLong.FromLong(entry.RecursiveCallCount),
                PyFloat.FromDouble(factor * entry.TotalTime), PyFloat.FromDouble(factor * entry.InlineTime), calls));
        }
        return list;
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (_externalTimer != null) visit(_externalTimer);
    }

    protected internal override void Clear() => Py.CLEAR(ref _externalTimer);

    /// <summary>profiler_dealloc: calls still open are stopped, then the entries and the timer go.</summary>
    protected internal override void ReleaseReferences()
    {
        FlushUnmatched();
        ClearEntries();
        Py.CLEAR(ref _externalTimer);
    }
}
