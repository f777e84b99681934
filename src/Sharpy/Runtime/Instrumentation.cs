using System;
using System.Collections.Generic;
using Sharpy.Compiler;
using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// PEP 669 monitoring (Python/instrumentation.c): which tools want which events, and the
/// instrumentation of code objects that delivers them. As in CPython, a code object whose
/// events some tool wants has the instructions concerned replaced, in place, by their
/// INSTRUMENTED_* forms (INSTRUMENTED_LINE, INSTRUMENTED_INSTRUCTION in front of any); the
/// eval loop runs those through the cases that call <see cref="Instrumentation"/> and then
/// dispatch the original instruction. Code that no tool watches keeps its plain instructions,
/// so the loop pays nothing when nothing monitors.
///
/// A code object is brought up to date with the interpreter's monitoring version when events
/// change (every code object instrumented so far, and every one executing, at once) or at its
/// RESUME: while some tool has global events, the eval breaker stays set so that each RESUME
/// checks (<see cref="ResumeBreaker"/>).
/// </summary>
public static partial class Instrumentation
{
    // Event numbers (Include/cpython/monitoring.h, 3.14): bit i of an event set is event i.
    public const int PY_START = 0, PY_RESUME = 1, PY_RETURN = 2, PY_YIELD = 3, CALL = 4, LINE = 5, INSTRUCTION = 6,
        JUMP = 7, BRANCH_LEFT = 8, BRANCH_RIGHT = 9, STOP_ITERATION = 10, RAISE = 11, EXCEPTION_HANDLED = 12,
        PY_UNWIND = 13, PY_THROW = 14, RERAISE = 15, C_RETURN = 16, C_RAISE = 17, BRANCH = 18;
    /// <summary>Events set per instruction (and settable per code object): PY_START ... STOP_ITERATION.</summary>
    public const int InstrumentedEvents = 11;
    /// <summary>Events with their own tool set; BRANCH (18) stands for BRANCH_LEFT and BRANCH_RIGHT.</summary>
    public const int UngroupedEvents = 18, AllEvents = 19;
    /// <summary>Tools 0-5 are sys.monitoring's; 6 and 7 carry sys.setprofile and sys.settrace.</summary>
    public const int ToolIds = 6, SysProfileId = 6, SysTraceId = 7, ToolCount = 8;

    public static readonly string[] EventNames =
    [
        "PY_START", "PY_RESUME", "PY_RETURN", "PY_YIELD", "CALL", "LINE", "INSTRUCTION", "JUMP", "BRANCH_LEFT", "BRANCH_RIGHT",
        "STOP_ITERATION", "RAISE", "EXCEPTION_HANDLED", "PY_UNWIND", "PY_THROW", "RERAISE", "C_RETURN", "C_RAISE", "BRANCH",
    ];

    /// <summary>sys.monitoring.DISABLE and MISSING (_PyInstrumentation_DISABLE, _PyInstrumentation_MISSING).</summary>
    public static PyObject Disable => Sentinels.Disable;
    public static PyObject Missing => Sentinels.Missing;

    // (Apart, so that the thread state's constructor can ask EvalBreakerStaysSet before objects can be made.)
    static class Sentinels
    {
        public static readonly PyObject Disable = new PyBaseObject(PyBaseObject.Type), Missing = new PyBaseObject(PyBaseObject.Type);
    }

