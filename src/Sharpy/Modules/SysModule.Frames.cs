using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

// sys's frame introspection (Python/sysmodule.c: sys__getframe_impl, sys__getframemodulename_impl,
// sys__current_frames_impl, sys__current_exceptions_impl).
public static partial class SysModule
{
    /// <summary>The frame <paramref name="depth"/> calls below the caller's, or null when the stack is shallower.</summary>
    static Frame? FrameAtDepth(int depth)
    {
        var f = ThreadState.Current.CurrentFrame;
        while (depth > 0 && f != null)
        {
            f = f.Previous;
            depth--;
        }
        return f;
    }

    [PyMethod("_getframe")]
    static PyObject? GetFrame(int depth = 0)
    {
        var f = FrameAtDepth(depth);
        if (f == null) return Errors.SetString(PyExc.ValueError, "call stack is not deep enough");
        return FrameObjects.Get(f);
    }

    /// <summary>The __module__ of the function running <paramref name="depth"/> frames down, or None.</summary>
    [PyMethod("_getframemodulename")]
    static PyObject? GetFrameModuleName([Keyword] int depth = 0)
    {
        var f = FrameAtDepth(depth);
        if (f == null) return Py.None;
        // Module and class bodies run without a function object here; CPython's is made from the globals.
        var module = f.Func is PyFunction func ? func.Module : f.Globals.GetItemString("__name__");
        return Py.NewRef(module ?? Py.None);
    }

    /// <summary>_current_frames(): each thread's innermost frame, by thread identifier.</summary>
    [PyMethod("_current_frames")]
    static PyObject? CurrentFrames()
    {
        var d = PyDict.New();
        foreach (var ts in Interpreter.Current.ThreadStates)
        {
            if (ts.CurrentFrame is not { } f) continue;
            var frame = FrameObjects.Get(f);
            if (SetByIdent(d, ts, frame) < 0) { Py.DECREF(d); return null; }
        }
        return d;
    }

    /// <summary>_current_exceptions(): the exception each thread is handling (None if none), by thread identifier.</summary>
    [PyMethod("_current_exceptions")]
    static PyObject? CurrentExceptions()
    {
        var d = PyDict.New();
        foreach (var ts in Interpreter.Current.ThreadStates)
            if (SetByIdent(d, ts, Py.NewRef(ts.HandledException() ?? Py.None)) < 0) { Py.DECREF(d); return null; }
        return d;
    }

    /// <summary>d[thread ident] = value, taking over the reference to value.</summary>
    static int SetByIdent(PyDict d, ThreadState ts, PyObject value)
    {
        var ident = PyLong.FromLong(ts.Ident);
        int r = d.SetItem(ident, value);
        Py.DECREF(ident);
        Py.DECREF(value);
        return r;
    }
}
