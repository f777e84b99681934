using System;
using System.Runtime.CompilerServices;
using Sharpy.Compiler;
using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// Delivering events (instrumentation.c's _Py_call_instrumentation*): what the eval loop's
/// INSTRUMENTED_* cases and its exception paths call. A callback runs with the thread's
/// tracing count raised, so that nothing it runs delivers events; it answers None, or
/// DISABLE to stop this event at this instruction for its tool.
/// </summary>
public static partial class Instrumentation
{
    /// <summary>
    /// Call each of <paramref name="tools"/> (the highest id first, as CPython) for event
    /// <paramref name="ev"/> with <paramref name="args"/> (code, offset or line, ...). Returns
    /// -1 with an exception set, else the tools that answered DISABLE.
    /// </summary>
    static int CallTools(ThreadState ts, Frame f, int ev, int tools, ReadOnlySpan<PyObject> args)
    {
        var s = State;
        int disabled = 0;
        for (int tool = ToolCount - 1; tool >= 0; tool--)
        {
            if ((tools >> tool & 1) == 0) continue;
            int r;
            int oldWhat = ts.WhatEvent;
            ts.WhatEvent = ev;
            ts.Tracing++;
            if (tool >= SysProfileId)
            {
                r = LegacyTracing.Handle(ts, tool, ev, f, args);
            }
            else if (s.Callbacks[tool, ev] is { } callback)
            {
                Py.INCREF(callback);
                var a = new StackRef[args.Length];
                for (int i = 0; i < args.Length; i++) a[i] = StackRef.FromBorrow(args[i]);
                var res = Calls.Call(ts, callback, a, null);
                Py.DECREF(callback);
                r = res == null ? -1 : res == Disable ? 1 : 0;
                if (res != null) Py.DECREF(res);
            }
            else r = 0;
            ts.Tracing--;
            ts.WhatEvent = oldWhat;
            if (r < 0) return -1;
            if (r > 0)
            {
                if (ev >= InstrumentedEvents)
                {
                    // Only instrumented events can be turned off at one place; the callback goes.
                    Errors.SetString(PyExc.ValueError, $"Cannot disable {EventNames[ev]} events. Callback removed.");
                    Py.CLEAR(ref s.Callbacks[tool, ev]);
                    return -1;
                }
                disabled |= 1 << tool;
            }
        }
        return disabled;
    }

    /// <summary>An instrumented event at instruction <paramref name="instr"/> with (code, offset, <paramref name="arg0"/>, <paramref name="arg1"/>): 0, or -1 with an exception set.</summary>
    static int Fire(ThreadState ts, Frame f, int instr, int ev, PyObject? arg0 = null, PyObject? arg1 = null)
    {
        var m = f.Code.Monitoring;
        if (ts.Tracing != 0 || m?.Tools is not { } tools) return 0;
        // C_RETURN and C_RAISE go to the tools of the CALL instruction.
        int t = tools[instr];
        if (t == 0) return 0;
        var offset = PyLong.FromLong(instr * 2L);
        int n = arg0 == null ? 2 : arg1 == null ? 3 : 4;
        PyObject[] args = [f.Code, offset, arg0!, arg1!];
        int r = CallTools(ts, f, ev, t, args.AsSpan(0, n));
        Py.DECREF(offset);
        if (r > 0 && f.Code.Monitoring?.Tools is { } now)
        {
            now[instr] &= (byte)~r;
            f.Code.Monitoring.Rewrite(instr);
        }
        return r < 0 ? -1 : 0;
    }

    /// <summary>An event about the current exception (do_monitor_exc): a callback's error replaces it.</summary>
    static void FireException(ThreadState ts, Frame f, int instr, int ev, int tools)
    {
        if (ts.Tracing != 0 || tools == 0) return;
        var exc = Errors.GetRaisedException();
        if (exc == null) return;
        var offset = PyLong.FromLong(instr * 2L);
        int r = CallTools(ts, f, ev, tools, [f.Code, offset, exc]);
        Py.DECREF(offset);
        if (r < 0) Py.DECREF(exc);
        else Errors.SetRaisedException(exc);
    }

    static byte GlobalTools(int ev) => Interpreter.Current.Monitoring is { } s ? s.Tools[ev] : (byte)0;

    /// <summary>Some tool wants <paramref name="ev"/> globally.</summary>
    public static bool WantsEvent(int ev) => GlobalTools(ev) != 0;

