using System.Diagnostics;

namespace Sharpy.Runtime;

/// <summary>
/// -X importtime (import.c's import_find_and_load and import_ensure_initialized): each module
/// loaded reports its own and its cumulative time in microseconds on stderr, indented by
/// nesting; at level 2 an import answered from sys.modules reports "cached". The lines go to
/// the process's stderr, as CPython's fprintf, not through sys.stderr: an import may be failing.
/// </summary>
internal static class ImportTime
{
    static bool s_headerDone;
    static int s_level;
    /// <summary>The time spent in the nested imports of the import being timed.</summary>
    static long s_accumulated;

    static void Header()
    {
        if (s_headerDone) return;
        s_headerDone = true;
        FileUtils.WriteNoRaise(2, "import time: self [us] | cumulative | imported package\n");
    }

    /// <summary>Start timing a load: the state to hand to <see cref="End"/>.</summary>
    public static (long Start, long Accumulated) Begin()
    {
        Header();
        s_level++;
        var saved = (Stopwatch.GetTimestamp(), s_accumulated);
        s_accumulated = 0;
        return saved;
    }

    public static void End((long Start, long Accumulated) begun, string name)
    {
        long cumulative = Stopwatch.GetTimestamp() - begun.Start;
        s_level--;
        long us(long ticks) => ticks * 1_000_000 / Stopwatch.Frequency;
        FileUtils.WriteNoRaise(2, 
            $"import time: {us(cumulative - s_accumulated),9} | {us(cumulative),10} | {new string(' ', s_level * 2)}{name}\n");
        s_accumulated = begun.Accumulated + cumulative;
    }

    /// <summary>Level 2: a module found in sys.modules (the name right-aligned in a field two columns per level, as CPython's "%*s").</summary>
    public static void Cached(string name)
    {
        Header();
        FileUtils.WriteNoRaise(2, $"import time: cached    | cached     | {name.PadLeft(s_level * 2)}\n");
    }
}
