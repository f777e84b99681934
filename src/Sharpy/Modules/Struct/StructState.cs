using System.Collections.Generic;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Struct;

/// <summary>_structmodulestate: struct.error and the cache of compiled formats of the module functions.</summary>
internal sealed class StructState(PyType error)
{
    public readonly PyType Error = error;
    public readonly Dictionary<string, StructObject> Cache = new();

    /// <summary>The current interpreter's state (the module has been imported, or no Struct could exist).</summary>
    public static StructState Get() => ModuleState<StructState>.Get();
}
