using System.Numerics;
using System.Runtime.CompilerServices;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>
/// `sys.monitoring` (PEP 669, Python/instrumentation.c): tool ids, per-tool callbacks, and the
/// global and per-code event sets, with CPython's checks and messages. Sharpy keeps this
/// registry but its eval loop does not deliver the events yet: a registered callback is never
/// called. Like sys._jit it is an attribute of sys, not an importable module.
/// </summary>
[PyModule("sys.monitoring")]
public static partial class SysMonitoringModule
{
    // Event numbers (Include/cpython/monitoring.h, 3.14): bit i of an event set is event i.
    const int EventBranchLeft = 8, EventBranchRight = 9, EventCall = 4, EventCReturn = 16, EventCRaise = 17, EventBranch = 18;
    /// <summary>Events that can be set per code object (PY_START ... STOP_ITERATION).</summary>
    const int LocalEvents = 11;
    /// <summary>Events with their own tool set; BRANCH (18) is BRANCH_LEFT and BRANCH_RIGHT.</summary>
    const int UngroupedEvents = 18, AllEvents = 19;
    const int CReturnEvents = (1 << EventCReturn) | (1 << EventCRaise);
    const int CCallEvents = CReturnEvents | (1 << EventCall);
    const int ToolIds = 6;

    static readonly string[] s_eventNames =
    [
        "PY_START", "PY_RESUME", "PY_RETURN", "PY_YIELD", "CALL", "LINE", "INSTRUCTION", "JUMP", "BRANCH_LEFT", "BRANCH_RIGHT",
        "STOP_ITERATION", "RAISE", "EXCEPTION_HANDLED", "PY_UNWIND", "PY_THROW", "RERAISE", "C_RETURN", "C_RAISE", "BRANCH",
    ];

    /// <summary>The interpreter's monitoring state (interp->monitoring_tool_names, monitors, monitoring_callables).</summary>
    sealed class State
    {
        public readonly PyObject?[] ToolNames = new PyObject?[ToolIds];
        public readonly int[] GlobalEvents = new int[ToolIds];
        public readonly PyObject?[,] Callbacks = new PyObject?[ToolIds, AllEvents];
        public readonly ConditionalWeakTable<PyCode, int[]> LocalEvents = new();
    }

    static State GetState()
    {
        var states = Interpreter.Current.ModuleStates;
        if (!states.TryGetValue(typeof(State), out var s)) states[typeof(State)] = s = new State();
        return (State)s;
    }

    static readonly PyObject s_disable = new PyBaseObject(PyBaseObject.Type), s_missing = new PyBaseObject(PyBaseObject.Type);

    [PyConstant("DISABLE")] static PyObject Disable => Py.NewRef(s_disable);
    [PyConstant("MISSING")] static PyObject Missing => Py.NewRef(s_missing);
    [PyConstant("DEBUGGER_ID")] const int DebuggerId = 0;
    [PyConstant("COVERAGE_ID")] const int CoverageId = 1;
    [PyConstant("PROFILER_ID")] const int ProfilerId = 2;
    [PyConstant("OPTIMIZER_ID")] const int OptimizerId = 5;

    /// <summary>sys.monitoring.events: a namespace of the event bits, and NO_EVENTS.</summary>
    [PyConstant("events")]
    static PyObject Events
    {
        get
        {
            var ns = new PyNamespace(PyNamespace.Type);
            for (int i = 0; i < AllEvents; i++) ns.Dict.SetItemStringSteal(s_eventNames[i], PyLong.FromLong(1L << i));
            ns.Dict.SetItemStringSteal("NO_EVENTS", PyLong.FromLong(0));
            return ns;
        }
    }

    static bool CheckValidTool(int toolId)
    {
        if (toolId >= 0 && toolId < ToolIds) return true;
        Errors.SetString(PyExc.ValueError, $"invalid tool {toolId} (must be between 0 and 5)");
        return false;
    }

    static bool CheckToolInUse(State s, int toolId)
    {
        if (s.ToolNames[toolId] != null) return true;
        Errors.SetString(PyExc.ValueError, $"tool {toolId} is not in use");
        return false;
    }

    /// <summary>The event set a tool may store: C_RETURN/C_RAISE only with CALL (then dropped), BRANCH as its two halves.</summary>
    static int? CheckEventSet(int eventSet, int limit, string kind)
    {
        if (eventSet < 0 || eventSet >= (1 << AllEvents))
        {
            Errors.SetString(PyExc.ValueError, $"invalid event set 0x{(uint)eventSet:x}");
            return null;
        }
        if ((eventSet & CReturnEvents) != 0 && (eventSet & CCallEvents) != CCallEvents)
        {
            Errors.SetString(PyExc.ValueError, "cannot set C_RETURN or C_RAISE events independently");
            return null;
        }
        eventSet &= ~CReturnEvents;
        if ((eventSet & (1 << EventBranch)) != 0)
            eventSet = (eventSet & ~(1 << EventBranch)) | (1 << EventBranchLeft) | (1 << EventBranchRight);
        if (eventSet >= (1 << limit))
        {
            Errors.SetString(PyExc.ValueError, $"invalid {kind}event set 0x{eventSet:x}");
            return null;
        }
        return eventSet;
    }

