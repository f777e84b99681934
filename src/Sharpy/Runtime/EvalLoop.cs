using System;
using System.Runtime.CompilerServices;
using Sharpy.Compiler;
using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// The bytecode interpreter (Python/ceval.c with Python/bytecodes.c): one method with a
/// switch on the opcode. Python-to-Python calls push a frame and continue in the same
/// loop (no C# recursion), moving the argument references from the caller's stack into
/// the callee's locals; a C#-to-Python call (<see cref="CallFunctionFromCSharp"/>) holds
/// its own references until the call returns.
/// </summary>
public static partial class EvalLoop
{
    /// <summary>A C#-to-Python call: the caller keeps its references to the arguments.</summary>
    public static PyObject? CallFunctionFromCSharp(PyFunction func, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var ts = ThreadState.Current;
        var frame = FrameSetup.PushFrameForCall(ts, func, args, kwnames, argsAreBorrowed: true);
        if (frame == null) return null;
        return Run(ts, frame);
    }

    /// <summary>
    /// Run a module or class body (or exec'd code) with the given namespaces. With a closure
    /// (exec's closure=, PyEval_EvalCodeEx), the frame runs as a function holding those cells.
    /// </summary>
    public static PyObject? EvalCode(PyCode code, PyDict globals, PyObject? locals, PyTuple? closure = null)
    {
        var ts = ThreadState.Current;
        var func = closure == null ? null : new PyFunction(code, globals) { Closure = Py.NewRef(closure) };
        var frame = FrameSetup.PushFrame(ts, code, func, globals, Interpreter.BuiltinsFromGlobals(globals), locals);
        Py.XDECREF(func);
        return Run(ts, frame);
    }

    /// <summary>
    /// Execute <paramref name="entry"/> (and every Python frame it calls) until it returns or
    /// yields. The entry frame's slots are released on return, not on yield.
    /// </summary>
    public static PyObject? Run(ThreadState ts, Frame entry) => Enter(ts, entry, throwing: false, isNewFrame: true);

    /// <summary>Resume a generator's frame, optionally by raising the current exception in it.</summary>
    internal static PyObject? Resume(ThreadState ts, Frame entry, bool throwing) => Enter(ts, entry, throwing, isNewFrame: false);

    /// <summary>Enter the loop from C#, guarding the Python recursion depth.</summary>
    static PyObject? Enter(ThreadState ts, Frame entry, bool throwing, bool isNewFrame)
    {
        // The count is Python's limit; the remaining .NET stack is the C-stack guard of CPython 3.14
        // (a raised limit must not let C#-recursive entries, such as yield from chains, overflow it).
        if (++ts.PyRecursionDepth > ts.PyRecursionLimit || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            ts.PyRecursionDepth--;
            // A new frame that never runs gives its slots back; a suspended generator keeps its own.
            if (isNewFrame) FrameSetup.ClearFrame(ts, entry);
            return Errors.SetString(PyExc.RecursionError, "maximum recursion depth exceeded");
        }
        entry.Previous = ts.CurrentFrame;
        ts.CurrentFrame = entry;
        ts.EvalEntries++;
        var result = Loop(ts, entry, throwing);
        ts.CurrentFrame = entry.Previous;
        ts.PyRecursionDepth--;
        return result;
    }
}
