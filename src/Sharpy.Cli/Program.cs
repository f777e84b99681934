using System;
using System.IO;
using System.Text;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Cli;

/// <summary>The `sharpy` command: CPython's command line (Modules/main.c).</summary>
public static class Program
{
    const string Usage = "usage: sharpy [option] ... [-c cmd | -m mod | file | -] [arg] ...";

    /// <summary>The interpreter runs on a thread with a large stack: the parser, the compiler and
    /// calls from C# back into Python recurse on it, and RecursionError must come first.</summary>
    const int StackSize = 256 * 1024 * 1024;

    public static int Main(string[] args)
    {
        int status = 0;
        args = RawArguments.Recover(args);
        var thread = new System.Threading.Thread(() => status = Guarded(args), StackSize);
        thread.Start();
        thread.Join();
        if (Runner.UnhandledKeyboardInterrupt) Signals.ExitBySigint();
        return status;
    }

    static int Guarded(string[] args)
    {
        try
        {
            return Run(args);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A host bug: report it as CPython reports an internal error, without a .NET trace.
            FileUtils.WriteNoRaise(2, $"Fatal Python error: internal error in sharpy: {e.GetType().Name}: {e.Message}\n");
            Sharpy.Modules.Faulthandler.FatalErrors.InternalError();
            return 1;
        }
    }

    static int Run(string[] args)
    {
        var cl = CommandLine.Parse(args);
        if (cl.Error != null)
        {
            FileUtils.WriteNoRaise(2, $"{cl.Error}\n{Usage}\nTry `python -h' for more information.\n");
            return 2;
        }
        if (cl.ShowHelp)
        {
            FileUtils.WriteNoRaise(1, HelpText.Text);
            return 0;
        }
        if (cl.ShowVersion)
        {
            FileUtils.WriteNoRaise(1, "Python " + Sharpy.Modules.Version.Number + "\n");
            return 0;
        }
        foreach (var x in cl.XOptions)
        {
            if (x == "dump=ast" || x == "dump=code") return Dumps.Run(x, cl.Argv);
            if (x.StartsWith("bench=parse", StringComparison.Ordinal) || x.StartsWith("bench=compile", StringComparison.Ordinal))
                return Dumps.Bench(x, cl.Argv);
        }
        return Runner.Run(cl);
    }
}