    /// <summary>The interpreter's monitoring state (interp->monitors, monitoring_callables, monitoring_tool_names).</summary>
    public sealed class MonitoringState
    {
        public readonly PyObject?[] ToolNames = new PyObject?[ToolIds];
        /// <summary>Each tool's global event set.</summary>
        public readonly int[] GlobalEvents = new int[ToolCount];
        /// <summary>Per event, the tools that want it globally (interp->monitors.tools).</summary>
        public readonly byte[] Tools = new byte[UngroupedEvents];
        /// <summary>Per tool and event, the callback (owned); tools 6 and 7 are served in C# (<see cref="LegacyTracing"/>).</summary>
        public readonly PyObject?[,] Callbacks = new PyObject?[ToolCount, AllEvents];
        /// <summary>Changes whenever some tool's events change: a code object at another version is re-instrumented.</summary>
        public long Version;
        /// <summary>The code objects instrumented (weakly: a dead one needs nothing).</summary>
        public readonly List<WeakReference<PyCode>> Instrumented = new();
        /// <summary>sys.settrace / sys.setprofile: how many threads have a function set.</summary>
        public int TracingThreads, ProfilingThreads;

        /// <summary>Some tool wants some instrumented event globally: every code object that runs must be instrumented.</summary>
        public bool InstrumentsAll
        {
            get
            {
                for (int e = 0; e < InstrumentedEvents; e++) if (Tools[e] != 0) return true;
                return false;
            }
        }
    }

    public static MonitoringState State => Interpreter.Current.Monitoring ??= new MonitoringState();

    /// <summary>The state if some tool was ever set up (no allocation when monitoring never ran).</summary>
    static MonitoringState? StateIfAny => Interpreter.Current?.Monitoring;

    /// <summary>_PyMonitoring_SetEvents: set a tool's global events and bring every instrumented and executing code object up to date.</summary>
    public static void SetEvents(int tool, int events)
    {
        var s = State;
        if (s.GlobalEvents[tool] == events) return;
        s.GlobalEvents[tool] = events;
        for (int e = 0; e < UngroupedEvents; e++)
        {
            int tools = 0;
            for (int t = 0; t < ToolCount; t++) if ((s.GlobalEvents[t] >> e & 1) != 0) tools |= 1 << t;
            s.Tools[e] = (byte)tools;
        }
        Reinstrument(s);
    }

    /// <summary>_PyMonitoring_SetLocalEvents: a tool's events for one code object.</summary>
    public static void SetLocalEvents(PyCode code, int tool, int events)
    {
        var s = State;
        var m = code.Monitoring ??= new CodeMonitoring(code);
        if (m.LocalEvents[tool] == events) return;
        m.LocalEvents[tool] = events;
        Array.Clear(m.LocalTools);
        for (int t = 0; t < ToolCount; t++)
            for (int e = 0; e < InstrumentedEvents; e++)
                if ((m.LocalEvents[t] >> e & 1) != 0) m.LocalTools[e] |= (byte)(1 << t);
        Instrument(s, code);
    }

    public static int GetLocalEvents(PyCode code, int tool) => code.Monitoring?.LocalEvents[tool] ?? 0;

    /// <summary>restart_events: what callbacks disabled with DISABLE is delivered again.</summary>
    public static void RestartEvents()
    {
        var s = State;
        foreach (var w in s.Instrumented)
            if (w.TryGetTarget(out var code) && code.Monitoring is { } m) Array.Clear(m.Active);
        Reinstrument(s);
    }

    /// <summary>A new version: every code object instrumented so far and every executing one is updated now, the others at their RESUME.</summary>
    static void Reinstrument(MonitoringState s)
    {
        s.Version++;
        var codes = new List<PyCode>();
        foreach (var w in s.Instrumented)
            if (w.TryGetTarget(out var code) && code.Monitoring is { } m)
            {
                m.Registered = false;
                codes.Add(code);
            }
        // Each is listed again as it is instrumented.
        s.Instrumented.Clear();
        var threads = Interpreter.Current.ThreadStates;
        var current = ThreadState.Current;
        bool armed = s.InstrumentsAll;
        for (int i = -1; i < threads.Count; i++)
        {
            var ts = i < 0 ? current : threads[i];
            if (i >= 0 && ts == current) continue;
            for (var f = ts.CurrentFrame; f != null; f = f.Previous) codes.Add(f.Code);
            if (armed) ts.EvalBreaker = true;
        }
        foreach (var code in codes)
            if (code.Monitoring?.Version != s.Version) Instrument(s, code);
    }