    /// <summary>INSTRUMENTED_RESUME: bring the code up to date (1: dispatch again), then PY_START or PY_RESUME (0, or -1).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Resume(ThreadState ts, Frame f, int instr, int oparg)
    {
        var s = State;
        if (f.Code.Monitoring?.Version != s.Version)
        {
            Instrument(s, f.Code);
            return 1;
        }
        f.LineJumpTo = 0;
        return Fire(ts, f, instr, (oparg & 3) == 0 ? PY_START : PY_RESUME);
    }

    /// <summary>INSTRUMENTED_RETURN_VALUE, INSTRUMENTED_YIELD_VALUE: PY_RETURN or PY_YIELD with the value.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Return(ThreadState ts, Frame f, int instr, bool yield, PyObject value)
        => Fire(ts, f, instr, yield ? PY_YIELD : PY_RETURN, value);

    /// <summary>
    /// INSTRUMENTED_LINE (_Py_call_instrumentation_line): LINE when the instruction starts a line
    /// other than the one of the instruction that ran before. The opcode to run next, or -1.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Line(ThreadState ts, Frame f, int instr)
    {
        var m = f.Code.Monitoring!;
        int prev = f.LineJumpTo == instr + 1 ? f.LineJumpFrom : m.Previous[instr];
        f.LineJumpTo = 0;
        if (ts.Tracing != 0) return m.AfterLine(instr);
        int line = m.Lines[instr];
        if (m.Lines[prev] == line && m.BaseOpcode(prev) != Op.RESUME) return m.AfterLine(instr);
        int tools = m.LineTools![instr];
        if ((tools & (1 << SysTraceId)) != 0)
        {
            // sys.settrace's line event, without boxing the line (as CPython).
            int oldWhat = ts.WhatEvent;
            ts.WhatEvent = LINE;
            ts.Tracing++;
            int err = LegacyTracing.TraceLine(ts, line);
            ts.Tracing--;
            ts.WhatEvent = oldWhat;
            if (err < 0) return -1;
            tools &= ~(1 << SysTraceId);
        }
        if (tools != 0)
        {
            var lineObj = PyLong.FromLong(line);
            int r = CallTools(ts, f, LINE, tools, [f.Code, lineObj]);
            Py.DECREF(lineObj);
            if (r < 0) return -1;
            if (r > 0 && f.Code.Monitoring?.LineTools is { } now)
            {
                now[instr] &= (byte)~r;
                m.Rewrite(instr);
            }
        }
        return TookJump(f) ? Jumped : f.Code.Monitoring?.AfterLine(instr) ?? f.Code.Co.Code[2 * instr];
    }

    /// <summary>What <see cref="Line"/> and <see cref="Jump"/> return when a trace function set f_lineno: continue at f.InstrPtr.</summary>
    public const int Jumped = -2;

    /// <summary>A trace function set f_lineno: the frame goes on at the target, whose line counts as already reported.</summary>
    static bool TookJump(Frame f)
    {
        if (f.JumpTarget == 0) return false;
        f.InstrPtr = f.JumpTarget - 1;
        f.JumpTarget = 0;
        f.LineJumpFrom = f.InstrPtr;
        f.LineJumpTo = f.InstrPtr + 1;
        return true;
    }

    /// <summary>INSTRUMENTED_INSTRUCTION: the INSTRUCTION event, then the opcode to run next (or -1).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Instruction(ThreadState ts, Frame f, int instr)
    {
        var m = f.Code.Monitoring!;
        if (ts.Tracing == 0)
        {
            var offset = PyLong.FromLong(instr * 2L);
            int r = CallTools(ts, f, INSTRUCTION, m.InstructionTools![instr], [f.Code, offset]);
            Py.DECREF(offset);
            if (r < 0) return -1;
            if (r > 0 && f.Code.Monitoring?.InstructionTools is { } now)
            {
                now[instr] &= (byte)~r;
                m.Rewrite(instr);
            }
        }
        // (The callbacks may have changed or removed the instrumentation.)
        return f.Code.Monitoring?.AfterInstruction(instr) ?? f.Code.Co.Code[2 * instr];
    }

