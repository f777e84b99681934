using System;
using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// sys.settrace and sys.setprofile on top of PEP 669 (Python/legacy_tracing.c): they are the
/// monitoring tools 7 and 6, whose events are turned into the trace function's 'call',
/// 'line', 'return', 'exception', 'opcode' and the profile function's 'call', 'return',
/// 'c_call', 'c_return', 'c_exception'. The functions are per thread; the events are on
/// while any thread has one. A trace or profile function that raises is removed (for its
/// thread) and its exception propagates from the traced code.
/// </summary>
public static class LegacyTracing
{
    // PyTrace_CALL ... PyTrace_OPCODE, and the strings the trace function receives.
    const int TraceCall = 0, TraceException = 1, TraceLineEvent = 2, TraceReturn = 3, TraceCCall = 4, TraceCException = 5, TraceCReturn = 6, TraceOpcode = 7;
    static readonly string[] s_whatNames = ["call", "exception", "line", "return", "c_call", "c_exception", "c_return", "opcode"];

    const int TraceEvents = (1 << Instrumentation.PY_START) | (1 << Instrumentation.PY_RESUME) | (1 << Instrumentation.PY_RETURN)
        | (1 << Instrumentation.PY_YIELD) | (1 << Instrumentation.RAISE) | (1 << Instrumentation.LINE) | (1 << Instrumentation.JUMP)
        | (1 << Instrumentation.PY_UNWIND) | (1 << Instrumentation.PY_THROW) | (1 << Instrumentation.STOP_ITERATION);
    const int ProfileEvents = (1 << Instrumentation.PY_START) | (1 << Instrumentation.PY_RESUME) | (1 << Instrumentation.PY_RETURN)
        | (1 << Instrumentation.PY_YIELD) | (1 << Instrumentation.CALL) | (1 << Instrumentation.PY_UNWIND) | (1 << Instrumentation.PY_THROW);

    /// <summary>_PyEval_SetTrace: the thread's trace function (null to remove it).</summary>
    public static void SetTrace(ThreadState ts, PyObject? func)
    {
        var s = Instrumentation.State;
        s.TracingThreads += (func != null ? 1 : 0) - (ts.TraceObj != null ? 1 : 0);
        var old = ts.TraceObj;
        ts.TraceObj = Py.XNewRef(func);
        Py.XDECREF(old);
        if (s.TracingThreads > 0 && ts == ThreadState.Current && ts.CurrentFrame is { FrameObject: { TraceOpcodes: true } } f)
            SetOpcodeTrace(f.Code, true);
        Instrumentation.SetEvents(Instrumentation.SysTraceId, s.TracingThreads > 0 ? TraceEvents : 0);
    }

    /// <summary>_PyEval_SetProfile: the thread's profile function (null to remove it).</summary>
    public static void SetProfile(ThreadState ts, PyObject? func)
    {
        var s = Instrumentation.State;
        s.ProfilingThreads += (func != null ? 1 : 0) - (ts.ProfileObj != null ? 1 : 0);
        var old = ts.ProfileObj;
        ts.ProfileObj = Py.XNewRef(func);
        Py.XDECREF(old);
        Instrumentation.SetEvents(Instrumentation.SysProfileId, s.ProfilingThreads > 0 ? ProfileEvents : 0);
    }

    /// <summary>A finishing thread's trace and profile functions are removed (PyThreadState_Clear).</summary>
    public static void ClearThread(ThreadState ts)
    {
        if (ts.TraceObj != null) SetTrace(ts, null);
        if (ts.ProfileObj != null) SetProfile(ts, null);
    }

    /// <summary>_PyEval_SetOpcodeTrace: INSTRUCTION events for the code of a frame with f_trace_opcodes.</summary>
    public static void SetOpcodeTrace(PyCode code, bool enable)
    {
        int events = Instrumentation.GetLocalEvents(code, Instrumentation.SysTraceId);
        int bit = 1 << Instrumentation.INSTRUCTION;
        if (((events & bit) != 0) == enable) return;
        Instrumentation.SetLocalEvents(code, Instrumentation.SysTraceId, enable ? events | bit : events & ~bit);
    }

    /// <summary>An event for tool 6 (profile) or 7 (trace): -1 with an exception set, 1 for DISABLE, else 0.</summary>
    internal static int Handle(ThreadState ts, int tool, int ev, Frame f, ReadOnlySpan<PyObject> args)
    {
        if (tool == Instrumentation.SysProfileId)
        {
            switch (ev)
            {
                case Instrumentation.PY_START:
                case Instrumentation.PY_RESUME:
                case Instrumentation.PY_THROW:
                    return CallProfile(ts, TraceCall, null);
                case Instrumentation.PY_RETURN:
                case Instrumentation.PY_YIELD:
                    return CallProfile(ts, TraceReturn, args[2]);
                case Instrumentation.PY_UNWIND:
                    return CallProfile(ts, TraceReturn, null);
                case Instrumentation.CALL:
                case Instrumentation.C_RETURN:
                case Instrumentation.C_RAISE:
                    return ProfileCCall(ts, ev == Instrumentation.CALL ? TraceCCall : ev == Instrumentation.C_RETURN ? TraceCReturn : TraceCException, args[2], args[3]);
            }
            return 0;
        }
        switch (ev)
        {
            case Instrumentation.PY_START:
            case Instrumentation.PY_RESUME:
            case Instrumentation.PY_THROW:
                return CallTrace(ts, TraceCall, null);
            case Instrumentation.PY_RETURN:
            case Instrumentation.PY_YIELD:
                return CallTrace(ts, TraceReturn, args[2]);
            case Instrumentation.PY_UNWIND:
                return CallTrace(ts, TraceReturn, null);
            case Instrumentation.RAISE:
            case Instrumentation.STOP_ITERATION:
                {
                    var exc = (PyBaseException)args[2];
                    var tuple = PyTuple.Pack(exc.ob_type, exc, exc.Traceback ?? Py.None);
                    int r = CallTrace(ts, TraceException, tuple);
                    Py.DECREF(tuple);
                    return r;
                }
            case Instrumentation.LINE:
                return TraceLine(ts, (int)((PyLong)args[1]).Value);
            case Instrumentation.JUMP:
                return TraceJump(ts, f, (int)((PyLong)args[1]).Value / 2, (int)((PyLong)args[2]).Value / 2);
            case Instrumentation.INSTRUCTION:
                {
                    if (CurrentFrameObject(ts, "trace") is not { } frame) return -1;
                    if (ts.TraceObj == null || !frame.TraceOpcodes)
                    {
                        Py.DECREF(frame);
                        SetOpcodeTrace(f.Code, false);
                        return 0;
                    }
                    int r = TraceTrampoline(ts, frame, TraceOpcode, null);
                    Py.DECREF(frame);
                    return r;
                }
        }
        return 0;
    }

