using System;
using System.Collections.Generic;
using System.Text;
using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// Printing an exception with its traceback the way CPython 3.14's default excepthook does
/// (Lib/traceback.py's format, which PyErr_Display uses): chained causes and contexts,
/// "Traceback (most recent call last):", one entry per frame with its source line, then
/// "Type: message" and any notes. Print is PyErr_Display's own printer, the fallback when
/// traceback.py cannot run, which draws no caret lines (3.13+); Format, the text a .NET host
/// is given, keeps them.
/// </summary>
public static partial class TracebackPrinter
{
    const int RecursiveCutoff = 3;

    public static void Print(PyBaseException exc, PyObject? file)
    {
        var sb = new StringBuilder();
        Format(exc, sb, carets: false);
        Write(file, sb.ToString());
    }

    /// <summary>
    /// _PyErr_Display: a traceback given goes on an exception that has none; then
    /// traceback._print_exception_bltin formats it (suggestions, colour; it writes to sys.stderr
    /// whatever file is given, as 3.14's does), and this printer writes to file when the
    /// traceback module cannot run or refuses the value.
    /// </summary>
    public static void Display(PyObject? file, PyObject value, PyObject? traceback)
    {
        if (value is PyBaseException e && e.Traceback == null && traceback is PyTraceBack t) e.Traceback = Py.NewRef(t);
        var printer = Import.ImportModuleAttr("traceback", "_print_exception_bltin");
        var r = printer == null ? null : Calls.CallOneArg(printer, value);
        Py.XDECREF(printer);
        if (r != null)
        {
            Py.DECREF(r);
            return;
        }
        Errors.Clear();
        if (value is PyBaseException exc) Print(exc, file);
        else Write(file, $"TypeError: print_exception(): Exception expected for value, {value.ob_type.tp_name} found\n");
    }

    /// <summary>What Print would write, with the caret lines traceback.py draws.</summary>
    public static string Format(PyBaseException exc)
    {
        var sb = new StringBuilder();
        Format(exc, sb, carets: true);
        return sb.ToString();
    }

    /// <summary>
    /// The default sys.unraisablehook's report after its header line(s) (write_unraisable_exc_file):
    /// traceback._print_exception_bltin(exc, file) when it accepts those arguments (3.14.2's takes
    /// the exception alone, so the report falls back), else what the C printer draws: the
    /// traceback with source lines but no carets, then "module.Type: message", with no chained
    /// exceptions and no notes.
    /// </summary>
    public static void PrintUnraisable(string header, PyObject excType, PyObject excValue, PyObject excTb, PyObject file)
    {
        if (header.Length > 0) Write(file, header);
        if (Import.ImportModuleAttr("traceback", "_print_exception_bltin") is { } printer)
        {
            var r = Calls.CallTwoArgs(printer, excValue, file);
            Py.DECREF(printer);
            if (r != null) { Py.DECREF(r); return; }
        }
        Errors.Clear();
        var sb = new StringBuilder();
        if (excTb is PyTraceBack tb)
        {
            sb.Append("Traceback (most recent call last):\n");
            FormatStack(tb, sb, carets: false);
        }
        if (excType is PyType type)
        {
            var module = TypeAttrs.ModuleName(type);
            if (Errors.Occurred()) Errors.Clear();
            if (module == null) sb.Append("<unknown>");
            else if (module != "builtins" && module != "__main__") sb.Append(module).Append('.');
            sb.Append(TypeAttrs.QualName(type));
            if (excValue != Py.None)
            {
                var str = Abstract.Str(excValue);
                if (str == null) { Errors.Clear(); sb.Append(": <exception str() failed>"); }
                else { sb.Append(": ").Append(((PyUnicode)str).Value); Py.DECREF(str); }
            }
            sb.Append('\n');
        }
        Write(file, sb.ToString());
    }

    static void Write(PyObject? file, string text)
    {
        if (file != null && file != Py.None)
        {
            var s = PyUnicode.FromString(text);
            var r = Calls.CallMethod(file, "write", s);
            Py.DECREF(s);
            if (r != null)
            {
                Py.DECREF(r);
                var fl = Calls.CallMethod(file, "flush");
                if (fl == null) Errors.Clear(); else Py.DECREF(fl);
                return;
            }
            Errors.Clear();
        }
        FileUtils.WriteNoRaise(2, text);
    }

