using Sharpy.Objects;

namespace Sharpy.Modules;

/// <summary>The `sys` module (Python/sysmodule.c).</summary>
public static partial class SysModule
{
    /// <summary>sys.stderr, borrowed; null when unset.</summary>
    public static PyObject? StdErr() => Sharpy.Runtime.Interpreter.Sys?.Dict.GetItemString("stderr");
}