    /// <summary>
    /// The eval breaker seen at a RESUME (the check of RESUME / RESUME_CHECK): run what is pending,
    /// then instrument the code if it is behind the monitoring version. 1 when the code changed
    /// (dispatch the RESUME again), 0 to go on, -1 with an exception set.
    /// </summary>
    public static int ResumeBreaker(ThreadState ts, Frame f)
    {
        if (Signals.HandlePending() < 0) return -1;
        // (While some tool has global events, HandlePending leaves the breaker set: every RESUME comes here.)
        if (StateIfAny is not { } s || !s.InstrumentsAll) return 0;
        if (f.Code.Monitoring?.Version == s.Version) return 0;
        Instrument(s, f.Code);
        return 1;
    }

    /// <summary>The eval breaker stays set (and a new thread's starts set) while every code object that runs must be instrumented.</summary>
    public static bool EvalBreakerStaysSet => StateIfAny is { } s && s.InstrumentsAll;

    /// <summary>_Py_Instrument: make the code's instructions deliver exactly the events some tool wants for it.</summary>
    static void Instrument(MonitoringState s, PyCode code)
    {
        var m = code.Monitoring ??= new CodeMonitoring(code);
        m.Version = s.Version;
        Span<byte> events = stackalloc byte[InstrumentedEvents];
        bool any = false;
        for (int e = 0; e < InstrumentedEvents; e++)
        {
            events[e] = (byte)(s.Tools[e] | m.LocalTools[e]);
            any |= events[e] != 0;
        }
        if (!any)
        {
            if (m.IsInstrumented) m.Remove();
            Array.Clear(m.Active);
            if (!m.HasLocalEvents) code.Monitoring = null;
            return;
        }
        if (!m.Registered)
        {
            s.Instrumented.Add(new WeakReference<PyCode>(code));
            m.Registered = true;
        }
        m.Apply(events);
    }
}

/// <summary>
/// A code object's monitoring data (_PyCoMonitoringData): its tools' local events, and per
/// instruction the tools that get its event, its LINE event and its INSTRUCTION event (a tool
/// that answered DISABLE is taken out of the instruction's set).
/// </summary>
public sealed class CodeMonitoring
{
    readonly PyCode _code;
    public long Version = -1;
    /// <summary>Per tool, its local event set; per instrumented event, the tools that set it locally.</summary>
    public readonly int[] LocalEvents = new int[Instrumentation.ToolCount];
    public readonly byte[] LocalTools = new byte[Instrumentation.InstrumentedEvents];
    /// <summary>Per instrumented event, the tools applied to the instructions at the last instrumentation.</summary>
    public readonly byte[] Active = new byte[Instrumentation.InstrumentedEvents];
    /// <summary>Per instruction (null until instrumented): its own event's tools, LINE's, INSTRUCTION's.</summary>
    public byte[]? Tools, LineTools, InstructionTools;
    /// <summary>Per code unit: the line (-1 for none), the start of the instruction that runs before
    /// (the one before it, or for a loop's POP_ITER its FOR_ITER), whether it can start a LINE event.</summary>
    public readonly int[] Lines, Previous;
    public readonly bool[] LineStart, IsInstruction;
    public readonly int FirstTraceable;

    public bool IsInstrumented => Tools != null;
    /// <summary>Listed in <see cref="Instrumentation.MonitoringState.Instrumented"/>.</summary>
    public bool Registered;

    public bool HasLocalEvents
    {
        get
        {
            foreach (var e in LocalEvents) if (e != 0) return true;
            return false;
        }
    }