    /// <summary>
    /// The INSTRUMENTED_* jumps: JUMP, or BRANCH_RIGHT for a conditional jump taken (NOT_TAKEN
    /// gives BRANCH_LEFT), with (code, from, to); the jump is remembered for the target's LINE.
    /// Returns the plain jump to run, or -1.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Jump(ThreadState ts, Frame f, int instr, int opcode, int oparg, int sp)
    {
        var m = f.Code.Monitoring!;
        int baseOp = m.BaseOpcode(instr);
        int next = instr + 1 + Op.CacheEntries(baseOp);
        int target;
        int ev;
        switch (baseOp)
        {
            case Op.JUMP_FORWARD: target = next + oparg; ev = JUMP; break;
            case Op.JUMP_BACKWARD: target = next - oparg; ev = JUMP; break;
            case Op.NOT_TAKEN:
                {
                    // BRANCH_LEFT from the conditional jump before, to the instruction after this one.
                    if (Fire2(ts, f, instr, BRANCH_LEFT, m.Previous[instr], next) < 0) return -1;
                    return baseOp;
                }
            default:
                {
                    var v = f.Slots[sp - 1].AsBorrowed;
                    bool taken = baseOp switch
                    {
                        Op.POP_JUMP_IF_FALSE => v == PyBool.False,
                        Op.POP_JUMP_IF_TRUE => v == PyBool.True,
                        Op.POP_JUMP_IF_NONE => v == Py.None,
                        _ => v != Py.None,
                    };
                    if (!taken) return baseOp;
                    target = next + oparg;
                    ev = BRANCH_RIGHT;
                    break;
                }
        }
        f.LineJumpFrom = instr;
        f.LineJumpTo = target + 1;
        if (Fire2(ts, f, instr, ev, instr, target) < 0) return -1;
        return TookJump(f) ? Jumped : baseOp;
    }

    /// <summary>
    /// A loop's BRANCH events: INSTRUMENTED_FOR_ITER going on into the body (BRANCH_LEFT), then
    /// INSTRUMENTED_POP_ITER and INSTRUMENTED_END_ASYNC_FOR at its end (BRANCH_RIGHT). 0, or -1.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Branch(ThreadState ts, Frame f, int instr, int ev, int from, int to) => Fire2(ts, f, instr, ev, from, to);

    /// <summary>
    /// INSTRUMENTED_LOAD_SUPER_ATTR's call of super (_LOAD_SUPER_ATTR): CALL with super and the
    /// class (MISSING for the zero-argument form), the call, then C_RETURN or C_RAISE. The
    /// super object, or null with an exception set.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyObject? CallSuper(ThreadState ts, Frame f, int oparg, PyObject globalSuper, PyObject cls, PyObject self)
    {
        int instr = ColdInstruction(f);
        PyObject arg = (oparg & 2) != 0 ? cls : Missing;
        if (Fire(ts, f, instr, CALL, globalSuper, arg) < 0) return null;
        return AfterCCall(ts, f, instr, EvalLoop.CallGlobalSuper(oparg, globalSuper, cls, self), globalSuper, arg);
    }

    /// <summary>INSTRUMENTED_END_ASYNC_FOR: the loop ended, BRANCH_RIGHT from its END_SEND (oparg back) to after this instruction. 0, or -1.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int EndAsyncFor(ThreadState ts, Frame f, int oparg)
    {
        int instr = ColdInstruction(f);
        return Fire2(ts, f, instr, BRANCH_RIGHT, instr + 1 - oparg, instr + 1);
    }

    /// <summary>The instruction the eval loop's cold path runs: f.LastInstr is where its EXTENDED_ARG prefixes start.</summary>
    static int ColdInstruction(Frame f)
    {
        int instr = f.LastInstr;
        while (f.Code.Monitoring!.BaseOpcode(instr) == Op.EXTENDED_ARG) instr++;
        return instr;
    }

    /// <summary>A JUMP or BRANCH event with (code, from, to) in bytes.</summary>
    static int Fire2(ThreadState ts, Frame f, int instr, int ev, int from, int to)
    {
        if (f.Code.Monitoring?.Tools is not { } tools || tools[instr] == 0) return 0;
        var fromObj = PyLong.FromLong(from * 2L);
        var toObj = PyLong.FromLong(to * 2L);
        // (Fire passes the instruction's own offset; a jump's event names its source.)
        int r;
        if (ts.Tracing != 0) r = 0;
        else
        {
            r = CallTools(ts, f, ev, tools[instr], [f.Code, fromObj, toObj]);
            if (r > 0 && f.Code.Monitoring?.Tools is { } now)
            {
                now[instr] &= (byte)~r;
                f.Code.Monitoring.Rewrite(instr);
            }
        }
        Py.DECREF(fromObj);
        Py.DECREF(toObj);
        return r < 0 ? -1 : 0;
    }

