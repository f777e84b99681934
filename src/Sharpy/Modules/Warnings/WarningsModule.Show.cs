using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

// Showing a warning (Python/_warnings.c: call_show_warning, show_warning, get_source_line):
// through warnings._showwarnmsg when the `warnings` module is there, so showwarning hooks,
// formatwarning and catch_warnings(record=True) see it; printed directly when it is not.
public static partial class WarningsModule
{
    /// <summary>
    /// call_show_warning: warnings._showwarnmsg(WarningMessage(...)); without `warnings` (it is
    /// imported for a warning with a source object, whose report can name where the source
    /// was allocated), printed as <see cref="ShowWarning"/> does. -1 with an exception set.
    /// </summary>
    static int CallShowWarning(PyObject category, PyObject text, PyObject message, PyObject filename, PyObject lineObj,
        PyObject? sourceLine, PyObject? source)
    {
        var showFn = GetWarningsAttr("_showwarnmsg", source != null);
        if (showFn == null)
        {
            if (Errors.Occurred()) return -1;
            ShowWarning(filename, lineObj, text, category, sourceLine);
            return 0;
        }
        if (showFn.ob_type.tp_call == null)
        {
            Py.DECREF(showFn);
            Errors.SetString(PyExc.TypeError, "warnings._showwarnmsg() must be set to a callable");
            return -1;
        }
        var warnmsgCls = GetWarningsAttr("WarningMessage", false);
        if (warnmsgCls == null)
        {
            if (!Errors.Occurred()) Errors.SetString(PyExc.RuntimeError, "unable to get warnings.WarningMessage");
            Py.DECREF(showFn);
            return -1;
        }
        var msg = Calls.CallArgs(warnmsgCls, message, category, filename, lineObj, Py.None, Py.None, source ?? Py.None);
        Py.DECREF(warnmsgCls);
        if (msg == null)
        {
            Py.DECREF(showFn);
            return -1;
        }
        var res = Calls.CallOneArg(showFn, msg);
        Py.DECREF(showFn);
        Py.DECREF(msg);
        if (res == null) return -1;
        Py.DECREF(res);
        return 0;
    }

    /// <summary>
    /// show_warning: "filename:lineno: category: text" and the source line (given, or read
    /// from the file, indented by two) on sys.stderr ("lost sys.stderr" on the C stderr
    /// without one). What fails here is dropped.
    /// </summary>
    static void ShowWarning(PyObject filename, PyObject lineObj, PyObject text, PyObject category, PyObject? sourceLine)
    {
        var name = Abstract.GetAttr(category, "__name__");
        if (name == null) { Errors.Clear(); return; }
        var stderr = Interpreter.Sys.Dict.GetItemString("stderr");
        if (stderr == null)
        {
            FileUtils.WriteNoRaise(2, "lost sys.stderr\n");
            Py.DECREF(name);
            return;
        }
        Py.INCREF(stderr);
        var sb = new System.Text.StringBuilder();
        bool ok = AppendStr(sb, filename) && AppendStr(sb.Append(':'), lineObj) && AppendStr(sb.Append(": "), name)
            && AppendStr(sb.Append(": "), text);
        Py.DECREF(name);
        if (ok)
        {
            sb.Append('\n');
            if (sourceLine is PyUnicode line)
            {
                // CPython writes the given line as it is (its stripped copy goes unused).
                sb.Append(line.Value).Append('\n');
            }
            else if (filename is PyUnicode file && lineObj is PyLong l && l.TryGetLong(out long lineno)
                && SourceLines.Get(file.Value, (int)lineno) is { } src && src.Trim().Length > 0)
            {
                sb.Append("  ").Append(src.Trim()).Append('\n');
            }
            var s = PyUnicode.FromString(sb.ToString());
            var r = Calls.CallMethod(stderr, "write", s);
            Py.DECREF(s);
            Py.XDECREF(r);
        }
        Py.DECREF(stderr);
        Errors.Clear();
    }

    static bool AppendStr(System.Text.StringBuilder sb, PyObject o)
    {
        var s = Abstract.Str(o);
        if (s == null) return false;
        sb.Append(((PyUnicode)s).Value);
        Py.DECREF(s);
        return true;
    }

    /// <summary>
    /// get_source_line: line <paramref name="lineno"/> of the source that the loader of the
    /// module whose globals are given returns (importlib's _bless_my_loader picks the loader).
    /// A new reference, or null: with an exception set on error, without one when there is no source.
    /// </summary>
    static PyObject? GetSourceLine(PyDict moduleGlobals, int lineno)
    {
        var importlib = Interpreter.Current.Importlib;
        if (importlib == null) return null;
        var external = Abstract.GetAttr(importlib, "_bootstrap_external");
        if (external == null) return null;
        var loader = Calls.CallMethod(external, "_bless_my_loader", moduleGlobals);
        Py.DECREF(external);
        if (loader == null) return null;
        var moduleName = moduleGlobals.GetItemWithError(PyUnicode.Intern("__name__"));
        if (moduleName == null)
        {
            Py.DECREF(loader);
            return null;
        }
        Py.INCREF(moduleName);
        int found = Abstract.LookupAttr(loader, PyUnicode.Intern("get_source"), out var getSource);
        Py.DECREF(loader);
        if (found <= 0)
        {
            Py.DECREF(moduleName);
            return null;
        }
        var source = Calls.CallOneArg(getSource!, moduleName);
        Py.DECREF(getSource!);
        Py.DECREF(moduleName);
        if (source == null) return null;
        if (source == Py.None) return null;
        // PyUnicode_Splitlines: the str's own lines, whatever a subclass's splitlines() does.
        if (source is not PyUnicode text)
        {
            Py.DECREF(source);
            return Errors.SetString(PyExc.TypeError, "bad argument type for built-in operation");
        }
        var lines = PyUnicode.SplitLines(text);
        Py.DECREF(source);
        if (lines == null) return null;
        if (lines is not PyList list || lineno - 1 < 0 || lineno - 1 >= list.Count)
        {
            Py.DECREF(lines);
            Errors.SetString(PyExc.IndexError, "list index out of range");
            return null;
        }
        var line = Py.NewRef(list.Items[lineno - 1]);
        Py.DECREF(lines);
        return line;
    }
}