    public CodeMonitoring(PyCode code)
    {
        _code = code;
        var bytes = code.Co.Code;
        int n = bytes.Length / 2;
        Lines = new int[n];
        Previous = new int[n];
        LineStart = new bool[n];
        IsInstruction = new bool[n];
        Array.Fill(Lines, -1);
        foreach (var (start, end, loc) in LineTable.Ranges(code))
            for (int i = start; i < end && i < n; i++) Lines[i] = loc.Line;
        FirstTraceable = 0;
        while (FirstTraceable < n && bytes[2 * FirstTraceable] != Op.RESUME) FirstTraceable++;
        // Which instructions start a line (initialize_lines): the first of each run of a line,
        // jump targets and exception handlers; never RESUME, END_FOR, END_SEND, POP_ITER.
        int currentLine = -1, prev = 0;
        for (int i = 0; i < n;)
        {
            int op = bytes[2 * i];
            IsInstruction[i] = true;
            Previous[i] = prev;
            prev = i;
            if (i >= FirstTraceable)
            {
                if (op is Op.END_ASYNC_FOR or Op.END_FOR or Op.END_SEND or Op.RESUME or Op.POP_ITER) { }
                else
                {
                    if (Lines[i] != currentLine && Lines[i] >= 0) LineStart[i] = true;
                    currentLine = Lines[i];
                }
            }
            i += 1 + Op.CacheEntries(op);
        }
        for (int i = FirstTraceable; i < n;)
        {
            int op = bytes[2 * i], oparg = bytes[2 * i + 1];
            while (op == Op.EXTENDED_ARG && i + 1 < n)
            {
                i++;
                op = bytes[2 * i];
                oparg = (oparg << 8) | bytes[2 * i + 1];
            }
            int self = i;
            i += 1 + Op.CacheEntries(op);
            // The POP_ITER an exhausted FOR_ITER lands on reports BRANCH_RIGHT from that FOR_ITER.
            if (op == Op.FOR_ITER && i + oparg + 1 < n) Previous[i + oparg + 1] = self;
            int target = op switch
            {
                Op.POP_JUMP_IF_FALSE or Op.POP_JUMP_IF_TRUE or Op.POP_JUMP_IF_NONE or Op.POP_JUMP_IF_NOT_NONE or Op.JUMP_FORWARD => i + oparg,
                Op.FOR_ITER or Op.SEND => i + oparg + 1,
                Op.JUMP_BACKWARD or Op.JUMP_BACKWARD_NO_INTERRUPT => i - oparg,
                _ => -1,
            };
            if (target >= 0 && target < n && Lines[target] >= 0 && bytes[2 * target] != Op.POP_ITER) LineStart[target] = true;
        }
        foreach (var h in code.ExceptionTable)
            if (h.Target < n && Lines[h.Target] >= 0) LineStart[h.Target] = true;
    }

    /// <summary>The event an instruction delivers itself (-1 for none) and its INSTRUMENTED_* form.</summary>
    static int EventOf(int op, int oparg) => op switch
    {
        Op.RESUME => (oparg & 3) == 0 ? Instrumentation.PY_START : Instrumentation.PY_RESUME,
        Op.RETURN_VALUE => Instrumentation.PY_RETURN,
        Op.YIELD_VALUE => Instrumentation.PY_YIELD,
        Op.CALL or Op.CALL_KW or Op.CALL_FUNCTION_EX => Instrumentation.CALL,
        Op.JUMP_FORWARD or Op.JUMP_BACKWARD => Instrumentation.JUMP,
        Op.POP_JUMP_IF_FALSE or Op.POP_JUMP_IF_TRUE or Op.POP_JUMP_IF_NONE or Op.POP_JUMP_IF_NOT_NONE => Instrumentation.BRANCH_RIGHT,
        Op.NOT_TAKEN or Op.FOR_ITER => Instrumentation.BRANCH_LEFT,
        // The loop's end: POP_ITER after an exhausted FOR_ITER, END_ASYNC_FOR after `async for`'s END_SEND.
        Op.POP_ITER or Op.END_ASYNC_FOR => Instrumentation.BRANCH_RIGHT,
        Op.END_SEND or Op.END_FOR => Instrumentation.STOP_ITERATION,
        Op.LOAD_SUPER_ATTR => Instrumentation.CALL,
        _ => -1,
    };

