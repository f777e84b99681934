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

    public static TextStream? Stdout, Stderr, Stdin;

    public static void InitModule(PyModule m)
    {
        var d = m.Dict;
        bool unbuffered = Environment.GetEnvironmentVariable("PYTHONUNBUFFERED") is { Length: > 0 };
        Stdout = new TextStream(Console.OpenStandardOutput(), "<stdout>", 1, lineBuffered: unbuffered);
        Stderr = new TextStream(Console.OpenStandardError(), "<stderr>", 2, lineBuffered: true);
        Stdin = new TextStream(Console.OpenStandardInput(), "<stdin>", 0, lineBuffered: false);
        d.SetItemString("stdout", Stdout);
        d.SetItemString("stderr", Stderr);
        d.SetItemString("stdin", Stdin);
        d.SetItemString("__stdout__", Stdout);
        d.SetItemString("__stderr__", Stderr);
        d.SetItemString("__stdin__", Stdin);
        d.SetItemString("modules", Interpreter.Modules);
        d.SetItemString("path", PyList.New());
        d.SetItemString("argv", PyList.New());
        d.SetItemString("version", PyUnicode.FromString(Version.Text));
        var versionInfo = StructSeq.NewType("sys.version_info", ["major", "minor", "micro", "releaselevel", "serial"]);
        var vi = StructSeq.New(versionInfo, PyLong.FromLong(3), PyLong.FromLong(14), PyLong.FromLong(2), PyUnicode.FromString("final"), PyLong.FromLong(0));
        d.SetItemString("version_info", vi);
        var impl = PyNamespace.New();
        impl.Dict.SetItemString("name", PyUnicode.FromString("sharpy"));
        impl.Dict.SetItemString("cache_tag", PyUnicode.FromString("sharpy-314"));
        impl.Dict.SetItemString("version", vi);
        impl.Dict.SetItemString("hexversion", PyLong.FromLong(0x030e02f0));
        impl.Dict.SetItemString("_multiarch", PyUnicode.FromString("x86_64-linux-gnu"));
        d.SetItemString("implementation", impl);
        d.SetItemString("hexversion", PyLong.FromLong(0x030e02f0));
        d.SetItemString("maxsize", PyLong.FromLong(long.MaxValue));
        d.SetItemString("maxunicode", PyLong.FromLong(0x10ffff));
        d.SetItemString("byteorder", PyUnicode.FromString(BitConverter.IsLittleEndian ? "little" : "big"));
        d.SetItemString("platform", PyUnicode.FromString(OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : "linux"));
        d.SetItemString("executable", PyUnicode.FromString(Environment.ProcessPath ?? ""));
        d.SetItemString("dont_write_bytecode", PyBool.True);
        var stdlibNames = PyFrozenSet.FromItems(PyTuple.FromStolen(Array.ConvertAll(StdlibModuleNames.Names, n => (PyObject)PyUnicode.FromString(n))));
        d.SetItemString("stdlib_module_names", stdlibNames);
        Py.DECREF(stdlibNames);
    }

    /// <summary>Flush stdout and stderr (at exit).</summary>
    public static void FlushStdFiles()
    {
        foreach (var name in new[] { "stdout", "stderr" })
        {
            var f = Interpreter.Sys.Dict.GetItemString(name);
            if (f == null || f == PyNone.None) continue;
            var r = Calls.CallMethod(f, "flush");
            if (r == null) Errors.Clear();
            else Py.DECREF(r);
        }
    }

    [PyMethod("displayhook")]
    static PyObject? DisplayHook(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (args.Length != 1) return Errors.SetString(PyExc.TypeError, $"displayhook() takes exactly one argument ({args.Length} given)");
        var o = args[0].AsBorrowed;
        if (o == PyNone.None) return Py.NewRef(PyNone.None);
        var builtins = Interpreter.Builtins.Dict;
        if (builtins.SetItemString("_", PyNone.None) < 0) return null;
        var r = Abstract.Repr(o);
        if (r == null) return null;
        var stdout = Interpreter.Sys.Dict.GetItemString("stdout");
        if (stdout == null || stdout == PyNone.None) { Py.DECREF(r); return Errors.SetString(PyExc.RuntimeError, "lost sys.stdout"); }
        var w = Calls.CallMethod(stdout, "write", r);
        Py.DECREF(r);
        if (w == null) return null;
        Py.DECREF(w);
        var nl = Calls.CallMethod(stdout, "write", PyUnicode.Intern("\n"));
        if (nl == null) return null;
        Py.DECREF(nl);
        if (builtins.SetItemString("_", o) < 0) return null;
        return Py.NewRef(PyNone.None);
    }

    [PyMethod("excepthook")]
    static PyObject? ExceptHook(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (args.Length != 3) return Errors.SetString(PyExc.TypeError, $"excepthook expected 3 arguments, got {args.Length}");
        if (args[1].AsBorrowed is PyBaseException exc) TracebackPrinter.Print(exc, StdErr());
        return Py.NewRef(PyNone.None);
    }

    [PyMethod("exit")]
    static PyObject? Exit(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (args.Length > 1) return Errors.SetString(PyExc.TypeError, $"exit expected at most 1 argument, got {args.Length}");
        Errors.SetObject(PyExc.SystemExit, args.Length == 1 ? args[0].AsBorrowed : null);
        return null;
    }

    [PyMethod("getrecursionlimit")]
    static PyObject? GetRecursionLimit(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
        => PyLong.FromLong(ThreadState.Current.PyRecursionLimit);

    [PyMethod("setrecursionlimit")]
    static PyObject? SetRecursionLimit(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (args.Length != 1) return Errors.SetString(PyExc.TypeError, $"setrecursionlimit() takes exactly one argument ({args.Length} given)");
        long n = Abstract.AsSsize(args[0].AsBorrowed, PyExc.OverflowError);
        if (n == -1 && Errors.Occurred()) return null;
        if (n < 1) return Errors.SetString(PyExc.ValueError, "recursion limit must be greater or equal than 1");
        ThreadState.Current.PyRecursionLimit = (int)Math.Min(n, int.MaxValue);
        return Py.NewRef(PyNone.None);
    }

    [PyMethod("getrefcount")]
    static PyObject? GetRefCount(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (args.Length != 1) return Errors.SetString(PyExc.TypeError, $"getrefcount() takes exactly one argument ({args.Length} given)");
        var o = args[0].AsBorrowed;
        return PyLong.FromLong(o.IsImmortal ? uint.MaxValue : o.ob_refcnt);
    }

#if Py_DEBUG
    /// <summary>Debug builds only, as in CPython: references held to mortal objects (see RefDebug).</summary>
    [PyMethod("gettotalrefcount")]
    static PyObject? GetTotalRefCount(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (args.Length != 0) return Errors.SetString(PyExc.TypeError, $"sys.gettotalrefcount() takes no arguments ({args.Length} given)");
        return PyLong.FromLong(RefDebug.RefTotal);
    }
#endif

    /// <summary>Objects allocated and not yet freed; 0 in builds that do not count them, as CPython allows.</summary>
    [PyMethod("getallocatedblocks")]
    static PyObject? GetAllocatedBlocks(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (args.Length != 0) return Errors.SetString(PyExc.TypeError, $"sys.getallocatedblocks() takes no arguments ({args.Length} given)");
#if Py_DEBUG
        return PyLong.FromLong(RefDebug.AllocatedBlocks);
#else
        return PyLong.FromLong(0);
#endif
    }

    [PyMethod("intern")]
    static PyObject? InternFunction(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (args.Length != 1 || args[0].AsBorrowed is not PyUnicode u)
            return Errors.SetString(PyExc.TypeError, args.Length != 1 ? $"intern() takes exactly one argument ({args.Length} given)" : $"intern() argument must be str, not {args[0].AsBorrowed.ob_type.tp_name}");
        return PyUnicode.Intern(u.Value);
    }

    [PyMethod("exception")]
    static PyObject? Exception(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
        => Py.NewRef(ThreadState.Current.HandledException() ?? PyNone.None);

    [PyMethod("exc_info")]
    static PyObject? ExcInfo(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var e = ThreadState.Current.HandledException() as PyBaseException;
        if (e == null) return PyTuple.Pack(PyNone.None, PyNone.None, PyNone.None);
        return PyTuple.Pack(e.ob_type, e, e.Traceback ?? PyNone.None);
    }
}

/// <summary>The version Sharpy reports: CPython 3.14.2's, whose stdlib it runs.</summary>
public static class Version
{
    public const string Number = "3.14.2";
    public const string Text = "3.14.2 (sharpy, .NET) [C#]";
}
