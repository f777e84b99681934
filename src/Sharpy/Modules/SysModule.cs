using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>The `sys` module (Python/sysmodule.c).</summary>
[PyModule("sys")]
public static partial class SysModule
{
    /// <summary>sys.stderr, borrowed; null when unset.</summary>
    public static PyObject? StdErr() => Interpreter.Sys?.Dict.GetItemString("stderr");

    /// <summary>Write text to sys.stderr (errors are dropped), as the command line reports its own errors.</summary>
    public static void WriteStderr(string text)
    {
        var err = StdErr();
        if (err == null || err == Py.None) { FileUtils.WriteNoRaise(2, text); return; }
        var s = PyUnicode.FromString(text);
        var r = Calls.CallMethod(err, "write", s);
        Py.DECREF(s);
        if (r == null) { Errors.Clear(); return; }
        Py.DECREF(r);
        var f = Calls.CallMethod(err, "flush");
        if (f == null) Errors.Clear(); else Py.DECREF(f);
    }

    public static void InitModule(PyModule m)
    {
        var d = m.Dict;
        AddOriginalHooks(d);
        // sys.implementation.version is sys.version_info.
        var impl = PyNamespace.New();
        impl.Dict.SetItemString("name", PyUnicode.Intern("sharpy"));
        impl.Dict.SetItemString("cache_tag", PyUnicode.Intern(CacheTag));
        impl.Dict.SetItemString("version", d.GetItemString("version_info")!);
        var hexVersion = PyLong.FromLong(HexVersion);
        impl.Dict.SetItemString("hexversion", hexVersion);
        Py.DECREF(hexVersion);
        impl.Dict.SetItemString("_multiarch", PyUnicode.Intern("x86_64-linux-gnu"));
        // concurrent.interpreters is not built.
        impl.Dict.SetItemString("supports_isolated_interpreters", PyBool.False);
        d.SetItemString("implementation", impl);
        Py.DECREF(impl);
        // The originals, for restoring a replaced hook (doctest restores sys.displayhook from these).
        d.SetItemString("__displayhook__", d.GetItemString("displayhook")!);
        d.SetItemString("__excepthook__", d.GetItemString("excepthook")!);
    }

    [PyConstant("modules")] static PyObject Modules => Py.NewRef(Interpreter.Modules);
    [PyConstant("path")] static PyObject Path => PyList.New();
    [PyConstant("argv")] static PyObject Argv => PyList.New();
    [PyConstant("orig_argv")] static PyObject OrigArgv => PyList.New();
    [PyConstant("meta_path")] static PyObject MetaPath => PyList.New();
    [PyConstant("path_hooks")] static PyObject PathHooks => PyList.New();
    [PyConstant("path_importer_cache")] static PyObject PathImporterCache => PyDict.New();
    [PyConstant("version")] const string VersionText = Version.Text;
    [PyConstant("hexversion")] const long HexVersion = 0x030e02f0;
    [PyConstant("maxsize")] const long MaxSize = long.MaxValue;
    [PyConstant("maxunicode")] const long MaxUnicode = 0x10ffff;
    [PyConstant("byteorder")] static readonly string ByteOrder = BitConverter.IsLittleEndian ? "little" : "big";
    [PyConstant("platform")] static readonly string Platform = OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : "linux";
    [PyConstant("executable")] static string Executable => Environment.ProcessPath ?? "";
    /// <summary>The interpreter a virtual environment's executable stands for; outside one, the executable itself.</summary>
    [PyConstant("_base_executable")] static string BaseExecutable => Executable;

    /// <summary>
    /// sys.implementation.cache_tag, which names .pyc files (`__pycache__/os.sharpy-314-1a2b3c4d.pyc`).
    /// A .pyc is checked against the magic number, which stays CPython 3.14's, and the source's
    /// mtime and size; Sharpy's compiler output can change from one build to the next under the
    /// same magic, so the tag also carries the build's identity (its module version id), and a
    /// .pyc of another build is never read.
    /// </summary>
    public static readonly string CacheTag = "sharpy-314-" + Convert.ToHexString(typeof(SysModule).Module.ModuleVersionId.ToByteArray(), 0, 4).ToLowerInvariant();

