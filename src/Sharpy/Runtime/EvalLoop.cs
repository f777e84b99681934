using System;
using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>The bytecode interpreter (Python/ceval.c, Python/bytecodes.c).</summary>
public static partial class EvalLoop
{
    /// <summary>A C#-to-Python call: the caller keeps its references to the arguments.</summary>
    public static PyObject? CallFunctionFromCSharp(PyFunction func, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
        => Errors.SetString(PyExc.SystemError, "the eval loop is not built yet");
}
