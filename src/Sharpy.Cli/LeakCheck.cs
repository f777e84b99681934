using System;
using System.Collections.Generic;
using Sharpy.Modules;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Cli;

/// <summary>
/// -X leakcheck[=RUNS]: the leak hunter (the idea of CPython's `regrtest -R`). Runs the
/// program WARMUPS + RUNS times in one interpreter, each time in a fresh __main__ that is
/// cleared and dropped afterwards, collects cycles, and reads sys.gettotalrefcount() after
/// each run. The warm-up runs fill caches (imports, interned names); after them every run
/// must leave the total where it found it. Needs a debug build (sys.gettotalrefcount exists
/// only there, as in CPython). The program's output appears once per run; the verdict is
/// the last line on stderr (after the line that names the instructions the eval loop
/// dispatched), and the exit status is 0 (no growth), 1 (growth) or 2 (unusable).
/// </summary>
internal static class LeakCheck
{
    const int WarmUps = 2;
    const int DefaultRuns = 2;

    public static int Run(CommandLine cl, string option)
    {
        int runs = DefaultRuns;
        if (option.Length > 0 && (!int.TryParse(option, out runs) || runs < 1))
            return Unusable($"-X leakcheck={option}: the number of runs must be a positive integer");
        if (cl.Command == null && cl.Module == null && (cl.ScriptPath == null || cl.ScriptPath == "-"))
            return Unusable("-X leakcheck needs a program: a file, -c or -m");
        if (Interpreter.Sys.Dict.GetItemString("gettotalrefcount") == null)
            return Unusable("-X leakcheck needs a debug build (sys.gettotalrefcount); build src/Sharpy.Cli with -c Debug");
        var totals = new List<long>();
        var blocks = new List<long>();
        for (int i = 0; i < WarmUps + runs; i++)
        {
            var main = MainModule.Create();
            if (Runner.RunProgram(cl, main) == Runner.CannotOpen) return 2;
            FinalizeModules.ClearDict(main.Dict);
            if (Interpreter.Modules.GetItemString("__main__") == main)
            {
                var key = PyUnicode.FromString("__main__");
                Interpreter.Modules.DelItem(key);
                Py.DECREF(key);
            }
            Py.DECREF(main);
            if (Errors.Occurred()) Errors.Clear();
            SysModule.FlushStdFiles();
            Gc.Collect();
            if (i >= WarmUps - 1)
            {
                totals.Add(Counter("gettotalrefcount"));
                blocks.Add(Counter("getallocatedblocks"));
            }
        }
#if Py_DEBUG
        Console.Error.Write($"leakcheck: instructions reached: {string.Join(' ', InstructionCoverage.ReachedNames())}\n");
#endif
        var refDeltas = Deltas(totals);
        var blockDeltas = Deltas(blocks);
        long growth = totals[^1] - totals[0];
        Console.Error.Write($"leakcheck: {(growth == 0 ? "no growth" : $"leaked {growth} references")} after {WarmUps} warm-up runs: " +
            $"reference deltas [{string.Join(", ", refDeltas)}], block deltas [{string.Join(", ", blockDeltas)}]\n");
        return growth == 0 ? 0 : 1;
    }

    static long Counter(string name)
    {
        var r = Calls.CallNoArgs(Interpreter.Sys.Dict.GetItemString(name)!);
        long v = r is PyLong l && l.TryGetLong(out var x) ? x : 0;
        Py.XDECREF(r);
        return v;
    }

    static List<long> Deltas(List<long> values)
    {
        var d = new List<long>();
        for (int i = 1; i < values.Count; i++) d.Add(values[i] - values[i - 1]);
        return d;
    }

    static int Unusable(string message)
    {
        Console.Error.Write($"sharpy: {message}\n");
        return 2;
    }
}