    /// <summary>
    /// INSTRUMENTED_CALL and INSTRUMENTED_CALL_KW: the CALL event with the callable and first
    /// argument (a bound method counts as its function and self). A plain Python function is
    /// left to the CALL case (0); any other call is made here, with C_RETURN or C_RAISE after
    /// it unless it ran a Python function (1). -1 with an exception set. The stack pointer
    /// travels in <c>f.StackPointer</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Call(ThreadState ts, Frame f, int instr, int opcode, int oparg)
    {
        var s = f.Slots;
        int sp = f.StackPointer;
        bool kw = opcode == Op.INSTRUMENTED_CALL_KW;
        int top = kw ? sp - 1 : sp;
        int callableIndex = top - oparg - 2;
        var callable = s[callableIndex].AsBorrowed;
        var selfOrNull = s[callableIndex + 1];
        int argsStart = callableIndex + 2, nargs = oparg;
        if (!selfOrNull.IsNull) { argsStart--; nargs++; }
        PyObject function = callable;
        PyObject arg0 = nargs > 0 ? s[argsStart].AsBorrowed : Missing;
        if (selfOrNull.IsNull && callable is PyMethod method)
        {
            function = method.Func;
            arg0 = method.Self;
        }
        if (Fire(ts, f, instr, CALL, function, arg0) < 0) return -1;
        if (callable.GetType() == typeof(PyFunction) && (Unsafe.As<PyFunction>(callable).Code.Flags & (PyCode.CO_GENERATOR | PyCode.CO_COROUTINE | PyCode.CO_ASYNC_GENERATOR)) == 0)
            return 0;
        StackRef kwnamesRef = kw ? s[sp - 1] : default;
        var res = Calls.Call(ts, callable, new ReadOnlySpan<StackRef>(s, argsStart, nargs), kw ? (PyTuple)kwnamesRef.AsBorrowed : null);
        if (function is not PyFunction) res = AfterCCall(ts, f, instr, res, function, arg0);
        for (int i = argsStart; i < argsStart + nargs; i++) { s[i].Close(); s[i] = default; }
        if (kw) { kwnamesRef.Close(); s[sp - 1] = default; }
        s[callableIndex].Close();
        s[callableIndex] = s[callableIndex + 1] = default;
        sp = callableIndex;
        if (res != null) s[sp++] = StackRef.FromSteal(res);
        f.StackPointer = sp;
        return res == null ? -1 : 1;
    }

    /// <summary>INSTRUMENTED_CALL_FUNCTION_EX: CALL, the call, then C_RETURN or C_RAISE unless a Python function or method ran. 0, or -1.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int CallFunctionEx(ThreadState ts, Frame f, int instr)
    {
        var s = f.Slots;
        int sp = f.StackPointer;
        var kwargs = s[--sp];
        var callargs = s[--sp];
        var selfOrNull = s[--sp];
        var callable = s[sp - 1].AsBorrowed;
        PyObject arg0 = !selfOrNull.IsNull ? selfOrNull.AsBorrowed
            : callargs.AsBorrowed is PyTuple { Items.Length: > 0 } t ? t.Items[0] : Missing;
        if (Fire(ts, f, instr, CALL, callable, arg0) < 0) return -1;
        f.StackPointer = sp;
        var res = CallEx.Call(callable, selfOrNull.IsNull ? null : selfOrNull.AsBorrowed, callargs.AsBorrowed, kwargs.IsNull ? null : kwargs.AsBorrowed);
        if (callable is not PyFunction and not PyMethod) res = AfterCCall(ts, f, instr, res, callable, arg0);
        kwargs.Close(); callargs.Close(); selfOrNull.Close(); s[sp - 1].Close();
        s[sp] = s[sp + 1] = s[sp + 2] = default;
        if (res == null) { s[--sp] = default; f.StackPointer = sp; return -1; }
        s[sp - 1] = StackRef.FromSteal(res);
        f.StackPointer = sp;
        return 0;
    }

    /// <summary>C_RETURN for a result, C_RAISE for an error (whose exception a failing callback replaces).</summary>
    static PyObject? AfterCCall(ThreadState ts, Frame f, int instr, PyObject? res, PyObject callable, PyObject arg0)
    {
        if (res == null)
        {
            var exc = Errors.GetRaisedException();
            if (Fire(ts, f, instr, C_RAISE, callable, arg0) < 0) Py.XDECREF(exc);
            else Errors.SetRaisedException(exc);
            return null;
        }
        if (Fire(ts, f, instr, C_RETURN, callable, arg0) < 0) Py.CLEAR(ref res);
        return res;
    }

