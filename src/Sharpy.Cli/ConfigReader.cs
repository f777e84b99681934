using System;
using System.Collections.Generic;
using System.Globalization;
using Sharpy.Runtime;

namespace Sharpy.Cli;

/// <summary>
/// The command line and the PYTHON* environment variables as a <see cref="PyConfig"/>
/// (Python/initconfig.c: config_parse_cmdline, config_read_env_vars, config_read_complex_options,
/// config_init_warnoptions). A value CPython rejects is a fatal start-up error.
/// </summary>
internal static class ConfigReader
{
    /// <summary>A start-up error: printed as CPython's "Fatal Python error: FUNCTION: MESSAGE", exit status 1.</summary>
    public sealed class FatalError(string function, string message) : Exception(message)
    {
        public string Function { get; } = function;
    }

    /// <summary>
    /// The -X options that change nothing here yet; given one, the runner says so on stderr.
    /// Others are CPython's no-ops in a release build (showrefcount), have no meaning here
    /// (frozen_modules, disable_remote_debug, gil=1) or are built; unknown ones go to
    /// sys._xoptions silently, as in CPython.
    /// </summary>
    static readonly string[] NotBuiltXOptions = ["tracemalloc", "perf", "perf_jit"];

    public static PyConfig Read(CommandLine cl, List<string> unsupported)
    {
        var c = new PyConfig();
        FindClosedStdFds(c);
        c.Isolated = cl.Has('I');
        c.UseEnvironment = !cl.Has('E') && !c.Isolated;
        c.SafePath = cl.Has('P') || c.Isolated;
        c.UserSiteDirectory = !cl.Has('s') && !c.Isolated;
        c.SiteImport = !cl.Has('S');
        c.WriteBytecode = !cl.Has('B');
        c.Inspect = c.Interactive = cl.Has('i');
        c.Quiet = cl.Has('q');
        c.ParserDebug = cl.Count('d');
        c.OptimizationLevel = cl.Count('O');
        c.Verbose = cl.Count('v');
        c.BytesWarning = cl.Count('b');
        c.XOptions.AddRange(cl.XOptions);

        string? Env(string name) => c.UseEnvironment && Environment.GetEnvironmentVariable(name) is { Length: > 0 } v ? v : null;
        // _Py_get_env_flag: a number raises the flag to it; anything else counts as 1.
        void EnvFlag(string name, ref int flag)
        {
            if (Env(name) is not { } v) return;
            int value = int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int n) && n >= 0 ? n : 1;
            if (flag < value) flag = value;
        }
        EnvFlag("PYTHONDEBUG", ref c.ParserDebug);
        EnvFlag("PYTHONVERBOSE", ref c.Verbose);
        EnvFlag("PYTHONOPTIMIZE", ref c.OptimizationLevel);
        if (Env("PYTHONINSPECT") != null) c.Inspect = true;
        if (Env("PYTHONDONTWRITEBYTECODE") != null) c.WriteBytecode = false;
        if (Env("PYTHONNOUSERSITE") != null) c.UserSiteDirectory = false;
        if (Env("PYTHONSAFEPATH") != null) c.SafePath = true;
        if (Env("PYTHONWARNDEFAULTENCODING") != null) c.WarnDefaultEncoding = true;
        if (Env("PYTHONFAULTHANDLER") != null) c.FaultHandler = true;
        if (Env("PYTHONNODEBUGRANGES") != null) c.CodeDebugRanges = false;
        if (Env("PYTHONDEVMODE") != null) c.DevMode = true;
        c.PycachePrefix = Env("PYTHONPYCACHEPREFIX");
        c.BufferedStdio = !cl.Has('u') && Env("PYTHONUNBUFFERED") == null;
        if (Env("PYTHONIOENCODING") is { } ioenc)
        {
            int colon = ioenc.IndexOf(':');
            var enc = colon < 0 ? ioenc : ioenc[..colon];
            if (colon >= 0 && ioenc[(colon + 1)..] is { Length: > 0 } err) c.StdioErrors = err;
            if (enc.Length > 0)
            {
                c.StdioEncoding = enc;
                // An encoding without an error handler means strict ("latin1" is "latin1:strict").
                c.StdioErrors ??= "strict";
            }
        }
        // -R asks for a random key whatever PYTHONHASHSEED says.
        if (Env("PYTHONHASHSEED") is { } seed && !cl.Has('R'))
        {
            if (seed != "random")
            {
                if (!ulong.TryParse(seed, NumberStyles.None, CultureInfo.InvariantCulture, out ulong s) || s > uint.MaxValue)
                    throw new FatalError("config_init_hash_seed", "PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]");
                c.UseHashSeed = true;
                c.HashSeed = (uint)s;
            }
        }
        if (Env("PYTHONUTF8") is { } utf8)
        {
            if (utf8 != "0" && utf8 != "1") throw new FatalError("preconfig_init_utf8_mode", "invalid PYTHONUTF8 environment variable value");
            c.Utf8Mode = utf8 == "1" ? 1 : 0;
        }
        if (Env("PYTHONINTMAXSTRDIGITS") is { } digits)
            c.IntMaxStrDigits = IntMaxStrDigits(digits, "PYTHONINTMAXSTRDIGITS");
        if (Env("PYTHON_CPU_COUNT") is { } cpus)
            c.CpuCount = CpuCount(cpus);
        if (Env("PYTHON_CONTEXT_AWARE_WARNINGS") is { } caw)
            c.ContextAwareWarnings = ZeroOrOne(caw, "config_init_context_aware_warnings", "PYTHON_CONTEXT_AWARE_WARNINGS=N: N is missing or invalid");
        if (Env("PYTHON_THREAD_INHERIT_CONTEXT") is { } tic)
            c.ThreadInheritContext = ZeroOrOne(tic, "config_init_thread_inherit_context", "PYTHON_THREAD_INHERIT_CONTEXT=N: N is missing or invalid");
        if (Env("PYTHON_GIL") is { } gil) Gil(gil);
        if (Env("PYTHONPROFILEIMPORTTIME") is { } importTime)
            c.ImportTime = ImportTime(importTime, "PYTHONPROFILEIMPORTTIME: numeric values other than 1 and 2 are reserved for future use.");

