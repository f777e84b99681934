using System.Collections.Generic;
using System.Text;
using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// Printing an exception with its traceback the way CPython 3.14's default excepthook does
/// (Lib/traceback.py's format, which PyErr_Display uses): chained causes and contexts,
/// "Traceback (most recent call last):", one entry per frame with its source line and the
/// caret line, then "Type: message" and any notes.
/// </summary>
public static partial class TracebackPrinter
{
    const int RecursiveCutoff = 3;

    [System.ThreadStatic] static bool s_noCarets;

    public static void Print(PyBaseException exc, PyObject? file)
    {
        var sb = new StringBuilder();
        Format(exc, sb, new HashSet<PyBaseException>());
        Write(file, sb.ToString());
    }

    /// <summary>The text Print would write.</summary>
    public static string Format(PyBaseException exc)
    {
        var sb = new StringBuilder();
        Format(exc, sb, new HashSet<PyBaseException>());
        return sb.ToString();
    }

    /// <summary>
    /// The default sys.unraisablehook: the header, then the traceback as the C printer
    /// (PyTraceBack_Print) draws it, with source lines but no caret lines.
    /// </summary>
    public static void PrintUnraisable(string header, PyBaseException exc, PyObject? file)
    {
        var sb = new StringBuilder();
        sb.Append(header).Append(":\n");
        s_noCarets = true;
        try
        {
            Format(exc, sb, new HashSet<PyBaseException>());
        }
        finally
        {
            s_noCarets = false;
        }
        Write(file, sb.ToString());
    }

    static void Write(PyObject? file, string text)
    {
        if (file is Sharpy.Modules.TextStream ts)
        {
            if (ts.Write(text) < 0 || ts.Flush() < 0) Errors.Clear();
            return;
        }
        if (file != null && file != PyNone.None)
        {
            var s = PyUnicode.FromString(text);
            var r = Calls.CallMethod(file, "write", s);
            Py.DECREF(s);
            if (r != null) { Py.DECREF(r); return; }
            Errors.Clear();
        }
        System.Console.Error.Write(text);
    }

    static void Format(PyBaseException exc, StringBuilder sb, HashSet<PyBaseException> seen)
    {
        seen.Add(exc);
        if (exc.Cause != null && !seen.Contains(exc.Cause))
        {
            Format(exc.Cause, sb, seen);
            sb.Append("\nThe above exception was the direct cause of the following exception:\n\n");
        }
        else if (exc.Context != null && !exc.SuppressContext && !seen.Contains(exc.Context))
        {
            Format(exc.Context, sb, seen);
            sb.Append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        if (exc.Traceback is PyTraceBack tb)
        {
            sb.Append("Traceback (most recent call last):\n");
            FormatStack(tb, sb);
        }
        FormatExceptionOnly(exc, sb);
    }

    static void FormatStack(PyTraceBack? tb, StringBuilder sb)
    {
        string? lastFile = null, lastName = null;
        int lastLine = -1, count = 0;
        for (; tb != null; tb = tb.Next)
        {
            var code = tb.Frame.Code;
            string file = code.Filename.Value, name = code.Name.Value;
            int line = tb.Lineno;
            if (file != lastFile || line != lastLine || name != lastName)
            {
                if (count > RecursiveCutoff) AppendRepeated(sb, count - RecursiveCutoff);
                lastFile = file; lastLine = line; lastName = name;
                count = 0;
            }
            count++;
            if (count > RecursiveCutoff) continue;
            sb.Append("  File \"").Append(file).Append("\", line ").Append(line < 0 ? "None" : line.ToString()).Append(", in ").Append(name).Append('\n');
            SourceExcerpt.Append(sb, code, tb.Lasti, carets: !s_noCarets);
        }
        if (count > RecursiveCutoff) AppendRepeated(sb, count - RecursiveCutoff);
    }

    static void AppendRepeated(StringBuilder sb, int n)
        => sb.Append("  [Previous line repeated ").Append(n).Append(" more time").Append(n > 1 ? "s" : "").Append("]\n");

    /// <summary>The last line: "Type: message" (qualified with the module for non-builtins), then notes.</summary>
    static void FormatExceptionOnly(PyBaseException exc, StringBuilder sb)
    {
        var type = exc.ob_type;
        var module = TypeAttrs.ModuleName(type);
        var qual = TypeAttrs.QualName(type);
        var typeName = module == null || module == "builtins" || module == "__main__" ? qual : module + "." + qual;
        var s = Abstract.Str(exc);
        string? msg;
        if (s == null)
        {
            Errors.Clear();
            msg = "<exception str() failed>";
        }
        else
        {
            msg = ((PyUnicode)s).Value;
            Py.DECREF(s);
        }
        msg += ExceptionSuggestions.For(exc);
        if (Abstract.IsSubtype(type, PyExc.SyntaxError))
        {
            SyntaxErrorFormat.Append(sb, exc, typeName);
        }
        else
        {
            sb.Append(typeName);
            if (msg.Length > 0) sb.Append(": ").Append(msg);
            sb.Append('\n');
        }
        if (exc.Notes != null)
        {
            for (int i = 0; i < exc.Notes.Count; i++)
            {
                var note = exc.Notes.Items[i];
                var ns = note is PyUnicode nu ? nu.Value : Abstract.ReprString(note) ?? "<note str() failed>";
                sb.Append(ns).Append('\n');
            }
        }
    }
}
