using Sharpy.Runtime;

namespace Sharpy.Modules.Abc;

/// <summary>_abcmodule_state: the counter that every register() bumps, so that negative caches made before it are stale.</summary>
internal sealed class AbcState
{
    public ulong InvalidationCounter;

    /// <summary>The current interpreter's state (an _abc_data exists only once _abc has been imported).</summary>
    public static AbcState Get() => ModuleState<AbcState>.Get();
}