    public static int InstrumentedForm(int op) => op switch
    {
        Op.RESUME => Op.INSTRUMENTED_RESUME,
        Op.RETURN_VALUE => Op.INSTRUMENTED_RETURN_VALUE,
        Op.YIELD_VALUE => Op.INSTRUMENTED_YIELD_VALUE,
        Op.CALL => Op.INSTRUMENTED_CALL,
        Op.CALL_KW => Op.INSTRUMENTED_CALL_KW,
        Op.CALL_FUNCTION_EX => Op.INSTRUMENTED_CALL_FUNCTION_EX,
        Op.JUMP_FORWARD => Op.INSTRUMENTED_JUMP_FORWARD,
        Op.JUMP_BACKWARD => Op.INSTRUMENTED_JUMP_BACKWARD,
        Op.POP_JUMP_IF_FALSE => Op.INSTRUMENTED_POP_JUMP_IF_FALSE,
        Op.POP_JUMP_IF_TRUE => Op.INSTRUMENTED_POP_JUMP_IF_TRUE,
        Op.POP_JUMP_IF_NONE => Op.INSTRUMENTED_POP_JUMP_IF_NONE,
        Op.POP_JUMP_IF_NOT_NONE => Op.INSTRUMENTED_POP_JUMP_IF_NOT_NONE,
        Op.NOT_TAKEN => Op.INSTRUMENTED_NOT_TAKEN,
        Op.END_SEND => Op.INSTRUMENTED_END_SEND,
        Op.FOR_ITER => Op.INSTRUMENTED_FOR_ITER,
        Op.POP_ITER => Op.INSTRUMENTED_POP_ITER,
        Op.END_FOR => Op.INSTRUMENTED_END_FOR,
        Op.END_ASYNC_FOR => Op.INSTRUMENTED_END_ASYNC_FOR,
        Op.LOAD_SUPER_ATTR => Op.INSTRUMENTED_LOAD_SUPER_ATTR,
        _ => op,
    };

    /// <summary>The instruction an INSTRUMENTED_* form stands for (its caches and stack effect are that one's); other opcodes are themselves.</summary>
    public static int UninstrumentedForm(int op) => op switch
    {
        Op.INSTRUMENTED_RESUME => Op.RESUME,
        Op.INSTRUMENTED_RETURN_VALUE => Op.RETURN_VALUE,
        Op.INSTRUMENTED_YIELD_VALUE => Op.YIELD_VALUE,
        Op.INSTRUMENTED_CALL => Op.CALL,
        Op.INSTRUMENTED_CALL_KW => Op.CALL_KW,
        Op.INSTRUMENTED_CALL_FUNCTION_EX => Op.CALL_FUNCTION_EX,
        Op.INSTRUMENTED_JUMP_FORWARD => Op.JUMP_FORWARD,
        Op.INSTRUMENTED_JUMP_BACKWARD => Op.JUMP_BACKWARD,
        Op.INSTRUMENTED_POP_JUMP_IF_FALSE => Op.POP_JUMP_IF_FALSE,
        Op.INSTRUMENTED_POP_JUMP_IF_TRUE => Op.POP_JUMP_IF_TRUE,
        Op.INSTRUMENTED_POP_JUMP_IF_NONE => Op.POP_JUMP_IF_NONE,
        Op.INSTRUMENTED_POP_JUMP_IF_NOT_NONE => Op.POP_JUMP_IF_NOT_NONE,
        Op.INSTRUMENTED_NOT_TAKEN => Op.NOT_TAKEN,
        Op.INSTRUMENTED_END_SEND => Op.END_SEND,
        Op.INSTRUMENTED_FOR_ITER => Op.FOR_ITER,
        Op.INSTRUMENTED_POP_ITER => Op.POP_ITER,
        Op.INSTRUMENTED_END_FOR => Op.END_FOR,
        Op.INSTRUMENTED_END_ASYNC_FOR => Op.END_ASYNC_FOR,
        Op.INSTRUMENTED_LOAD_SUPER_ATTR => Op.LOAD_SUPER_ATTR,
        _ => op,
    };

