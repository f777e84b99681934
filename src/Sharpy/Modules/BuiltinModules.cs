using Sharpy.Objects;

namespace Sharpy.Modules;

/// <summary>The table of modules written in C# (CPython's PyImport_Inittab).</summary>
public static partial class BuiltinModules
{
    /// <summary>Create the builtin module <paramref name="name"/>; null if there is none.</summary>
    public static PyModule Create(string name) => new PyModule(name);
}
