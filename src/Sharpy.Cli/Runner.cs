using System;
using System.Linq;
using System.IO;
using System.Text;
using Sharpy.Modules;
using Sharpy.Objects;
using Sharpy.Parser;
using Sharpy.Runtime;

namespace Sharpy.Cli;

/// <summary>Running the program the command line names, as Modules/main.c pymain_run_python does.</summary>
internal static class Runner
{
    public static int Run(CommandLine cl)
    {
        var unsupported = new System.Collections.Generic.List<string>();
        PyConfig config;
        try
        {
            config = ConfigReader.Read(cl, unsupported);
        }
        catch (ConfigReader.FatalError e)
        {
            string state = e.Function.StartsWith("preconfig", StringComparison.Ordinal) ? "preinitializing" : "preinitialized";
            FileUtils.WriteNoRaise(2, $"Fatal Python error: {e.Function}: {e.Message}\nPython runtime state: {state}\n\n");
            return 1;
        }
        foreach (var opt in unsupported.Distinct())
            FileUtils.WriteNoRaise(2, $"sharpy: option {opt} is not supported yet; ignored\n");
        Interpreter.Config = config;
        Interpreter.Initialize();
        Signals.InstallInterruptHandler();
        SetupSys(cl);
        if (Import.InstallImportlib() < 0)
        {
            SysModule.WriteStderr("Fatal Python error: init_importlib: importlib install failed\n");
            HandleUncaught();
            SysModule.FlushStdFiles();
            return 1;
        }
        if (config.StdioEncoding != null && InitStdioEncoding(config.StdioEncoding) < 0)
        {
            SysModule.WriteStderr("Fatal Python error: init_stdio_encoding: failed to get the Python codec name of the stdio encoding\nPython runtime state: core initialized\n");
            HandleUncaught();
            SysModule.FlushStdFiles();
            return 1;
        }
        // config->faulthandler: -X faulthandler, PYTHONFAULTHANDLER or dev mode (init_interp_main)
        if ((config.FaultHandler || config.DevMode) && Sharpy.Modules.Faulthandler.FaulthandlerModule.EnableAtStartup() < 0) HandleUncaught();
        if (config.WarnOptions.Count > 0) ImportWarnings();
        if (config.SiteImport && ImportSite() < 0) return 1;
        AddPath0(cl);
        if (cl.LeakCheck != null) return LeakCheck.Run(cl, cl.LeakCheck);
        var main = MainModule.Create();
        int status;
        // stdin is read as a program unless it is a terminal or -i makes it interactive
        // (pymain_run_stdin, stdin_is_interactive): then statement by statement, with prompts.
        if (cl.Command == null && cl.Module == null && (cl.ScriptPath == null || cl.ScriptPath == "-") && (!Console.IsInputRedirected || config.Inspect))
        {
            // pymain_run_stdin: at the prompt, SystemExit exits again.
            config.Inspect = false;
            status = Repl.Run(main, config.Quiet);
            return Shutdown(main, status);
        }
        status = RunProgram(cl, main);
        if (status == CannotOpen) return 2;
        UnhandledKeyboardInterrupt = status == 130 && s_lastUncaughtWasInterrupt;
        // -i (or PYTHONINSPECT): the prompt after the program, even after SystemExit (pymain_repl);
        // at the prompt, SystemExit exits again.
        if (config.Inspect)
        {
            config.Inspect = false;
            status = Repl.Run(main, quiet: true);
        }
        return Shutdown(main, status);
    }