    /// <summary>
    /// INSTRUMENTED_END_SEND and INSTRUMENTED_END_FOR: a generator or coroutine that `yield from`,
    /// `await` or a loop ran to its end gives STOP_ITERATION with a StopIteration made for the
    /// event (monitor_stop_iteration). 0, or -1.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int EndSend(ThreadState ts, Frame f, int instr, PyObject receiver, PyObject value)
    {
        if (ts.Tracing != 0 || receiver is not (PyGen or PyCoro) || f.Code.Monitoring?.Tools is not { } tools || tools[instr] == 0) return 0;
        Errors.SetObject(PyExc.StopIteration, value);
        var exc = Errors.GetRaisedException()!;
        var offset = PyLong.FromLong(instr * 2L);
        int r = CallTools(ts, f, STOP_ITERATION, tools[instr], [f.Code, offset, exc]);
        Py.DECREF(offset);
        Py.DECREF(exc);
        if (r > 0 && f.Code.Monitoring?.Tools is { } now)
        {
            now[instr] &= (byte)~r;
            f.Code.Monitoring.Rewrite(instr);
        }
        return r < 0 ? -1 : 0;
    }

    /// <summary>SEND's receiver (not a generator) raised StopIteration: RAISE with it, as CPython sees it raised. 0, or -1.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int MonitorSendStop(ThreadState ts, Frame f, PyObject value)
    {
        int tools = GlobalTools(RAISE);
        if (ts.Tracing != 0 || tools == 0) return 0;
        Errors.SetObject(PyExc.StopIteration, value);
        FireException(ts, f, f.LastInstr, RAISE, tools);
        var exc = Errors.GetRaisedException();
        if (exc is PyStopIteration) { Py.DECREF(exc); return 0; }
        Errors.SetRaisedException(exc);
        return -1;
    }

    /// <summary>RAISE for a new exception (the error path, FOR_ITER's StopIteration).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void MonitorRaise(ThreadState ts, Frame f, int instr) => FireException(ts, f, instr, RAISE, GlobalTools(RAISE));

    /// <summary>RERAISE: RERAISE, a bare raise, END_ASYNC_FOR and CLEANUP_THROW passing the exception on.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void MonitorReraise(ThreadState ts, Frame f, int instr) => FireException(ts, f, instr, RERAISE, GlobalTools(RERAISE));

    /// <summary>PY_UNWIND: the exception leaves the frame.</summary>
    public static void MonitorUnwind(ThreadState ts, Frame f, int instr) => FireException(ts, f, instr, PY_UNWIND, GlobalTools(PY_UNWIND));

    /// <summary>gen.throw() raising in a suspended frame: bring the code up to date (the RESUME is skipped), then PY_THROW.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void MonitorThrow(ThreadState ts, Frame f, int instr)
    {
        if (Interpreter.Current.Monitoring is not { } s) return;
        if (s.InstrumentsAll && f.Code.Monitoring?.Version != s.Version) Instrument(s, f.Code);
        FireException(ts, f, instr, PY_THROW, s.Tools[PY_THROW]);
    }

    /// <summary>
    /// EXCEPTION_HANDLED for the exception just pushed for its handler at <paramref name="target"/>
    /// (the handler's first line counts as reached from <paramref name="instr"/>). 0, or -1 with
    /// the callback's exception set.
    /// </summary>
    public static int MonitorHandled(ThreadState ts, Frame f, int instr, int target, PyObject exc)
    {
        if (f.Code.Monitoring is { IsInstrumented: true } m)
        {
            // (A throw() into a suspended frame comes from its RESUME, whose line is always reported again.)
            f.LineJumpFrom = m.BaseOpcode(instr) == Op.YIELD_VALUE ? instr + 1 : instr;
            f.LineJumpTo = target + 1;
        }
        int tools = GlobalTools(EXCEPTION_HANDLED);
        if (ts.Tracing != 0 || tools == 0) return 0;
        var offset = PyLong.FromLong(instr * 2L);
        int r = CallTools(ts, f, EXCEPTION_HANDLED, tools, [f.Code, offset, exc]);
        Py.DECREF(offset);
        return r < 0 ? -1 : 0;
    }
}