    /// <summary>-B or PYTHONDONTWRITEBYTECODE (PyConfig.write_bytecode off).</summary>
    [PyConstant("dont_write_bytecode")] static bool DontWriteBytecodeValue => !Interpreter.Config.WriteBytecode;

    /// <summary>-X pycache_prefix=PATH or PYTHONPYCACHEPREFIX (PyConfig.pycache_prefix); None for none.</summary>
    [PyConstant("pycache_prefix")]
    static PyObject PycachePrefixValue => Interpreter.Config.PycachePrefix is { } p ? PyUnicode.FromString(p) : Py.None;

    [PyConstant("version_info")]
    static PyObject VersionInfo
    {
        get
        {
            var type = PyStructSequence.NewType("sys.version_info", [new("major"), new("minor"), new("micro"), new("releaselevel"), new("serial")], instantiable: false);
            return PyStructSequence.New(type, PyLong.FromLong(3), PyLong.FromLong(14), PyLong.FromLong(2), PyUnicode.FromString("final"), PyLong.FromLong(0));
        }
    }

    /// <summary>The modules written in C# (PyImport_Inittab's names, sorted), as a tuple of str; sys._jit is only an attribute.</summary>
    [PyConstant("builtin_module_names")]
    static PyObject BuiltinModuleNames
        => PyTuple.FromStolen(Array.ConvertAll(Array.FindAll(BuiltinModules.Table, e => !e.Name.Contains('.')), e => (PyObject)PyUnicode.FromString(e.Name)));

    [PyConstant("_jit")] static PyObject Jit => BuiltinModules.Create("sys._jit")!;
    /// <summary>PEP 768's remote debugging (sys.remote_exec) is not built.</summary>
    [PyMethod("is_remote_debug_enabled", Doc = "Return True if remote debugging is enabled, False otherwise.")]
    static bool IsRemoteDebugEnabled() => false;

    [PyConstant("monitoring")] static PyObject Monitoring => BuiltinModules.Create("sys.monitoring")!;
    /// <summary>repr(float) is the shortest string that round-trips.</summary>
    [PyConstant("float_repr_style")] const string FloatReprStyle = "short";

    /// <summary>ABI flags of a release build without free threading: none.</summary>
    [PyConstant("abiflags")] static PyObject AbiFlags => PyUnicode.FromString("");

    [PyConstant("stdlib_module_names")]
    static PyObject StdlibModuleNamesSet
        => PyFrozenSet.FromItems(PyTuple.FromStolen(Array.ConvertAll(StdlibModuleNames.Names, n => (PyObject)PyUnicode.FromString(n))));

    /// <summary>Flush stdout and stderr (at exit).</summary>
    /// <summary>
    /// flush_std_files: flush sys.stdout and sys.stderr unless closed; -1 if one failed (the
    /// interpreter then exits with status 120). A failure of stdout's is reported as unraisable.
    /// </summary>
    public static int FlushStdFiles()
    {
        int status = 0;
        foreach (var name in new[] { "stdout", "stderr" })
        {
            var f = Interpreter.Sys.Dict.GetItemString(name);
            if (f == null || f == Py.None || IsClosed(f)) continue;
            var r = Calls.CallMethod(f, "flush");
            if (r != null) { Py.DECREF(r); continue; }
            status = -1;
            if (name == "stdout") Interpreter.WriteUnraisable("while flushing sys.stdout", null);
            else Errors.Clear();
        }
        return status;
    }

    /// <summary>file_is_closed: the file's `closed` is true (a failure to tell counts as open).</summary>
    static bool IsClosed(PyObject file)
    {
        var closed = Abstract.GetAttr(file, "closed");
        if (closed == null) { Errors.Clear(); return false; }
        int r = Abstract.IsTrue(closed);
        Py.DECREF(closed);
        if (r < 0) Errors.Clear();
        return r > 0;
    }

