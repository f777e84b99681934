using System.Collections.Generic;
using Sharpy.Objects;

namespace Sharpy.Modules.Lsprof;

/// <summary>
/// A profiled function or builtin (_lsprof.c's ProfilerEntry): its totals in timer units, and
/// per callee the totals of the calls made from here. Tree-shaped in CPython (a rotating tree
/// keyed by address); here dictionaries, which keep the order entries were first seen.
/// </summary>
internal sealed class ProfilerEntry(PyObject userObj)
{
    /// <summary>The code object, or the descriptive str of a builtin (owned).</summary>
    public PyObject UserObj = userObj;
    /// <summary>Total time (outermost calls only) and inline time (not in subcalls).</summary>
    public long TotalTime, InlineTime;
    public long CallCount, RecursiveCallCount, RecursionLevel;
    /// <summary>The callees seen from this entry; null until the first.</summary>
    public Dictionary<ProfilerEntry, ProfilerSubEntry>? Calls;
}

/// <summary>One callee as called from one caller (ProfilerSubEntry).</summary>
internal sealed class ProfilerSubEntry
{
    public long TotalTime, InlineTime;
    public long CallCount, RecursiveCallCount, RecursionLevel;
}

/// <summary>A call in progress (ProfilerContext): when it started, the time spent in its subcalls, its caller's context.</summary>
internal sealed class ProfilerContext(ProfilerEntry entry, ProfilerContext? previous)
{
    public readonly ProfilerEntry Entry = entry;
    public readonly ProfilerContext? Previous = previous;
    public long T0, SubTime;
}
