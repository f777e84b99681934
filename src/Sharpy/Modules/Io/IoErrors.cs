using System.Runtime.InteropServices;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Io;

/// <summary>The errors _io raises (Modules/_io/_iomodule.c, Python/errors.c's errno helpers).</summary>
internal static class IoErrors
{
    /// <summary>io.UnsupportedOperation(message). Returns null.</summary>
    public static PyObject? Unsupported(string message)
    {
        var t = Interpreter.Current.IoUnsupportedOperation;
        return Errors.SetString(t ?? PyExc.OSError, message);
    }

    /// <summary>ValueError("I/O operation on closed file."). Returns null.</summary>
    public static PyObject? ClosedFile() => Errors.SetString(PyExc.ValueError, "I/O operation on closed file.");

    /// <summary>ValueError("raw stream has been detached") and friends. Returns null.</summary>
    public static PyObject? Detached(string what) => Errors.SetString(PyExc.ValueError, what + " has been detached");

    /// <summary>repr(obj) inside self's __repr__, with Py_ReprEnter's guard: RuntimeError on re-entry. The repr text, or null with an exception set.</summary>
    public static string? ReprGuarded(PyObject self, PyObject obj, string typeName)
    {
        if (SeqSupport.ReprEnter(self))
        {
            Errors.SetString(PyExc.RuntimeError, $"reentrant call inside {typeName}.__repr__");
            return null;
        }
        try { return Abstract.ReprString(obj); }
        finally { SeqSupport.ReprLeave(self); }
    }

    /// <summary>
    /// A new byte array of <paramref name="size"/> for a read to fill (not zeroed: callers expose
    /// only what the read wrote), or null with MemoryError set when it cannot be had.
    /// </summary>
    public static byte[]? NewBuffer(long size)
    {
        if (size > System.Array.MaxLength) { Errors.NoMemory(); return null; }
        try { return System.GC.AllocateUninitializedArray<byte>((int)size); }
        catch (System.OutOfMemoryException) { Errors.NoMemory(); return null; }
    }

    /// <summary>Array.Resize, or false with MemoryError set when the memory cannot be had.</summary>
    public static bool Resize<T>(ref T[] array, long size)
    {
        if (size > System.Array.MaxLength) { Errors.NoMemory(); return false; }
        try { System.Array.Resize(ref array, (int)size); return true; }
        catch (System.OutOfMemoryException) { Errors.NoMemory(); return false; }
    }
}