    [PyMethod("displayhook")]
    static PyObject? DisplayHook(PyObject @object)
    {
        var o = @object;
        if (o == Py.None) return Py.None;
        var builtins = Interpreter.Builtins.Dict;
        if (builtins.SetItemString("_", Py.None) < 0) return null;
        var r = Abstract.Repr(o);
        if (r == null) return null;
        var stdout = Interpreter.Sys.Dict.GetItemString("stdout");
        if (stdout == null || stdout == Py.None) { Py.DECREF(r); return Errors.SetString(PyExc.RuntimeError, "lost sys.stdout"); }
        var w = Calls.CallMethod(stdout, "write", r);
        if (w == null && Errors.ExceptionMatches(PyExc.UnicodeEncodeError))
        {
            Errors.Clear();
            w = DisplayUnencodable(stdout, r);
        }
        Py.DECREF(r);
        if (w == null) return null;
        Py.DECREF(w);
        var nl = Calls.CallMethod(stdout, "write", PyUnicode.Intern("\n"));
        if (nl == null) return null;
        Py.DECREF(nl);
        if (builtins.SetItemString("_", o) < 0) return null;
        return Py.None;
    }

    /// <summary>
    /// sys_displayhook_unencodable: a repr the stream's encoding cannot take is written with
    /// backslash escapes, to the binary buffer when there is one.
    /// </summary>
    static PyObject? DisplayUnencodable(PyObject stdout, PyObject repr)
    {
        var encoding = Abstract.GetAttr(stdout, "encoding");
        if (encoding == null) return null;
        var encoded = Calls.CallMethod(repr, "encode", encoding, PyUnicode.Intern("backslashreplace"));
        if (encoded == null) { Py.DECREF(encoding); return null; }
        PyObject? r;
        var buffer = Abstract.GetAttr(stdout, "buffer");
        if (buffer != null)
        {
            Py.DECREF(encoding);
            r = Calls.CallMethod(buffer, "write", encoded);
            Py.DECREF(buffer);
        }
        else if (!Errors.ExceptionMatches(PyExc.AttributeError))
        {
            Py.DECREF(encoding);
            r = null;
        }
        else
        {
            Errors.Clear();
            var escaped = Calls.CallMethod(encoded, "decode", encoding, PyUnicode.Intern("strict"));
            Py.DECREF(encoding);
            r = escaped == null ? null : Calls.CallMethod(stdout, "write", escaped);
            Py.XDECREF(escaped);
        }
        Py.DECREF(encoded);
        return r;
    }

    [PyMethod("excepthook")]
    static PyObject? ExceptHook(PyObject exctype, PyObject value, PyObject traceback)
    {
        TracebackPrinter.Display(StdErr(), value, traceback);
        return Py.None;
    }

    [PyMethod("exit")]
    static PyObject? Exit(PyObject? status = null)
    {
        Errors.SetObject(PyExc.SystemExit, status);
        return null;
    }

    /// <summary>The filesystem encoding: UTF-8 with surrogateescape, as CPython on Linux in a UTF-8 locale.</summary>
    [PyMethod("getfilesystemencoding")]
    static PyObject? GetFileSystemEncoding() => PyUnicode.FromString("utf-8");

    [PyMethod("getfilesystemencodeerrors")]
    static PyObject? GetFileSystemEncodeErrors() => PyUnicode.FromString("surrogateescape");

    /// <summary>is_finalizing(): the interpreter is shutting down (the atexit callbacks have run).</summary>
    [PyMethod("is_finalizing")]
    static bool IsFinalizing() => Interpreter.Current.Finalizing;

