using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Sharpy.Parser;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Cli;

/// <summary>
/// The interactive prompt: ">>> " and "... " for continuation lines, each statement compiled
/// in 'single' mode (expression results go through sys.displayhook), errors printed and the
/// session kept. The banner and the prompts go to stderr, as PyOS_StdioReadline writes them.
/// </summary>
internal static class Repl
{
    public static int Run(PyModule main, bool quiet)
    {
        if (!quiet)
            FileUtils.WriteNoRaise(2, $"Python {Sharpy.Modules.Version.Number} (sharpy) on .NET\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
        var lines = new List<string>();
        while (true)
        {
            FileUtils.WriteNoRaise(2, lines.Count == 0 ? ">>> " : "... ");
            var line = Console.In.ReadLine();
            if (line == null)
            {
                FileUtils.WriteNoRaise(2, "\n");
                return 0;
            }
            lines.Add(line);
            var source = string.Join('\n', lines);
            var code = MaybeCompile(source, out bool more);
            if (more) continue;
            lines.Clear();
            if (code != null) RegisterSource(code, source);
            PyObject? r = code == null ? null : EvalLoop.EvalCode(code, main.Dict, main.Dict);
            Py.XDECREF(code);
            if (r == null)
            {
                if (Errors.ExceptionMatches(PyExc.SystemExit)) return Runner.HandleUncaught();
                Runner.HandleUncaught();
            }
            else Py.DECREF(r);
            Sharpy.Modules.SysModule.FlushStdFiles();
        }
    }

    /// <summary>
    /// linecache._register_code, as the interactive loop does since 3.13: tracebacks then
    /// show the lines of a statement typed at the prompt. A failure here is not the user's.
    /// </summary>
    static void RegisterSource(PyCode code, string source)
    {
        var linecache = Import.ImportModule("linecache");
        if (linecache != null)
        {
            var text = PyUnicode.FromString(source);
            var name = PyUnicode.FromString("<stdin>");
            Py.XDECREF(Calls.CallMethod(linecache, "_register_code", code, text, name));
            Py.DECREF(text);
            Py.DECREF(name);
            Py.DECREF(linecache);
        }
        Errors.Clear();
    }

    /// <summary>
    /// codeop's _maybe_compile, as code.InteractiveConsole uses it: the statement typed so far
    /// compiled in 'single' mode, or <paramref name="more"/> when it is unfinished (the parser
    /// ran out of input, with or without one more newline), or null with the SyntaxError set.
    /// </summary>
    static PyCode? MaybeCompile(string source, out bool more)
    {
        more = false;
        // Only blank lines and comments: nothing to run.
        if (source.Split('\n').All(l => l.Trim() is "" or ['#', ..])) source = "pass";
        const ParseFlags probe = ParseFlags.DontImplyDedent | ParseFlags.AllowIncompleteInput;
        var code = Pipeline.Compile(Encoding.UTF8.GetBytes(source), "<stdin>", ParseMode.Single, probe);
        if (code == null && Errors.ExceptionMatches(PyExc.SyntaxError))
        {
            Errors.Clear();
            code = Pipeline.Compile(Encoding.UTF8.GetBytes(source + "\n"), "<stdin>", ParseMode.Single, probe);
            if (code != null || Errors.ExceptionMatches(PyExc.IncompleteInputError))
            {
                Py.XDECREF(code);
                Errors.Clear();
                more = true;
                return null;
            }
            Errors.Clear();
        }
        Py.XDECREF(code);
        return Pipeline.Compile(Encoding.UTF8.GetBytes(source), "<stdin>", ParseMode.Single);
    }
}
