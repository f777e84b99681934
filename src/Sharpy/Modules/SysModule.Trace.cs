using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

// sys.settrace / setprofile and their getters (Python/sysmodule.c). The functions are kept
// per thread, as CPython's c_tracefunc/c_profilefunc, so code that saves and restores them
// (doctest, unittest, coverage checks) works; the eval loop does not call them yet.
public static partial class SysModule
{
    [PyMethod("settrace", Doc = "settrace($module, function, /)\n--\n\nSet the global debug tracing function.\n\nIt will be called on each function call.  See the debugger chapter\nin the library manual.")]
    static PyObject? SetTrace(PyObject function)
    {
        var ts = ThreadState.Current;
        Py.SETREF(ref ts.TraceFunc, function == PyNone.None ? null : Py.NewRef(function));
        return Py.None;
    }

    [PyMethod("gettrace", Doc = "gettrace($module, /)\n--\n\nReturn the global debug tracing function set with sys.settrace.\n\nSee the debugger chapter in the library manual.")]
    static PyObject? GetTrace() => Py.NewRef(ThreadState.Current.TraceFunc ?? PyNone.None);

    [PyMethod("setprofile", Doc = "setprofile($module, function, /)\n--\n\nSet the profiling function.\n\nIt will be called on each function call and return.  See the profiler\nchapter in the library manual.")]
    static PyObject? SetProfile(PyObject function)
    {
        var ts = ThreadState.Current;
        Py.SETREF(ref ts.ProfileFunc, function == PyNone.None ? null : Py.NewRef(function));
        return Py.None;
    }

    [PyMethod("getprofile", Doc = "getprofile($module, /)\n--\n\nReturn the profiling function set with sys.setprofile.\n\nSee the profiler chapter in the library manual.")]
    static PyObject? GetProfile() => Py.NewRef(ThreadState.Current.ProfileFunc ?? PyNone.None);

    /// <summary>call_tracing(func, args): func(*args); CPython uses it to trace inside a debugger's own code.</summary>
    [PyMethod("call_tracing", Doc = "call_tracing($module, func, args, /)\n--\n\nCall func(*args), while tracing is enabled.\n\nThe tracing state is saved, and restored afterwards.  This is intended\nto be called from a debugger from a checkpoint, to recursively debug\nsome other code.")]
    static PyObject? CallTracing(PyObject func, PyTuple args) => Calls.CallTuple(func, args);
}
