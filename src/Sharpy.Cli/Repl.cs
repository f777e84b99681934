using System;
using System.Text;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Cli;

/// <summary>
/// The interactive prompt: ">>> " and "... " for continuation lines, each statement compiled
/// in 'single' mode (expression results go through sys.displayhook), errors printed and the
/// session kept.
/// </summary>
internal static class Repl
{
    public static int Run(PyModule main, bool quiet)
    {
        if (!quiet)
            Console.Error.Write($"Python {Sharpy.Modules.Version.Number} (sharpy) on .NET\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
        var buffer = new StringBuilder();
        while (true)
        {
            Console.Out.Write(buffer.Length == 0 ? ">>> " : "... ");
            Console.Out.Flush();
            var line = Console.In.ReadLine();
            if (line == null)
            {
                Console.Out.Write("\n");
                return 0;
            }
            buffer.Append(line).Append('\n');
            var text = buffer.ToString();
            if (NeedsMore(text, line)) continue;
            buffer.Clear();
            if (text.Trim().Length == 0) continue;
            // The blank line that ends a block is not part of the statement.
            var code = Pipeline.CompileString(text.TrimEnd('\n', ' ') + "\n", "<stdin>", Sharpy.Parser.ParseMode.Single);
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

    /// <summary>Is the statement unfinished? A block opened by ':' runs until a blank line; open brackets continue.</summary>
    static bool NeedsMore(string text, string lastLine)
    {
        int depth = 0;
        foreach (var c in text)
        {
            if (c == '(' || c == '[' || c == '{') depth++;
            else if (c == ')' || c == ']' || c == '}') depth--;
        }
        if (depth > 0) return true;
        bool multiLine = text.IndexOf('\n') < text.Length - 1;
        if (lastLine.TrimEnd().EndsWith(':') || lastLine.TrimEnd().EndsWith('\\')) return true;
        return multiLine && lastLine.Trim().Length > 0;
    }
}
