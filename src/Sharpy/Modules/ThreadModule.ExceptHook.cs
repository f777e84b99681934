using Sharpy.Objects;
using Sharpy.Runtime;
using ThreadState = Sharpy.Runtime.ThreadState;

namespace Sharpy.Modules;

/// <summary>
/// `_thread._excepthook` and `_thread._ExceptHookArgs` (thread_excepthook): the default
/// threading.excepthook. Without them threading.py defines its own in Python, importing
/// traceback (and with it dataclasses, tokenize, ...) when threading is first imported.
/// </summary>
public static partial class ThreadModule
{
    static PyType? s_exceptHookArgs;

    static PyType ExceptHookArgsType => s_exceptHookArgs ??= PyStructSequence.NewType("_thread._ExceptHookArgs",
    [
        new("exc_type", "Exception type"), new("exc_value", "Exception value"),
        new("exc_traceback", "Exception traceback"), new("thread", "Thread"),
    ], doc: "ExceptHookArgs\n\nType used to pass arguments to threading.excepthook.");

    [PyConstant("_ExceptHookArgs")] static PyObject ExceptHookArgsConst => Py.NewRef(ExceptHookArgsType);

    [PyMethod("_excepthook", Doc = "_excepthook($module, (exc_type, exc_value, exc_traceback, thread), /)\n--\n\nHandle uncaught Thread.run() exception.")]
    static PyObject? ExceptHook(PyObject args)
    {
        if (args.ob_type != ExceptHookArgsType || args is not PyStructSequence a)
            return Errors.SetString(PyExc.TypeError, "_thread.excepthook argument type must be ExceptHookArgs");
        PyObject excType = a[0], excValue = a[1], excTb = a[2], thread = a[3];
        if (excType == PyExc.SystemExit) return Py.None;   // silently ignored

        var file = SysModule.StdErr();
        if (file == null || file == Py.None)
        {
            // sys.stderr is None: the one the thread saw when it was created, if any.
            if (thread == Py.None) return Py.None;
            file = Abstract.GetAttr(thread, "_stderr");
            if (file == null) return null;
        }
        else Py.INCREF(file);
        PyObject? r = file == Py.None ? Py.None : ExceptHookFile(file, excValue, excTb, thread);
        Py.DECREF(file);
        return r;
    }

    /// <summary>thread_excepthook_file: "Exception in thread NAME:", the traceback, a flush.</summary>
    static PyObject? ExceptHookFile(PyObject file, PyObject excValue, PyObject excTb, PyObject thread)
    {
        if (!WriteRaw(file, PyUnicode.FromString("Exception in thread "))) return null;
        PyObject? name = null;
        if (thread != Py.None && Abstract.LookupAttr(thread, PyUnicode.Intern("name"), out name) < 0) return null;
        var shown = name != null ? Abstract.Str(name) : PyUnicode.FromString(ThreadState.Current.Ident.ToString());
        Py.XDECREF(name);
        if (shown == null || !WriteRaw(file, shown) || !WriteRaw(file, PyUnicode.FromString(":\n"))) return null;
        TracebackPrinter.Display(file, excValue, excTb);
        var fl = Calls.CallMethod(file, "flush");
        if (fl == null) return null;
        Py.DECREF(fl);
        return Py.None;
    }

    /// <summary>file.write(text), stealing text; false with the exception set when it fails.</summary>
    static bool WriteRaw(PyObject file, PyObject text)
    {
        var r = Calls.CallMethod(file, "write", text);
        Py.DECREF(text);
        if (r == null) return false;
        Py.DECREF(r);
        return true;
    }
}