    /// <summary>
    /// init_stdio_encoding: PYTHONIOENCODING's codec is looked up once the codec registry can
    /// import `encodings`, and the standard streams (made earlier, by the C# codecs) take the
    /// codec's own name ("latin-1" is "iso8859-1"). -1 with LookupError for an unknown codec.
    /// </summary>
    static int InitStdioEncoding(string encoding)
    {
        var info = Sharpy.Modules.Codecs.CodecRegistry.Lookup(encoding);
        if (info == null) return -1;
        var name = Abstract.GetAttr(info, "name");
        Py.DECREF(info);
        if (name == null) return -1;
        int r = 0;
        if (name is PyUnicode u && u.ToString() != encoding)
        {
            foreach (var stream in new[] { "stdin", "stdout", "stderr" })
            {
                if (Interpreter.Sys.Dict.GetItemString(stream) is not { } f || f == Py.None) continue;
                var reconfigure = Abstract.GetAttr(f, "reconfigure");
                PyObject? done = null;
                if (reconfigure != null)
                {
                    // reconfigure() resets the error handler with the encoding: keep the stream's.
                    var kwargs = PyDict.New();
                    kwargs.SetItemString("encoding", name);
                    var errors = Abstract.GetAttr(f, "errors");
                    if (errors != null) kwargs.SetItemStringSteal("errors", errors);
                    else Errors.Clear();
                    done = Calls.CallTuple(reconfigure, PyTuple.Empty, kwargs);
                    Py.DECREF(kwargs);
                    Py.DECREF(reconfigure);
                }
                if (done == null) { r = -1; break; }
                Py.DECREF(done);
            }
        }
        Py.DECREF(name);
        return r;
    }

    /// <summary>
    /// init_interp_main's "Initialize warnings": with warning options, `warnings` is imported
    /// at start-up, so that its filters hold from the first line.
    /// </summary>
    static void ImportWarnings()
    {
        if (Interpreter.Current.Importlib == null) return;
        var warnings = Import.ImportModule("warnings");
        if (warnings != null) { Py.DECREF(warnings); return; }
        SysModule.WriteStderr("'import warnings' failed; traceback:\n");
        HandleUncaught();
    }

    /// <summary>
    /// init_import_site: `site` adds site-packages and the user's site directory to sys.path and
    /// `exit`, `help` and friends to builtins; there is none to import without a stdlib.
    /// </summary>
    static int ImportSite()
    {
        if (Interpreter.Sys.Dict.GetItemString("_stdlib_dir") == null) return 0;
        var site = Import.ImportModule("site");
        if (site != null) { Py.DECREF(site); return 0; }
        SysModule.WriteStderr("Fatal Python error: init_import_site: Failed to import the site module\nPython runtime state: initialized\n");
        HandleUncaught();
        SysModule.FlushStdFiles();
        return -1;
    }

    /// <summary>Returned by <see cref="RunProgram"/> when the script cannot be read (reported; exit status 2).</summary>
    public const int CannotOpen = int.MinValue;

    /// <summary>Run the program the command line names (-c, -m, a file or stdin) in <paramref name="main"/>: its exit status.</summary>
    public static int RunProgram(CommandLine cl, PyModule main)
    {
        if (cl.Command != null)
        {
            // pymain_run_command: the command as UTF-8, strictly (an undecodable byte of the
            // command line is a lone surrogate here, which UTF-8 cannot encode).
            var command = PyUnicode.FromString(PyUnicode.Dedent(cl.Command + "\n"));
            var source = Sharpy.Modules.Codecs.Utf8Codec.Encode(command, "strict");
            Py.DECREF(command);
            if (source == null)
            {
                var exc = Errors.GetRaisedException();
                SysModule.WriteStderr("Unable to decode the command from the command line:\n");
                Errors.SetRaisedException(exc);
                HandleUncaught();
                return 1;
            }
            return RunSource(source, "<string>", main, ParseFlags.IgnoreCookie, registerSource: true);
        }
        if (cl.Module != null) return RunModule(cl.Module, main);
        if (cl.ScriptPath != null && cl.ScriptPath != "-")
        {
            var path = cl.ScriptPath;
            // A directory or a zip file runs its __main__ module, found on sys.path[0] = the path
            // (made absolute, as config_run_filename_abspath does).
            if (HasImporter(path))
            {
                var sysPath = (PyList)Interpreter.Sys.Dict.GetItemString("path")!;
                var entry = PyUnicode.FromString(Path.GetFullPath(path));
                if (Interpreter.Config.SafePath || sysPath.Count == 0) sysPath.Insert(0, entry);
                else
                {
                    var old = sysPath.Items[0];
                    sysPath.Items[0] = Py.NewRef(entry);
                    Py.DECREF(old);
                }
                Py.DECREF(entry);
                return RunModule("__main__", main, alterArgv: false);
            }
            byte[] source;
            try
            {
                source = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                var (errno, text) = e is UnauthorizedAccessException ? (13, "Permission denied")
                    : Directory.Exists(path) ? (21, "Is a directory") : (2, "No such file or directory");
                FileUtils.WriteNoRaise(2, $"sharpy: can't open file {PyRepr(Path.GetFullPath(path))}: [Errno {errno}] {text}\n");
                return CannotOpen;
            }
            main.Dict.SetItemStringSteal("__file__", PyUnicode.FromString(path));
            main.Dict.SetItemString("__cached__", Py.None);
            SetMainLoader(main, path);
            if (cl.Has('x')) source = SkipFirstLine(source);
            return RunSource(source, path, main, ParseFlags.FileInput);
        }
        return RunSource(ReadAllStdin(), "<stdin>", main, ParseFlags.FileInput);
    }