    /// <summary>_clear_type_descriptors(type): drop the __dict__ and __weakref__ descriptors of a class (dataclasses' slots=True rebuilds the class without them).</summary>
    [PyMethod("_clear_type_descriptors")]
    static PyObject? ClearTypeDescriptors(PyType type)
    {
        if (!type.IsHeapType) return Errors.SetString(PyExc.TypeError, "argument is immutable");
        foreach (var name in new[] { "__dict__", "__weakref__" })
        {
            var key = PyUnicode.FromString(name);
            var v = type.tp_dict.Pop(key, false);
            Py.DECREF(key);
            if (v == null && Errors.Occurred()) return null;
            Py.XDECREF(v);
        }
        return Py.None;
    }

    /// <summary>-X cpu_count / PYTHON_CPU_COUNT: -1 when not set.</summary>
    [PyMethod("_get_cpu_count_config")]
    static long GetCpuCountConfig() => Interpreter.Config.CpuCount;

    /// <summary>audit(event, *args): there are no audit hooks yet (no addaudithook), so an event is only checked.</summary>
    [PyMethod("audit")]
    static PyObject? Audit([VarArgs] PyTuple args)
    {
        if (args.Count == 0) return Errors.SetString(PyExc.TypeError, "audit() missing 1 required positional argument: 'event'");
        if (args.Items[0] is not PyUnicode)
            return Errors.SetString(PyExc.TypeError, $"expected str for argument 'event', not {args.Items[0].ob_type.tp_name}");
        return Py.None;
    }

    [PyMethod("getrecursionlimit")]
    static long GetRecursionLimit() => ThreadState.Current.PyRecursionLimit;

    [PyMethod("setrecursionlimit")]
    static PyObject? SetRecursionLimit(int new_limit)
    {
        if (new_limit < 1) return Errors.SetString(PyExc.ValueError, "recursion limit must be greater or equal than 1");
        var ts = ThreadState.Current;
        // A limit at or below the current depth would fail at once: refused.
        if (ts.PyRecursionDepth >= new_limit)
            return Errors.SetString(PyExc.RecursionError, $"cannot set the recursion limit to {new_limit} at the recursion depth {ts.PyRecursionDepth}: the limit is too low");
        ts.PyRecursionLimit = new_limit;
        return Py.None;
    }

    [PyMethod("getrefcount")]
    static long GetRefCount(PyObject @object) => @object.IsImmortal ? uint.MaxValue : @object.ob_refcnt;

#if Py_DEBUG
    /// <summary>Debug builds only, as in CPython: references held to mortal objects (see RefDebug).</summary>
    [PyMethod("gettotalrefcount")]
    static long GetTotalRefCount() => RefDebug.RefTotal;
#endif

    /// <summary>Objects allocated and not yet freed; 0 in builds that do not count them, as CPython allows.</summary>
    [PyMethod("getallocatedblocks")]
    static long GetAllocatedBlocks()
    {
#if Py_DEBUG
        return RefDebug.AllocatedBlocks;
#else
        return 0;
#endif
    }

    [PyMethod("intern")]
    static PyObject? InternFunction(PyUnicode @string)
    {
        if (@string.ob_type != PyUnicode.Type) return Errors.SetString(PyExc.TypeError, $"can't intern {@string.ob_type.tp_name}");
        return PyUnicode.InternInPlace(@string);
    }

    [PyMethod("exception")]
    static PyObject? Exception() => Py.NewRef(ThreadState.Current.HandledException() ?? Py.None);

    [PyMethod("exc_info")]
    static PyObject? ExcInfo()
    {
        var e = ThreadState.Current.HandledException() as PyBaseException;
        if (e == null) return PyTuple.Pack(Py.None, Py.None, Py.None);
        return PyTuple.Pack(e.ob_type, e, e.Traceback ?? Py.None);
    }
}

/// <summary>
/// The version Sharpy reports: CPython 3.14.2's, whose stdlib it runs. The text keeps the shape
/// "VERSION (BUILD) [COMPILER]" that platform._sys_version parses (wsgiref and asyncio's tests
/// call platform.python_implementation() at import).
/// </summary>
public static class Version
{
    public const string Number = "3.14.2";
    public const string Text = "3.14.2 (sharpy) [C# on .NET]";
}
