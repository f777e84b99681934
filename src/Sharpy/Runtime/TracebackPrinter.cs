using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>Printing exceptions with their tracebacks (Python/pythonrun.c, Lib/traceback.py's format).</summary>
public static partial class TracebackPrinter
{
    public static void PrintUnraisable(string header, PyBaseException exc, PyObject? file)
    {
        System.Console.Error.WriteLine(header + ":");
    }
}
