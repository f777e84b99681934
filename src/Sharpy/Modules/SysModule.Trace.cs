using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

// sys.settrace / gettrace and sys.setprofile / getprofile (Python/sysmodule.c): per-thread
// functions, served by the sys.monitoring tools of Runtime/LegacyTracing.cs.
public static partial class SysModule
{
    [PyMethod("settrace", Doc = "Set the global debug tracing function.\n\nIt will be called on each function call.  See the debugger chapter\nin the library manual.")]
    static PyObject? SetTrace(PyObject function)
    {
        LegacyTracing.SetTrace(ThreadState.Current, function == Py.None ? null : function);
        return Py.None;
    }

    [PyMethod("_settraceallthreads", Doc = "Set the global debug tracing function in all running threads belonging to the current interpreter.\n\nIt will be called on each function call. See the debugger chapter\nin the library manual.")]
    static PyObject? SetTraceAllThreads(PyObject function)
    {
        foreach (var ts in AllThreads()) LegacyTracing.SetTrace(ts, function == Py.None ? null : function);
        return Py.None;
    }

    [PyMethod("gettrace", Doc = "Return the global debug tracing function set with sys.settrace.\n\nSee the debugger chapter in the library manual.")]
    static PyObject? GetTrace() => Py.NewRef(ThreadState.Current.TraceObj ?? Py.None);

    [PyMethod("setprofile", Doc = "Set the profiling function.\n\nIt will be called on each function call and return.  See the profiler\nchapter in the library manual.")]
    static PyObject? SetProfile(PyObject function)
    {
        LegacyTracing.SetProfile(ThreadState.Current, function == Py.None ? null : function);
        return Py.None;
    }

    [PyMethod("_setprofileallthreads", Doc = "Set the profiling function in all running threads belonging to the current interpreter.\n\nIt will be called on each function call and return.  See the profiler\nchapter in the library manual.")]
    static PyObject? SetProfileAllThreads(PyObject function)
    {
        foreach (var ts in AllThreads()) LegacyTracing.SetProfile(ts, function == Py.None ? null : function);
        return Py.None;
    }

    [PyMethod("getprofile", Doc = "Return the profiling function set with sys.setprofile.\n\nSee the debugger chapter in the library manual.")]
    static PyObject? GetProfile() => Py.NewRef(ThreadState.Current.ProfileObj ?? Py.None);

    /// <summary>The interpreter's thread states, the calling thread's included.</summary>
    static System.Collections.Generic.List<ThreadState> AllThreads()
    {
        var all = new System.Collections.Generic.List<ThreadState>(Interpreter.Current.ThreadStates);
        if (!all.Contains(ThreadState.Current)) all.Add(ThreadState.Current);
        return all;
    }
}
