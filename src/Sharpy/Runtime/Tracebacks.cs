using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>Adding traceback entries as an exception passes through frames (PyTraceBack_Here).</summary>
public static class Tracebacks
{
    public static void Here(ThreadState ts, Frame f, int instr)
    {
        var exc = ts.CurrentException;
        if (exc == null) return;
        var fo = FrameObjects.Get(f);
        var tb = new PyTraceBack(exc.Traceback as PyTraceBack, fo, instr * 2);
        exc.Traceback = tb;
    }
}

/// <summary>The Python `frame` object of a running frame, made once on demand.</summary>
public static class FrameObjects
{
    /// <summary>A new reference to the frame object of <paramref name="f"/>.</summary>
    public static PyFrameObject Get(Frame f)
    {
        if (f.FrameObject == null)
        {
            f.FrameObject = new PyFrameObject(f);
            // The frame keeps its own reference until it finishes.
            return Py.NewRef(f.FrameObject);
        }
        return Py.NewRef(f.FrameObject);
    }
}