    /// <summary>
    /// pymain_get_importer: some hook on sys.path_hooks takes the script path as a path entry
    /// (FileFinder a directory, zipimporter a zip file). Hooks that refuse it raise ImportError.
    /// </summary>
    static bool HasImporter(string path)
    {
        if (Interpreter.Sys.Dict.GetItemString("path_hooks") is not PyList hooks) return false;
        var entry = PyUnicode.FromString(path);
        bool found = false;
        foreach (var hook in hooks.AsSpan().ToArray())
        {
            var importer = Calls.CallOneArg(hook, entry);
            if (importer != null)
            {
                Py.DECREF(importer);
                found = true;
                break;
            }
            Errors.Clear();
        }
        Py.DECREF(entry);
        return found;
    }

    /// <summary>set_main_loader: __main__.__loader__ is a SourceFileLoader for the script.</summary>
    static void SetMainLoader(PyModule main, string path)
    {
        var external = Interpreter.Current.Importlib is { } bootstrap ? Abstract.GetAttr(bootstrap, "_bootstrap_external") : null;
        var loaderType = external == null ? null : Abstract.GetAttr(external, "SourceFileLoader");
        Py.XDECREF(external);
        if (loaderType == null)
        {
            Errors.Clear();
            return;
        }
        var name = PyUnicode.FromString("__main__");
        var file = PyUnicode.FromString(path);
        var loader = Calls.CallArgs(loaderType, name, file);
        Py.DECREF(name);
        Py.DECREF(file);
        Py.DECREF(loaderType);
        if (loader == null) Errors.Clear();
        else main.Dict.SetItemStringSteal("__loader__", loader);
    }

    /// <summary>-x: skip the first line (a non-Unix #! line), keeping line numbers right.</summary>
    static byte[] SkipFirstLine(byte[] source)
    {
        int nl = Array.IndexOf(source, (byte)'\n');
        if (nl < 0) return [];
        var rest = new byte[source.Length - nl];
        Array.Copy(source, nl, rest, 0, rest.Length);
        return rest;
    }

    static string PyRepr(string s) => s.Contains('\'') && !s.Contains('"') ? "\"" + s + "\"" : "'" + s.Replace("\\", "\\\\").Replace("'", "\\'") + "'";

    static byte[] ReadAllStdin()
    {
        using var stdin = Console.OpenStandardInput();
        using var ms = new MemoryStream();
        stdin.CopyTo(ms);
        return ms.ToArray();
    }

