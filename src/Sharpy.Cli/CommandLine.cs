using System.Collections.Generic;

namespace Sharpy.Cli;

/// <summary>What the command line asks for (CPython's Python/initconfig.c and Python/getopt.c).</summary>
internal sealed class CommandLine
{
    public string? Command;          // -c
    public string? Module;           // -m
    public string? ScriptPath;       // FILE, or "-" for stdin
    public List<string> Argv = new();
    /// <summary>The arguments as given, for sys.orig_argv.</summary>
    public string[] OrigArgs = [];
    /// <summary>The one-letter flags, each with how often it was given (-OO is 2, -bb is 2, -vv is 2).</summary>
    public readonly Dictionary<char, int> Flags = new();
    public bool ShowVersion, ShowHelp;
    public List<string> XOptions = new();
    public List<string> WarnOptions = new();
    /// <summary>-X leakcheck[=RUNS]: run the program repeatedly and report reference growth (LeakCheck.cs).</summary>
    public string? LeakCheck;
    /// <summary>A usage error: print it with the usage line, exit 2.</summary>
    public string? Error;

    const string NoArgFlags = "bBdEhiIOPqRsSuvVx";

    /// <summary>How often -<paramref name="flag"/> was given.</summary>
    public int Count(char flag) => Flags.TryGetValue(flag, out int n) ? n : 0;
    public bool Has(char flag) => Flags.ContainsKey(flag);

    public static CommandLine Parse(string[] args)
    {
        var cl = new CommandLine { OrigArgs = args };
        int i = 0;
        for (; i < args.Length; i++)
        {
            var a = args[i];
            if (a == "--version") { cl.ShowVersion = true; continue; }
            if (a == "--help" || a == "--help-all") { cl.ShowHelp = true; continue; }
            if (a == "-" || !a.StartsWith('-') || a == "--")
            {
                if (a == "--") i++;
                break;
            }
            if (a.StartsWith("--"))
            {
                cl.Error = $"unknown option {a}";
                return cl;
            }
            for (int j = 1; j < a.Length; j++)
            {
                char c = a[j];
                if (c == 'c' || c == 'm' || c == 'X' || c == 'W')
                {
                    string? value = j + 1 < a.Length ? a[(j + 1)..] : (i + 1 < args.Length ? args[++i] : null);
                    if (value == null)
                    {
                        cl.Error = $"Argument expected for the -{c} option";
                        return cl;
                    }
                    switch (c)
                    {
                        case 'c':
                            cl.Command = value;
                            cl.Argv.Add("-c");
                            for (int k = i + 1; k < args.Length; k++) cl.Argv.Add(args[k]);
                            return cl;
                        case 'm':
                            cl.Module = value;
                            cl.Argv.Add("-m");
                            for (int k = i + 1; k < args.Length; k++) cl.Argv.Add(args[k]);
                            return cl;
                        case 'X':
                            cl.XOptions.Add(value);
                            if (value == "leakcheck" || value.StartsWith("leakcheck=", System.StringComparison.Ordinal))
                                cl.LeakCheck = value.Length > "leakcheck=".Length ? value["leakcheck=".Length..] : "";
                            break;
                        case 'W': cl.WarnOptions.Add(value); break;
                    }
                    break;
                }
                if (NoArgFlags.IndexOf(c) < 0)
                {
                    cl.Error = $"Unknown option: -{c}";
                    return cl;
                }
                cl.Flags[c] = cl.Count(c) + 1;
                if (c == 'V') cl.ShowVersion = true;
                if (c == 'h') cl.ShowHelp = true;
            }
        }
        if (i < args.Length)
        {
            cl.ScriptPath = args[i];
            for (int k = i; k < args.Length; k++) cl.Argv.Add(args[k]);
        }
        else cl.Argv.Add("");
        return cl;
    }
}
