using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

// sys.settrace / gettrace and sys.setprofile / getprofile (Python/sysmodule.c). The functions are
// kept per thread and returned as CPython returns them, but as with sys.monitoring the eval loop
// does not call them yet: a debugger that sets one gets no events.
public static partial class SysModule
{
    [PyMethod("settrace", Doc = "Set the global debug tracing function.\n\nIt will be called on each function call.  See the debugger chapter\nin the library manual.")]
    static PyObject? SetTrace(PyObject function)
    {
        var ts = ThreadState.Current;
        Py.SETREF(ref ts.TraceObj, function == PyNone.None ? null : Py.NewRef(function));
        return Py.NewRef(PyNone.None);
    }

    [PyMethod("gettrace", Doc = "Return the global debug tracing function set with sys.settrace.\n\nSee the debugger chapter in the library manual.")]
    static PyObject? GetTrace() => Py.NewRef(ThreadState.Current.TraceObj ?? PyNone.None);

    [PyMethod("setprofile", Doc = "Set the profiling function.\n\nIt will be called on each function call and return.  See the profiler\nchapter in the library manual.")]
    static PyObject? SetProfile(PyObject function)
    {
        var ts = ThreadState.Current;
        Py.SETREF(ref ts.ProfileObj, function == PyNone.None ? null : Py.NewRef(function));
        return Py.NewRef(PyNone.None);
    }

    [PyMethod("getprofile", Doc = "Return the profiling function set with sys.setprofile.\n\nSee the profiler chapter in the library manual.")]
    static PyObject? GetProfile() => Py.NewRef(ThreadState.Current.ProfileObj ?? PyNone.None);
}