    static void SetupSys(CommandLine cl)
    {
        var sys = Interpreter.Sys.Dict;
        var argv = (PyList)sys.GetItemString("argv")!;
        foreach (var a in cl.Argv) argv.AppendSteal(PyUnicode.FromString(a));
        // sys.orig_argv: the command as run, the interpreter first.
        var origArgv = (PyList)sys.GetItemString("orig_argv")!;
        origArgv.AppendSteal(PyUnicode.FromString(Environment.ProcessPath ?? ""));
        foreach (var a in cl.OrigArgs) origArgv.AppendSteal(PyUnicode.FromString(a));
        var path = (PyList)sys.GetItemString("path")!;
        if (Interpreter.Config.UseEnvironment && Environment.GetEnvironmentVariable("PYTHONPATH") is { Length: > 0 } pp)
            foreach (var p in pp.Split(':', StringSplitOptions.RemoveEmptyEntries)) path.AppendSteal(PyUnicode.FromString(p));
        string prefix = "";
        if ((Environment.GetEnvironmentVariable("SHARPY_STDLIB") is { Length: > 0 } env ? env : LauncherStdlib()) is { } stdlib)
        {
            path.AppendSteal(PyUnicode.FromString(stdlib));
            sys.SetItemStringSteal("_stdlib_dir", PyUnicode.FromString(stdlib));
            // The stdlib is PREFIX/lib/python3.14, as in an installed CPython.
            prefix = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(stdlib))) ?? "";
        }
        foreach (var name in (string[])["prefix", "base_prefix", "exec_prefix", "base_exec_prefix"])
            sys.SetItemStringSteal(name, PyUnicode.FromString(prefix));
        sys.SetItemStringSteal("platlibdir", PyUnicode.FromString("lib"));
    }

    /// <summary>
    /// pymain_run_python's sys.path[0], put in after `site` has run: the script's directory,
    /// the current directory for -m, else '' (the current directory at each import); none with -P.
    /// </summary>
    static void AddPath0(CommandLine cl)
    {
        if (Interpreter.Config.SafePath) return;
        string first = cl.ScriptPath != null && cl.ScriptPath != "-"
            ? Path.GetDirectoryName(Path.GetFullPath(cl.ScriptPath)) ?? ""
            : cl.Module != null ? Directory.GetCurrentDirectory() : "";
        var path = (PyList)Interpreter.Sys.Dict.GetItemString("path")!;
        var item = PyUnicode.FromString(first);
        path.Insert(0, item);
        Py.DECREF(item);
    }

    /// <summary>
    /// The stdlib the launcher installs beside the build (.stdlib/lib/python3.14 next to
    /// .build/sharpy/), for a sharpy started without SHARPY_STDLIB, such as a child that
    /// subprocess runs as sys.executable with its own env; null if there is none.
    /// </summary>
    static string? LauncherStdlib()
    {
        var dir = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", ".stdlib", "lib", "python3.14"));
        return Directory.Exists(dir) ? dir : null;
    }

    /// <summary>Compile and run source in __main__: the exit status (0, or 1 after printing the exception).</summary>
    public static int RunSource(byte[] source, string filename, PyModule main, ParseFlags flags, bool registerSource = false)
    {
        var code = Pipeline.Compile(source, filename, ParseMode.Exec, flags);
        if (code == null) return HandleUncaught();
        if (registerSource) RegisterSource(code, source, filename);
        var r = EvalLoop.EvalCode(code, main.Dict, main.Dict);
        Py.DECREF(code);
        if (r == null) return HandleUncaught();
        Py.DECREF(r);
        return 0;
    }

    /// <summary>
    /// run_mod's interactive_src: -c's source goes to linecache._register_code, so tracebacks
    /// show its lines. Without a stdlib (no linecache) the lines are left out.
    /// </summary>
    static void RegisterSource(PyObject code, byte[] source, string filename)
    {
        var linecache = Import.ImportModule("linecache");
        var register = linecache == null ? null : Abstract.GetAttr(linecache, "_register_code");
        Py.XDECREF(linecache);
        if (register == null) { Errors.Clear(); return; }
        var text = PyUnicode.FromString(Encoding.UTF8.GetString(source));
        var name = PyUnicode.FromString(filename);
        var r = Calls.CallArgs(register, code, text, name);
        Py.DECREF(text);
        Py.DECREF(name);
        Py.DECREF(register);
        if (r == null) Errors.Clear();
        else Py.DECREF(r);
    }

    /// <summary>-m MODULE (pymain_run_module): runpy._run_module_as_main(MODULE, True) runs it as __main__.</summary>
    static int RunModule(string name, PyModule main, bool alterArgv = true)
    {
        var runpy = Import.ImportModule("runpy");
        if (runpy == null)
        {
            SysModule.WriteStderr("Could not import runpy module\n");
            return HandleUncaught();
        }
        var runModule = Abstract.GetAttr(runpy, "_run_module_as_main");
        Py.DECREF(runpy);
        if (runModule == null)
        {
            SysModule.WriteStderr("Could not access runpy._run_module_as_main\n");
            return HandleUncaught();
        }
        var module = PyUnicode.FromString(name);
        var r = Calls.CallArgs(runModule, module, alterArgv ? PyBool.True : PyBool.False);
        Py.DECREF(module);
        Py.DECREF(runModule);
        if (r == null) return HandleUncaught();
        Py.DECREF(r);
        return 0;
    }

    static bool s_lastUncaughtWasInterrupt;

    /// <summary>The program ended by an uncaught KeyboardInterrupt: the process ends by SIGINT
    /// after finalization (Py_RunMain's exit_sigint).</summary>
    public static bool UnhandledKeyboardInterrupt { get; private set; }

    /// <summary>
    /// The uncaught exception: SystemExit becomes the exit status (its message, if any, on
    /// stderr); anything else goes to sys.excepthook, status 1, or 130 for KeyboardInterrupt
    /// (the status of a process ended by SIGINT, should exit_sigint's kill fail).
    /// </summary>

    public static int HandleUncaught()
    {
        s_lastUncaughtWasInterrupt = false;
        var exc = Errors.GetRaisedException();
        if (exc == null) return 0;
        // _Py_HandleSystemExit: under -i, SystemExit is reported like any exception and the prompt follows.
        if (Abstract.IsSubtype(exc.ob_type, PyExc.SystemExit) && !Interpreter.Config.Inspect)
        {
            int status = ExitStatus(exc);
            Py.DECREF(exc);
            return status;
        }
        var hook = Interpreter.Sys.Dict.GetItemString("excepthook");
        PyObject? r = hook == null ? null : Calls.CallArgs(hook, exc.ob_type, exc, exc.Traceback ?? Py.None);
        if (r == null)
        {
            Errors.Clear();
            TracebackPrinter.Print(exc, SysModule.StdErr());
        }
        else Py.DECREF(r);
        bool interrupted = Abstract.IsSubtype(exc.ob_type, PyExc.KeyboardInterrupt);
        s_lastUncaughtWasInterrupt = interrupted;
        Py.DECREF(exc);
        return interrupted ? 130 : 1;
    }

    static int ExitStatus(PyBaseException exc)
    {
        var code = (exc as PySystemExit)?.Code ?? Py.None;
        if (code == Py.None) return 0;
        if (code is PyLong l) return (int)(l.TryGetLong(out var v) ? v : -1);
        var s = Abstract.Str(code);
        if (s != null)
        {
            SysModule.WriteStderr(((PyUnicode)s).Value + "\n");
            Py.DECREF(s);
        }
        else Errors.Clear();
        return 1;
    }

    /// <summary>wait_for_thread_shutdown: `threading` joins its non-daemon threads, if it was imported.</summary>
    static void WaitForThreadShutdown()
    {
        var threading = Interpreter.Modules.GetItemString("threading");
        if (threading == null) return;
        var r = Calls.CallMethod(threading, "_shutdown");
        if (r != null) Py.DECREF(r);
        else Interpreter.WriteUnraisable("on threading shutdown", null);
    }

    /// <summary>Interpreter shutdown (Py_FinalizeEx): join threads, run atexit callbacks, flush the standard streams, destroy the modules (finalizers run), flush again.</summary>
    static int Shutdown(PyModule main, int status)
    {
        WaitForThreadShutdown();
        AtexitModule.RunExitFuncs(Interpreter.Current);
        Interpreter.Current.Finalizing = true;
        // Py_RunMain: a failed flush at exit makes the status 120.
        bool flushFailed = SysModule.FlushStdFiles() < 0;
        // The program is done with __main__; sys.modules keeps it until the modules go.
        Py.DECREF(main);
        // Py_FinalizeEx collects while the modules are still whole, then destroys them.
        Gc.Collect();
        FinalizeModules.Run();
        if (Errors.Occurred()) Errors.Clear();
        // Again, for what the finalizers printed.
        if (SysModule.FlushStdFiles() < 0) flushFailed = true;
        return flushFailed ? 120 : status;
    }
}

/// <summary>The __main__ module.</summary>
internal static class MainModule
{
    public static PyModule Create()
    {
        var m = new PyModule("__main__");
        m.Dict.SetItemString("__builtins__", Interpreter.Builtins);
        // add_main_module: BuiltinImporter until the program that runs sets a better loader.
        if (Interpreter.Current.Importlib is { } bootstrap)
        {
            var loader = Abstract.GetAttr(bootstrap, "BuiltinImporter");
            if (loader == null) Errors.Clear();
            else m.Dict.SetItemStringSteal("__loader__", loader);
        }
        Interpreter.Modules.SetItemString("__main__", m);
        return m;
    }
}
