using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>
/// The `_tracemalloc` module (Modules/_tracemalloc.c) as far as Sharpy can answer it: memory
/// lives in the .NET heap, whose allocations are not traced, so tracing is never on and
/// start() says it cannot be. The queries answer as CPython's do while not tracing. The
/// warnings module imports it to add its "Enable tracemalloc" hint to a warning with a source.
/// </summary>
[PyModule("_tracemalloc")]
public static partial class TracemallocModule
{
    [PyMethod("is_tracing", Doc = "True while Python memory allocations are traced (never, in Sharpy).")]
    static bool IsTracing() => false;

    [PyMethod("start", Doc = "Start tracing Python memory allocations: not available in Sharpy.")]
    static PyObject? Start(long nframe = 1)
        => Errors.SetString(PyExc.RuntimeError, "tracemalloc.start(): memory allocations cannot be traced in sharpy");

    [PyMethod("stop", Doc = "Stop tracing Python memory allocations and clear the traces.")]
    static void Stop() { }

    [PyMethod("clear_traces", Doc = "Clear the traces of memory blocks allocated by Python.")]
    static void ClearTraces() { }

    [PyMethod("reset_peak", Doc = "Set the peak size of traced memory blocks to the current size.")]
    static void ResetPeak() { }

    [PyMethod("get_traceback_limit", Doc = "The maximum number of frames stored in the traceback of a trace (1 until start() sets it).")]
    static long GetTracebackLimit() => 1;

    [PyMethod("get_traced_memory", Doc = "(current, peak): the size in bytes of the traced memory blocks.")]
    static PyObject? GetTracedMemory() => PyTuple.FromStolen([PyLong.FromLong(0), PyLong.FromLong(0)]);

    [PyMethod("get_tracemalloc_memory", Doc = "The memory in bytes the tracing itself uses.")]
    static long GetTracemallocMemory() => 0;

    [PyMethod("_get_object_traceback", Doc = "Where obj was allocated, as a tuple of (filename, lineno); None when that was not traced.")]
    static PyObject? GetObjectTraceback(PyObject obj) => Py.None;

    [PyMethod("_get_traces", Doc = "The traces of the allocated memory blocks, a list of (size, traceback) tuples.")]
    static PyObject? GetTraces() => PyList.New();
}
