using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Lsprof;

/// <summary>
/// `_lsprof` (Modules/_lsprof.c): the deterministic profiler behind `cProfile`. The Profiler
/// type collects its data from sys.monitoring events (tool PROFILER_ID); getstats() reports it
/// as profiler_entry and profiler_subentry struct sequences, which cProfile and pstats read.
/// </summary>
[PyModule("_lsprof", Doc = "Fast profiler")]
public static partial class LsprofModule
{
    static PyType? s_entryType, s_subentryType;

    /// <summary>_lsprof.profiler_entry: one function's totals, with its callees.</summary>
    internal static PyType EntryType => s_entryType ??= PyStructSequence.NewType("_lsprof.profiler_entry",
    [
        new("code", "code object or built-in function name"),
        new("callcount", "how many times this was called"),
        new("reccallcount", "how many times called recursively"),
        new("totaltime", "total time in this entry"),
        new("inlinetime", "inline time in this entry (not in subcalls)"),
        new("calls", "details of the calls"),
    ]);

    /// <summary>_lsprof.profiler_subentry: the totals of one callee as called from one caller.</summary>
    internal static PyType SubentryType => s_subentryType ??= PyStructSequence.NewType("_lsprof.profiler_subentry",
    [
        new("code", "called code object or built-in function name"),
        new("callcount", "how many times this is called"),
        new("reccallcount", "how many times this is called recursively"),
        new("totaltime", "total time spent in this call"),
        new("inlinetime", "inline time (not in further subcalls)"),
    ]);

    [PyConstant("Profiler")] static PyObject Profiler => Py.NewRef(ProfilerObject.Type);
    [PyConstant("profiler_entry")] static PyObject ProfilerEntryType => Py.NewRef(EntryType);
    [PyConstant("profiler_subentry")] static PyObject ProfilerSubentryType => Py.NewRef(SubentryType);
}
