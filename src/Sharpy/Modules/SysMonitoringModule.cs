using System.Numerics;
using System.Runtime.CompilerServices;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>
/// `sys.monitoring` (PEP 669, Python/instrumentation.c): tool ids, per-tool callbacks, and the
/// global and per-code event sets, with CPython's checks and messages; the events are delivered
/// by the instrumented code (Runtime/Instrumentation.cs). Like sys._jit it is an attribute of
/// sys, not an importable module.
/// </summary>
[PyModule("sys.monitoring")]
public static partial class SysMonitoringModule
{
    const int EventBranchLeft = Instrumentation.BRANCH_LEFT, EventBranchRight = Instrumentation.BRANCH_RIGHT, EventBranch = Instrumentation.BRANCH;
    const int LocalEvents = Instrumentation.InstrumentedEvents, UngroupedEvents = Instrumentation.UngroupedEvents, AllEvents = Instrumentation.AllEvents;
    const int CReturnEvents = (1 << Instrumentation.C_RETURN) | (1 << Instrumentation.C_RAISE);
    const int CCallEvents = CReturnEvents | (1 << Instrumentation.CALL);
    const int ToolIds = Instrumentation.ToolIds;

    static Instrumentation.MonitoringState GetState() => Instrumentation.State;

    [PyConstant("DISABLE")] static PyObject Disable => Py.NewRef(Instrumentation.Disable);
    [PyConstant("MISSING")] static PyObject Missing => Py.NewRef(Instrumentation.Missing);
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
            for (int i = 0; i < AllEvents; i++) ns.Dict.SetItemStringSteal(Instrumentation.EventNames[i], PyLong.FromLong(1L << i));
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

    static bool CheckToolInUse(Instrumentation.MonitoringState s, int toolId)
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
        return Py.None;
    }

    /// <summary>Forget the tool's callbacks and global events, keeping its name (CPython leaves per-code sets, then stale).</summary>
    [PyMethod("clear_tool_id")]
    static PyObject? ClearToolId(int toolId)
    {
        if (!CheckValidTool(toolId)) return null;
        var s = GetState();
        if (s.ToolNames[toolId] == null) return Py.None;
        for (int e = 0; e < AllEvents; e++) Py.CLEAR(ref s.Callbacks[toolId, e]);
        Instrumentation.SetEvents(toolId, 0);
        return Py.None;
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
        return Py.NewRef(GetState().ToolNames[toolId] ?? Py.None);
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
        s.Callbacks[toolId, eventId] = func == Py.None ? null : Py.NewRef(func);
        // BRANCH's callback stands for both halves.
        if (eventId == EventBranch)
        {
            Py.SETREF(ref s.Callbacks[toolId, EventBranchLeft], Py.XNewRef(s.Callbacks[toolId, eventId]));
            Py.SETREF(ref s.Callbacks[toolId, EventBranchRight], Py.XNewRef(s.Callbacks[toolId, eventId]));
        }
        return previous ?? Py.None;
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
        Instrumentation.SetEvents(toolId, events.Value);
        return Py.None;
    }

    [PyMethod("get_local_events")]
    static PyObject? GetLocalEvents(int toolId, PyObject code)
    {
        if (code is not PyCode c) return Errors.SetString(PyExc.TypeError, "code must be a code object");
        if (!CheckValidTool(toolId)) return null;
        return PyLong.FromLong(Instrumentation.GetLocalEvents(c, toolId));
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
        Instrumentation.SetLocalEvents(c, toolId, events.Value);
        return Py.None;
    }

    /// <summary>Re-enable the events that callbacks disabled by returning DISABLE.</summary>
    [PyMethod("restart_events")]
    static void RestartEvents() => Instrumentation.RestartEvents();

    /// <summary>Each event some tool has set globally, with the bit set of those tools.</summary>
    [PyMethod("_all_events")]
    static PyObject? AllEventsDict()
    {
        var s = GetState();
        var d = PyDict.New();
        for (int e = 0; e < UngroupedEvents; e++)
        {
            int tools = s.Tools[e];
            if (tools != 0) d.SetItemStringSteal(Instrumentation.EventNames[e], PyLong.FromLong(tools));
        }
        return d;
    }
}
