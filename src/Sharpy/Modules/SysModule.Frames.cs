using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

// sys's frame introspection (Python/sysmodule.c: sys__getframe_impl, sys__getframemodulename_impl).
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
        return Py.NewRef(module ?? PyNone.None);
    }
}
