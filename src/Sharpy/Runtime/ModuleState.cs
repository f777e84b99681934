using System.Runtime.CompilerServices;
using System.Threading;

namespace Sharpy.Runtime;

/// <summary>
/// The per-interpreter state of a builtin module whose static types need it (CPython's module
/// state, found through PyType_GetModuleByDef). Each state class is given a slot number once
/// per process, and every interpreter keeps its states in an array by that number, so finding
/// a state is an index: decimal arithmetic and struct packing look theirs up on every call.
/// </summary>
public static class ModuleState<T> where T : class
{
    static readonly int s_slot = ModuleStateSlots.Allocate();

    /// <summary>The current interpreter's state; its module has been initialized.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Get() => (T)Interpreter.Current.ModuleStates[s_slot]!;

    /// <summary>The interpreter's state, or null before its module's first import.</summary>
    public static T? Find(InterpreterState interp)
    {
        var slots = interp.ModuleStates;
        return s_slot < slots.Length ? (T?)slots[s_slot] : null;
    }

    public static void Set(InterpreterState interp, T state)
    {
        if (s_slot >= interp.ModuleStates.Length)
            System.Array.Resize(ref interp.ModuleStates, System.Math.Max(s_slot + 1, interp.ModuleStates.Length * 2));
        interp.ModuleStates[s_slot] = state;
    }
}

static class ModuleStateSlots
{
    static int s_count;

    public static int Allocate() => Interlocked.Increment(ref s_count) - 1;
}