    [PyMethod("use_tool_id")]
    static PyObject? UseToolId(int toolId, PyObject name)
    {
        if (!CheckValidTool(toolId)) return null;
        if (name is not PyUnicode) return Errors.SetString(PyExc.ValueError, "tool name must be a str");
        var s = GetState();
        if (s.ToolNames[toolId] != null) return Errors.SetString(PyExc.ValueError, $"tool {toolId} is already in use");
        s.ToolNames[toolId] = Py.NewRef(name);
        return Py.NewRef(PyNone.None);
    }

    /// <summary>Forget the tool's callbacks and global events, keeping its name (CPython leaves per-code sets, then stale).</summary>
    [PyMethod("clear_tool_id")]
    static PyObject? ClearToolId(int toolId)
    {
        if (!CheckValidTool(toolId)) return null;
        var s = GetState();
        if (s.ToolNames[toolId] == null) return Py.NewRef(PyNone.None);
        s.GlobalEvents[toolId] = 0;
        for (int e = 0; e < AllEvents; e++) Py.CLEAR(ref s.Callbacks[toolId, e]);
        return Py.NewRef(PyNone.None);
    }

    [PyMethod("free_tool_id")]
    static PyObject? FreeToolId(int toolId)
    {
        var r = ClearToolId(toolId);
        if (r == null) return null;
        Py.CLEAR(ref GetState().ToolNames[toolId]);
        return r;
    }

    [PyMethod("get_tool")]
    static PyObject? GetTool(int toolId)
    {
        if (!CheckValidTool(toolId)) return null;
        return Py.NewRef(GetState().ToolNames[toolId] ?? PyNone.None);
    }

    /// <summary>Set the tool's callback for one event (None removes it): the previous callback, or None.</summary>
    [PyMethod("register_callback")]
    static PyObject? RegisterCallback(int toolId, int @event, PyObject func)
    {
        if (!CheckValidTool(toolId)) return null;
        if (BitOperations.PopCount((uint)@event) != 1)
            return Errors.SetString(PyExc.ValueError, "The callback can only be set for one event at a time");
        int eventId = 31 - BitOperations.LeadingZeroCount((uint)@event);
        if (eventId >= AllEvents) return Errors.SetString(PyExc.ValueError, $"invalid event {@event}");
        var s = GetState();
        var previous = s.Callbacks[toolId, eventId];
        s.Callbacks[toolId, eventId] = func == PyNone.None ? null : Py.NewRef(func);
        // BRANCH's callback stands for both halves.
        if (eventId == EventBranch)
        {
            Py.SETREF(ref s.Callbacks[toolId, EventBranchLeft], Py.XNewRef(s.Callbacks[toolId, eventId]));
            Py.SETREF(ref s.Callbacks[toolId, EventBranchRight], Py.XNewRef(s.Callbacks[toolId, eventId]));
        }
        return previous ?? Py.NewRef(PyNone.None);
    }

    [PyMethod("get_events")]
    static PyObject? GetEvents(int toolId) => CheckValidTool(toolId) ? PyLong.FromLong(GetState().GlobalEvents[toolId]) : null;

    [PyMethod("set_events")]
    static PyObject? SetEvents(int toolId, int eventSet)
    {
        if (!CheckValidTool(toolId)) return null;
        var events = CheckEventSet(eventSet, UngroupedEvents, "");
        if (events == null) return null;
        var s = GetState();
        if (!CheckToolInUse(s, toolId)) return null;
        s.GlobalEvents[toolId] = events.Value;
        return Py.NewRef(PyNone.None);
    }

    [PyMethod("get_local_events")]
    static PyObject? GetLocalEvents(int toolId, PyObject code)
    {
        if (code is not PyCode c) return Errors.SetString(PyExc.TypeError, "code must be a code object");
        if (!CheckValidTool(toolId)) return null;
        return PyLong.FromLong(GetState().LocalEvents.TryGetValue(c, out var local) ? local[toolId] : 0);
    }

    [PyMethod("set_local_events")]
    static PyObject? SetLocalEvents(int toolId, PyObject code, int eventSet)
    {
        if (code is not PyCode c) return Errors.SetString(PyExc.TypeError, "code must be a code object");
        if (!CheckValidTool(toolId)) return null;
        var events = CheckEventSet(eventSet, LocalEvents, "local ");
        if (events == null) return null;
        var s = GetState();
        if (!CheckToolInUse(s, toolId)) return null;
        s.LocalEvents.GetValue(c, _ => new int[ToolIds])[toolId] = events.Value;
        return Py.NewRef(PyNone.None);
    }

    /// <summary>Re-enable events that callbacks disabled by returning DISABLE (none are: nothing is delivered).</summary>
    [PyMethod("restart_events")]
    static void RestartEvents() { }

    /// <summary>Each event some tool has set globally, with the bit set of those tools.</summary>
    [PyMethod("_all_events")]
    static PyObject? AllEventsDict()
    {
        var s = GetState();
        var d = PyDict.New();
        for (int e = 0; e < UngroupedEvents; e++)
        {
            int tools = 0;
            for (int t = 0; t < ToolIds; t++) if ((s.GlobalEvents[t] >> e & 1) != 0) tools |= 1 << t;
            if (tools != 0) d.SetItemStringSteal(s_eventNames[e], PyLong.FromLong(tools));
        }
        return d;
    }
}
