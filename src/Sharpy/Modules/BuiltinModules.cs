using Sharpy.Objects;

namespace Sharpy.Modules;

/// <summary>
/// The table of modules written in C# (CPython's PyImport_Inittab). The generated half
/// (BuiltinModules.g.cs) lists every class declared [PyModule("name")]: <c>Table</c>,
/// sorted by name, and <c>CreateDeclared</c>.
/// </summary>
public static partial class BuiltinModules
{
    /// <summary>Create the builtin module <paramref name="name"/>; null (no error) if there is none.</summary>
    public static PyModule? Create(string name) => CreateDeclared(name);
}