    public int BaseOpcode(int i) => _code.Co.Code[2 * i];

    /// <summary>Bring the per-instruction tool sets to <paramref name="events"/>' tools, keeping what DISABLE removed from tools that stay.</summary>
    public void Apply(ReadOnlySpan<byte> events)
    {
        var bytes = _code.Co.Code;
        int n = Lines.Length;
        Tools ??= new byte[n];
        LineTools ??= new byte[n];
        InstructionTools ??= new byte[n];
        Span<byte> added = stackalloc byte[Instrumentation.InstrumentedEvents];
        for (int e = 0; e < added.Length; e++)
        {
            added[e] = (byte)(events[e] & ~Active[e]);
            Active[e] = events[e];
        }
        for (int i = FirstTraceable; i < n; i++)
        {
            if (!IsInstruction[i]) continue;
            int ev = EventOf(bytes[2 * i], bytes[2 * i + 1]);
            Tools[i] = ev < 0 ? (byte)0 : (byte)((Tools[i] | added[ev]) & events[ev]);
            LineTools[i] = LineStart[i] ? (byte)((LineTools[i] | added[Instrumentation.LINE]) & events[Instrumentation.LINE]) : (byte)0;
            InstructionTools[i] = bytes[2 * i] == Op.RESUME ? (byte)0
                : (byte)((InstructionTools[i] | added[Instrumentation.INSTRUCTION]) & events[Instrumentation.INSTRUCTION]);
            Rewrite(i);
        }
    }

    /// <summary>Line tracking needs the jumps: INSTRUMENTED_LINE compares the line with the one of the instruction that came before.</summary>
    bool TracksJumps => Active[Instrumentation.LINE] != 0;

    /// <summary>The opcode to run at <paramref name="i"/> once its LINE event (if any) is delivered: INSTRUCTION's turn comes after LINE's.</summary>
    public int AfterLine(int i) => InstructionTools == null ? BaseOpcode(i) : InstructionTools[i] != 0 ? Op.INSTRUMENTED_INSTRUCTION : AfterInstruction(i);

    /// <summary>The opcode to run at <paramref name="i"/> once its LINE and INSTRUCTION events (if any) are delivered.</summary>
    public int AfterInstruction(int i)
    {
        int op = BaseOpcode(i);
        // (A callback may have taken the instrumentation away meanwhile.)
        if (Tools == null) return op;
        if (Tools[i] != 0) return InstrumentedForm(op);
        if (TracksJumps && op is Op.JUMP_FORWARD or Op.JUMP_BACKWARD or Op.POP_JUMP_IF_FALSE or Op.POP_JUMP_IF_TRUE
            or Op.POP_JUMP_IF_NONE or Op.POP_JUMP_IF_NOT_NONE) return InstrumentedForm(op);
        return op;
    }

    /// <summary>Write instruction <paramref name="i"/>'s opcode for its current tool sets.</summary>
    public void Rewrite(int i)
    {
        int op = LineTools![i] != 0 ? Op.INSTRUMENTED_LINE : AfterLine(i);
        var instrs = _code.Instructions;
        instrs[i] = (ushort)((instrs[i] & 0xff00) | op);
    }

    /// <summary>Put back every plain instruction.</summary>
    public void Remove()
    {
        var bytes = _code.Co.Code;
        var instrs = _code.Instructions;
        for (int i = 0; i < instrs.Length; i++) instrs[i] = (ushort)(bytes[2 * i] | (bytes[2 * i + 1] << 8));
        Tools = LineTools = InstructionTools = null;
    }
}
