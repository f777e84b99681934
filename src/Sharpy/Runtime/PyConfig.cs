using System.Collections.Generic;

namespace Sharpy.Runtime;

/// <summary>
/// The interpreter's start-up configuration (PyConfig, Include/cpython/initconfig.h): what the
/// command line and the environment ask for. A host sets <see cref="Interpreter.Config"/>
/// before Interpreter.Initialize (the `sharpy` command fills it from its arguments and
/// PYTHON* variables); sys.flags, sys.warnoptions, sys._xoptions, the compiler's default
/// optimize level, os.cpu_count and the int/str digit limit read it.
/// </summary>
public sealed class PyConfig
{
    /// <summary>-d, PYTHONDEBUG: how many (the parser has no debug output). A bool in 3.14's config spec, so sys.flags.debug is 0 or 1.</summary>
    public int ParserDebug;
    /// <summary>-i, PYTHONINSPECT: the prompt after the program.</summary>
    public bool Inspect;
    /// <summary>-i: sys.flags.interactive.</summary>
    public bool Interactive;
    /// <summary>-O (1) and -OO (2), PYTHONOPTIMIZE: asserts and __debug__ blocks go at 1, docstrings at 2.</summary>
    public int OptimizationLevel;
    /// <summary>Not -B nor PYTHONDONTWRITEBYTECODE: imports write .pyc files.</summary>
    public bool WriteBytecode = true;
    /// <summary>-X pycache_prefix=PATH, PYTHONPYCACHEPREFIX: where .pyc files go (sys.pycache_prefix).</summary>
    public string? PycachePrefix;
    /// <summary>Not -s nor PYTHONNOUSERSITE: site adds the user's site-packages.</summary>
    public bool UserSiteDirectory = true;
    /// <summary>Not -S: `site` is imported at start-up.</summary>
    public bool SiteImport = true;
    /// <summary>Not -E: PYTHON* variables were read.</summary>
    public bool UseEnvironment = true;
    /// <summary>-v, PYTHONVERBOSE: importlib reports what it imports.</summary>
    public int Verbose;
    /// <summary>-b (1) and -bb (2): comparing bytes with str warns (BytesWarning), or raises at 2.</summary>
    public int BytesWarning;
    /// <summary>Not -u nor PYTHONUNBUFFERED: stdout and stderr are buffered (config->buffered_stdio).</summary>
    public bool BufferedStdio = true;
    /// <summary>Not -X no_debug_ranges nor PYTHONNODEBUGRANGES: code objects keep column positions.</summary>
    public bool CodeDebugRanges = true;
    /// <summary>Standard descriptors (0-2) that were closed when the process started (the .NET
    /// runtime may have reused their numbers since): their sys streams are None (is_valid_fd).</summary>
    public bool[] ClosedStdFds = new bool[3];
    /// <summary>PYTHONIOENCODING's encoding and error handler for the standard streams; null for the default.</summary>
    public string? StdioEncoding, StdioErrors;
    /// <summary>-q: no banner at the prompt.</summary>
    public bool Quiet;
    /// <summary>PYTHONHASHSEED=N (not -R): str and bytes hashes use the key made from <see cref="HashSeed"/>, not a random one.</summary>
    public bool UseHashSeed;
    /// <summary>PYTHONHASHSEED's N; 0 turns hash randomization off (sys.flags.hash_randomization).</summary>
    public uint HashSeed;
    /// <summary>sys.flags.hash_randomization.</summary>
    public bool HashRandomization => !UseHashSeed || HashSeed != 0;
    /// <summary>-I: -E, -P and -s together.</summary>
    public bool Isolated;
    /// <summary>-X dev, PYTHONDEVMODE: the "default" warning filter, faulthandler.</summary>
    public bool DevMode;
    /// <summary>-X utf8, PYTHONUTF8: UTF-8 mode on (1) or off (0); -1 for the default, on in the C or POSIX locale.</summary>
    public int Utf8Mode = -1;
    /// <summary>-X warn_default_encoding, PYTHONWARNDEFAULTENCODING: EncodingWarning where open() guesses.</summary>
    public bool WarnDefaultEncoding;
    /// <summary>-P, PYTHONSAFEPATH: no script directory or current directory at the head of sys.path.</summary>
    public bool SafePath;
    /// <summary>-X int_max_str_digits, PYTHONINTMAXSTRDIGITS; -1 for the default (4300).</summary>
    public int IntMaxStrDigits = -1;
    /// <summary>-X cpu_count, PYTHON_CPU_COUNT: what os.cpu_count() answers; -1 for the machine's.</summary>
    public int CpuCount = -1;
    /// <summary>-X context_aware_warnings, PYTHON_CONTEXT_AWARE_WARNINGS.</summary>
    public bool ContextAwareWarnings;
    /// <summary>-X thread_inherit_context, PYTHON_THREAD_INHERIT_CONTEXT.</summary>
    public bool ThreadInheritContext;
    /// <summary>-X importtime[=2], PYTHONPROFILEIMPORTTIME: each import's time on stderr (2: modules already imported too).</summary>
    public int ImportTime;
    /// <summary>-X faulthandler, PYTHONFAULTHANDLER: faulthandler is enabled at start-up.</summary>
    public bool FaultHandler;
    /// <summary>sys.warnoptions, lowest priority first (config_init_warnoptions's order).</summary>
    public List<string> WarnOptions = new();
    /// <summary>The -X options as given, for sys._xoptions.</summary>
    public List<string> XOptions = new();
}
