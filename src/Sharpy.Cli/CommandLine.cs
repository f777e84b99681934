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
    public bool IgnoreEnvironment, Isolated, NoSite, Unbuffered, Quiet, Inspect, DontWriteBytecode, Verbose, SafePath, SkipFirstLine;
    /// <summary>Options accepted but not built yet; the runner says so on stderr.</summary>
    public List<string> Unsupported = new();
    public int Optimize;
    public bool ShowVersion, ShowHelp;
    public List<string> XOptions = new();
    public List<string> WarnOptions = new();
    /// <summary>-X leakcheck[=RUNS]: run the program repeatedly and report reference growth (LeakCheck.cs).</summary>
    public string? LeakCheck;
    /// <summary>A usage error: print it with the usage line, exit 2.</summary>
    public string? Error;

    const string NoArgFlags = "bBdEhiIOPqsSuvVx";

    /// <summary>The -X options Sharpy implements; CPython's others are accepted and reported as not built.</summary>
    static bool IsSharpyXOption(string value) => value.StartsWith("dump=", System.StringComparison.Ordinal)
        || value.StartsWith("bench=", System.StringComparison.Ordinal) || value == "leakcheck" || value.StartsWith("leakcheck=", System.StringComparison.Ordinal);

    /// <summary>
    /// CPython's -X options that hold in Sharpy as given: pycache_prefix; utf8=0 (UTF-8 mode
    /// is off, as it is by default here); faulthandler (enabled at start-up by the runner).
    /// </summary>
    static bool IsBuiltXOption(string value) => value.StartsWith("pycache_prefix=", System.StringComparison.Ordinal)
        || value == "utf8=0" || value == "faulthandler";

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
                            if (!IsSharpyXOption(value) && !IsBuiltXOption(value))
                                cl.Unsupported.Add("-X " + value.Split('=')[0]);
                            break;
                        case 'W': cl.WarnOptions.Add(value); cl.Unsupported.Add("-W"); break;
                    }
                    break;
                }
                if (NoArgFlags.IndexOf(c) < 0)
                {
                    cl.Error = $"Unknown option: -{c}";
                    return cl;
                }
                switch (c)
                {
                    case 'E': cl.IgnoreEnvironment = true; break;
                    case 'I': cl.Isolated = true; cl.IgnoreEnvironment = true; cl.SafePath = true; break;
                    case 'S': cl.NoSite = true; break;
                    case 'u': cl.Unbuffered = true; break;
                    case 'q': cl.Quiet = true; break;
                    case 'i': cl.Inspect = true; break;
                    case 'B': cl.DontWriteBytecode = true; break;
                    case 'O': cl.Optimize++; cl.Unsupported.Add("-O"); break;
                    case 'v': cl.Verbose = true; cl.Unsupported.Add("-v"); break;
                    case 'b': cl.Unsupported.Add("-b"); break;
                    case 'd': cl.Unsupported.Add("-d"); break;
                    case 'P': cl.SafePath = true; break;
                    case 'x': cl.SkipFirstLine = true; break;
                    case 'V': cl.ShowVersion = true; break;
                    case 'h': cl.ShowHelp = true; break;
                }
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