        foreach (var x in cl.XOptions)
        {
            int eq = x.IndexOf('=');
            string name = eq < 0 ? x : x[..eq];
            string? value = eq < 0 ? null : x[(eq + 1)..];
            switch (name)
            {
                case "dev": c.DevMode = true; break;
                case "faulthandler": c.FaultHandler = true; break;
                case "warn_default_encoding": c.WarnDefaultEncoding = true; break;
                // "-X pycache_prefix" without a path overrides PYTHONPYCACHEPREFIX with none
                case "pycache_prefix": c.PycachePrefix = value is { Length: > 0 } ? value : null; break;
                case "utf8":
                    if (value != null && value != "0" && value != "1") throw new FatalError("preconfig_init_utf8_mode", "invalid -X utf8 option value");
                    c.Utf8Mode = value == "0" ? 0 : 1;
                    break;
                case "int_max_str_digits":
                    c.IntMaxStrDigits = IntMaxStrDigits(value, "-X int_max_str_digits");
                    break;
                case "cpu_count":
                    if (value == null) throw CpuCountError();
                    c.CpuCount = CpuCount(value);
                    break;
                case "importtime":
                    c.ImportTime = ImportTime(value, "-X importtime: values other than 1 and 2 are reserved for future use.");
                    break;
                case "context_aware_warnings":
                    c.ContextAwareWarnings = ZeroOrOne(value, "config_init_context_aware_warnings", "-X context_aware_warnings=n: n is missing or invalid");
                    break;
                case "thread_inherit_context":
                    c.ThreadInheritContext = ZeroOrOne(value, "config_init_thread_inherit_context", "-X thread_inherit_context=n: n is missing or invalid");
                    break;
                case "gil": Gil(value); break;
                case "no_debug_ranges": c.CodeDebugRanges = false; break;
                default:
                    if (Array.IndexOf(NotBuiltXOptions, name) >= 0) unsupported.Add("-X " + name);
                    break;
            }
        }
        // Lowest priority first: -X dev's "default", PYTHONWARNINGS, -W, then -b's filter.
        if (c.DevMode) AddWarnOption(c, "default");
        if (Env("PYTHONWARNINGS") is { } warnings)
            foreach (var w in warnings.Split(',', StringSplitOptions.RemoveEmptyEntries)) AddWarnOption(c, w);
        foreach (var w in cl.WarnOptions) AddWarnOption(c, w);
        if (c.BytesWarning > 0) AddWarnOption(c, c.BytesWarning > 1 ? "error::BytesWarning" : "default::BytesWarning");
        return c;
    }

    /// <summary>
    /// Standard descriptors that were closed when the process started. The .NET runtime opens
    /// pipes of its own before Main, and they take the lowest free numbers; they are made
    /// close-on-exec, which no descriptor inherited through exec can be.
    /// </summary>
    static void FindClosedStdFds(PyConfig c)
    {
        const int F_GETFD = 1, FD_CLOEXEC = 1;
        for (int fd = 0; fd < 3; fd++)
        {
            int flags = fcntl(fd, F_GETFD);
            c.ClosedStdFds[fd] = flags < 0 || (flags & FD_CLOEXEC) != 0;
        }
    }

    [System.Runtime.InteropServices.DllImport("libc")]
    static extern int fcntl(int fd, int cmd);

    /// <summary>warnoptions_append: an option already in the list is not added again.</summary>
    static void AddWarnOption(PyConfig c, string option)
    {
        if (!c.WarnOptions.Contains(option)) c.WarnOptions.Add(option);
    }

    static int IntMaxStrDigits(string? value, string what)
    {
        if (value != null && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            && (n == 0 || n >= Sharpy.Objects.PyLong.MaxStrDigitsThreshold))
            return n;
        throw new FatalError("config_init_int_max_str_digits",
            $"{what}: invalid limit; must be >= {Sharpy.Objects.PyLong.MaxStrDigitsThreshold} or 0 for unlimited.");
    }

    static int CpuCount(string value)
    {
        if (value == "default") return -1;
        if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int n) && n >= 1) return n;
        throw CpuCountError();
    }

    static FatalError CpuCountError() =>
        new("config_init_cpu_count", "-X cpu_count=n option: n is missing or an invalid number, n must be greater than 0");

    static bool ZeroOrOne(string? value, string function, string message) =>
        value == "1" ? true : value == "0" ? false : throw new FatalError(function, message);

    /// <summary>A build with the GIL accepts gil=1 only (config_read_gil).</summary>
    static void Gil(string? value)
    {
        if (value == "1") return;
        if (value == "0") throw new FatalError("config_read_gil", "Disabling the GIL is not supported by this build");
        throw new FatalError("config_read_gil", "PYTHON_GIL / -X gil must be \"0\" or \"1\"");
    }

    /// <summary>config_init_import_time: what is not a number means 1; 0, 1 and 2 are the levels.</summary>
    static int ImportTime(string? value, string error)
    {
        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int level)) return 1;
        return level is >= 0 and <= 2 ? level : throw new FatalError("config_init_import_time", error);
    }
}