    /// <summary>PyEval_GetFrame for a callback: a new reference to the running frame's object.</summary>
    static PyFrameObject? CurrentFrameObject(ThreadState ts, string kind)
    {
        if (ts.CurrentFrame is { } f) return FrameObjects.Get(f);
        Errors.SetString(PyExc.SystemError, $"Missing frame when calling {kind} function.");
        return null;
    }

    static int CallProfile(ThreadState ts, int what, PyObject? arg)
    {
        if (ts.ProfileObj == null) return 0;
        if (CurrentFrameObject(ts, "profile") is not { } frame) return -1;
        // profile_trampoline: a failing profile function is removed.
        var func = Py.NewRef(ts.ProfileObj);
        var r = CallTrampoline(func, frame, what, arg);
        Py.DECREF(func);
        Py.DECREF(frame);
        if (r == null)
        {
            SetProfile(ts, null);
            return -1;
        }
        Py.DECREF(r);
        return 0;
    }

    /// <summary>sys_profile_call_or_return: only builtin functions and method descriptors (bound to the first argument) are reported.</summary>
    static int ProfileCCall(ThreadState ts, int what, PyObject callable, PyObject arg0)
    {
        if (callable is PyCFunction) return CallProfile(ts, what, callable);
        if (callable is PyMethodDescr descr and not PyClassMethodDescr)
        {
            if (arg0 == Instrumentation.Missing) return 0;
            var meth = descr.ob_type.tp_descr_get!(descr, arg0, arg0.ob_type);
            if (meth == null) return -1;
            int r = CallProfile(ts, what, meth);
            Py.DECREF(meth);
            return r;
        }
        return 0;
    }

    static int CallTrace(ThreadState ts, int what, PyObject? arg)
    {
        if (ts.TraceObj == null) return 0;
        if (CurrentFrameObject(ts, "trace") is not { } frame) return -1;
        if (frame.TraceOpcodes) SetOpcodeTrace(frame.Code, true);
        int r = TraceTrampoline(ts, frame, what, arg);
        Py.DECREF(frame);
        return r;
    }

    /// <summary>A 'line' event (trace_line): only to a frame whose f_trace_lines is true.</summary>
    internal static int TraceLine(ThreadState ts, int line)
    {
        if (ts.TraceObj == null || line < 0) return 0;
        if (CurrentFrameObject(ts, "trace") is not { } frame) return -1;
        int r = frame.TraceLines ? TraceTrampoline(ts, frame, TraceLineEvent, null) : 0;
        Py.DECREF(frame);
        return r;
    }

    /// <summary>sys_trace_jump_func: a backward jump within one line is a 'line' event too; other jumps need no JUMP event.</summary>
    static int TraceJump(ThreadState ts, Frame f, int from, int to)
    {
        if (ts.TraceObj == null) return 0;
        if (to > from) return 1;
        var m = f.Code.Monitoring!;
        int toLine = m.Lines[to];
        if (toLine != m.Lines[from]) return 1;
        return TraceLine(ts, toLine);
    }

    /// <summary>
    /// sys.settrace's trampoline: 'call' goes to the global function, the other events to the
    /// frame's f_trace; what the function returns becomes f_trace (None keeps it). A function
    /// that raises turns tracing off for the thread.
    /// </summary>
    static int TraceTrampoline(ThreadState ts, PyFrameObject frame, int what, PyObject? arg)
    {
        var callback = what == TraceCall ? ts.TraceObj : frame.Trace;
        if (callback == null) return 0;
        Py.INCREF(callback);
        var r = CallTrampoline(callback, frame, what, arg);
        Py.DECREF(callback);
        if (r == null)
        {
            SetTrace(ts, null);
            Py.CLEAR(ref frame.Trace);
            return -1;
        }
        if (r != Py.None) Py.SETREF(ref frame.Trace, r);
        else Py.DECREF(r);
        return 0;
    }

    static PyObject? CallTrampoline(PyObject callback, PyFrameObject frame, int what, PyObject? arg)
    {
        var name = PyUnicode.Intern(s_whatNames[what]);
        var r = Calls.CallArgs(callback, frame, name, arg ?? Py.None);
        return r;
    }
}