    const int MaxGroupWidth = 15, MaxGroupDepth = 10;

    /// <summary>
    /// What traceback.py's TracebackException holds for one exception: the chained and
    /// (for a group) nested exceptions it will print. Built breadth-first with one set of
    /// seen exceptions, as TracebackException's constructor does, so an exception reachable
    /// twice is printed once.
    /// </summary>
    sealed class Node(PyBaseException exc)
    {
        public readonly PyBaseException Exc = exc;
        public Node? Cause, Context;
        public List<Node>? Exceptions;
    }

    static Node Build(PyBaseException exc)
    {
        var seen = new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance) { exc };
        var root = new Node(exc);
        var queue = new List<Node> { root };
        Node Make(PyBaseException e)
        {
            seen.Add(e);
            return new Node(e);
        }
        while (queue.Count > 0)
        {
            var te = queue[^1];
            queue.RemoveAt(queue.Count - 1);
            var e = te.Exc;
            // compact=True, as the default excepthook formats: a context only without a cause.
            if (e.Cause != null && !seen.Contains(e.Cause)) te.Cause = Make(e.Cause);
            if (e.Context != null && te.Cause == null && !e.SuppressContext && !seen.Contains(e.Context))
                te.Context = Make(e.Context);
            if (e is PyBaseExceptionGroup eg)
            {
                te.Exceptions = new List<Node>();
                foreach (var sub in eg.Excs.Items) te.Exceptions.Add(Make((PyBaseException)sub));
            }
            if (te.Cause != null) queue.Add(te.Cause);
            if (te.Context != null) queue.Add(te.Context);
            if (te.Exceptions != null) queue.AddRange(te.Exceptions);
        }
        return root;
    }

    /// <summary>traceback.py's _ExceptionPrintContext: the group depth and the margin it draws.</summary>
    sealed class PrintContext(StringBuilder sb, bool carets)
    {
        public readonly StringBuilder Sb = sb;
        public readonly bool Carets = carets;
        public int Depth;
        public bool NeedClose;

        public string Indent() => new(' ', 2 * Depth);

        /// <summary>Each line of <paramref name="text"/>, behind the margin when inside a group.</summary>
        public void Emit(string text, char margin = '|')
        {
            if (Depth == 0) { Sb.Append(text); return; }
            var prefix = Indent() + margin + ' ';
            int start = 0;
            while (start < text.Length)
            {
                int nl = text.IndexOf('\n', start);
                int end = nl < 0 ? text.Length : nl + 1;
                Sb.Append(prefix).Append(text, start, end - start);
                start = end;
            }
        }
    }

    static void Format(PyBaseException exc, StringBuilder sb, bool carets)
        => Format(Build(exc), new PrintContext(sb, carets));

    /// <summary>TracebackException.format: the chain, oldest first, each with its traceback and message; groups in boxes.</summary>
    static void Format(Node node, PrintContext ctx)
    {
        var output = new List<(string? Msg, Node Node)>();
        for (Node? n = node; n != null;)
        {
            if (n.Cause != null)
            {
                output.Add(("\nThe above exception was the direct cause of the following exception:\n\n", n));
                n = n.Cause;
            }
            else if (n.Context != null && !n.Exc.SuppressContext)
            {
                output.Add(("\nDuring handling of the above exception, another exception occurred:\n\n", n));
                n = n.Context;
            }
            else
            {
                output.Add((null, n));
                n = null;
            }
        }
        for (int k = output.Count - 1; k >= 0; k--)
        {
            var (msg, te) = output[k];
            if (msg != null) ctx.Emit(msg);
            var tb = te.Exc.Traceback as PyTraceBack;
            if (te.Exceptions == null)
            {
                if (tb != null)
                {
                    ctx.Emit("Traceback (most recent call last):\n");
                    ctx.Emit(StackText(tb, ctx.Carets));
                }
                ctx.Emit(ExceptionOnlyText(te.Exc));
                continue;
            }
            if (ctx.Depth > MaxGroupDepth)
            {
                ctx.Emit($"... (max_group_depth is {MaxGroupDepth})\n");
                continue;
            }
            bool topLevel = ctx.Depth == 0;
            if (topLevel) ctx.Depth++;
            if (tb != null)
            {
                ctx.Emit("Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
                ctx.Emit(StackText(tb, ctx.Carets));
            }
            ctx.Emit(ExceptionOnlyText(te.Exc));
            int numExcs = te.Exceptions.Count;
            int count = numExcs <= MaxGroupWidth ? numExcs : MaxGroupWidth + 1;
            ctx.NeedClose = false;
            for (int i = 0; i < count; i++)
            {
                bool last = i == count - 1;
                if (last) ctx.NeedClose = true; // the closing line may come from a nested call
                bool truncated = i >= MaxGroupWidth;
                string title = truncated ? "..." : (i + 1).ToString();
                ctx.Sb.Append(ctx.Indent()).Append(i == 0 ? "+-" : "  ").Append("+---------------- ").Append(title).Append(" ----------------\n");
                ctx.Depth++;
                if (!truncated) Format(te.Exceptions[i], ctx);
                else
                {
                    int remaining = numExcs - MaxGroupWidth;
                    ctx.Emit($"and {remaining} more exception{(remaining > 1 ? "s" : "")}\n");
                }
                if (last && ctx.NeedClose)
                {
                    ctx.Sb.Append(ctx.Indent()).Append("+------------------------------------\n");
                    ctx.NeedClose = false;
                }
                ctx.Depth--;
            }
            if (topLevel) ctx.Depth = 0;
        }
    }

    static string StackText(PyTraceBack tb, bool carets)
    {
        var sb = new StringBuilder();
        FormatStack(tb, sb, carets);
        return sb.ToString();
    }

    static string ExceptionOnlyText(PyBaseException exc)
    {
        var sb = new StringBuilder();
        FormatExceptionOnly(exc, sb);
        return sb.ToString();
    }

    static void FormatStack(PyTraceBack? tb, StringBuilder sb, bool carets)
    {
        string? lastFile = null, lastName = null;
        int lastLine = -1, count = 0;
        for (; tb != null; tb = tb.Next)
        {
            var code = tb.Frame.Code;
            string file = code.Filename.Value, name = code.Name.Value;
            int line = tb.LineNumber;
            if (file != lastFile || line != lastLine || name != lastName)
            {
                if (count > RecursiveCutoff) AppendRepeated(sb, count - RecursiveCutoff);
                lastFile = file; lastLine = line; lastName = name;
                count = 0;
            }
            count++;
            if (count > RecursiveCutoff) continue;
            sb.Append("  File \"").Append(file).Append("\", line ").Append(line < 0 ? "None" : line.ToString()).Append(", in ").Append(name).Append('\n');
            SourceExcerpt.Append(sb, code, tb.Instr, carets);
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
            SyntaxErrorFormat.Append(sb, (PySyntaxError)exc, typeName);
        }
        else
        {
            sb.Append(typeName);
            if (msg.Length > 0) sb.Append(": ").Append(msg);
            sb.Append('\n');
        }
        AppendNotes(exc, sb);
    }

    /// <summary>
    /// The notes: each line of each str(note) when __notes__ is a sequence (not str or bytes),
    /// else its repr; a failing str() or getattr prints a placeholder, as traceback.py does.
    /// </summary>
    static void AppendNotes(PyBaseException exc, StringBuilder sb)
    {
        PyObject? notes;
        if (Abstract.LookupAttr(exc, PyUnicode.Intern("__notes__"), out notes) < 0)
        {
            var err = Errors.GetRaisedException()!;
            var r = Abstract.ReprString(err);
            if (r == null) { Errors.Clear(); r = "<__notes__ repr() failed>"; }
            Py.DECREF(err);
            sb.Append("Ignored error getting __notes__: ").Append(r).Append('\n');
            return;
        }
        if (notes == null || notes == Py.None) { Py.XDECREF(notes); return; }
        if (notes is PyList or PyTuple)
        {
            var items = notes is PyList l ? l.Items[..l.Count] : ((PyTuple)notes).Items;
            foreach (var note in items)
            {
                var s = Abstract.Str(note);
                string text;
                if (s == null) { Errors.Clear(); text = "<note str() failed>"; }
                else { text = ((PyUnicode)s).Value; Py.DECREF(s); }
                sb.Append(text).Append('\n');
            }
        }
        else
        {
            var r = Abstract.ReprString(notes);
            if (r == null) { Errors.Clear(); r = "<__notes__ repr() failed>"; }
            sb.Append(r).Append('\n');
        }
        Py.DECREF(notes);
    }
}
