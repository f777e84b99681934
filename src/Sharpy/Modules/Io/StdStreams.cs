using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Io;

/// <summary>
/// sys.stdin, sys.stdout and sys.stderr as TextIOWrappers over file descriptors 0-2, and
/// builtins.open (Python/pylifecycle.c: init_set_builtins_open, create_stdio, init_sys_streams).
/// </summary>
internal static class StdStreams
{
    /// <summary>Import _io, set builtins.open and the sys streams: 0, or -1 with an exception set.</summary>
    public static int Init(InterpreterState interp)
    {
        var io = BuiltinModules.Create("_io");
        if (io == null) return -1;
        interp.Modules.SetItemString("_io", io);
        var open = io.Dict.GetItemString("open")!;
        interp.Builtins.Dict.SetItemString("open", open);
        var config = Interpreter.Config;
        bool buffered = config.BufferedStdio;
        string encoding = config.StdioEncoding ?? "utf-8";
        string? errorsOverride = config.StdioErrors;
        string stdioErrors = errorsOverride ?? (SurrogateEscapeLocale() ? "surrogateescape" : "strict");
        int r = 0;
        r |= Create(interp, open, 0, false, buffered, encoding, stdioErrors, "stdin", "<stdin>");
        r |= Create(interp, open, 1, true, buffered, encoding, stdioErrors, "stdout", "<stdout>");
        // stderr is always backslashreplace: PYTHONIOENCODING's error handler is for stdin and stdout.
        r |= Create(interp, open, 2, true, buffered, encoding, "backslashreplace", "stderr", "<stderr>");
        Py.DECREF(io);
        return r;
    }

    /// <summary>config_get_stdio_errors: surrogateescape in UTF-8 mode and under the C/POSIX locale or a coercion target.</summary>
    static bool SurrogateEscapeLocale()
    {
        if (Environment.GetEnvironmentVariable("PYTHONUTF8") == "1") return true;
        string loc = "";
        foreach (var v in new[] { "LC_ALL", "LC_CTYPE", "LANG" })
            if (Environment.GetEnvironmentVariable(v) is { Length: > 0 } s) { loc = s; break; }
        return loc is "" or "C" or "POSIX" or "C.UTF-8" or "C.utf8" or "UTF-8";
    }

    static int Create(InterpreterState interp, PyObject open, int fd, bool write, bool buffered, string encoding, string errors, string name, string displayName)
    {
        // A descriptor that is not open gives None, as CPython's is_valid_fd check.
        if (Interpreter.Config.ClosedStdFds[fd] || IoLibc.FStat(fd, out _, out _, out _) < 0)
        {
            interp.Sys.Dict.SetItemString(name, Py.None);
            interp.Sys.Dict.SetItemString("__" + name + "__", Py.None);
            return 0;
        }
        int buffering = !buffered && write ? 0 : -1;
        var fdObj = PyLong.FromLong(fd);
        var mode = PyUnicode.FromString(write ? "wb" : "rb");
        var bufObj = PyLong.FromLong(buffering);
        var buf = Calls.CallArgs(open, fdObj, mode, bufObj, Py.None, Py.None, Py.None, PyBool.False);
        Py.DECREF(fdObj);
        Py.DECREF(mode);
        Py.DECREF(bufObj);
        if (buf == null) return -1;
        PyObject raw = buffering != 0 ? ((PyBuffered)buf).Raw! : buf;
        var nameObj = PyUnicode.FromString(displayName);
        Abstract.SetAttr(raw, PyUnicode.Intern("name"), nameObj);
        Py.DECREF(nameObj);
        bool isatty = raw is PyFileIO f && IoLibc.isatty(f.Fd) == 1;
        bool lineBuffering = buffered && (isatty || fd == 2);
        var enc = PyUnicode.FromString(encoding);
        var err = PyUnicode.FromString(errors);
        var nl = PyUnicode.FromString("\n");
        var stream = Calls.CallArgs(PyTextIOWrapper.Type, buf, enc, err, nl, Py.NewBool(lineBuffering), Py.NewBool(!buffered));
        Py.DECREF(enc);
        Py.DECREF(err);
        Py.DECREF(nl);
        Py.DECREF(buf);
        if (stream == null) return -1;
        var modeText = PyUnicode.FromString(write ? "w" : "r");
        Abstract.SetAttr(stream, PyUnicode.Intern("mode"), modeText);
        Py.DECREF(modeText);
        interp.Sys.Dict.SetItemString(name, stream);
        interp.Sys.Dict.SetItemString("__" + name + "__", stream);
        Py.DECREF(stream);
        return 0;
    }
}
