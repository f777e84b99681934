using Sharpy.Objects;

namespace Sharpy.Modules;

/// <summary>The table of modules written in C# (CPython's PyImport_Inittab).</summary>
public static partial class BuiltinModules
{
    /// <summary>Create the builtin module <paramref name="name"/>; null (no error) if there is none.</summary>
    public static PyModule? Create(string name)
    {
        switch (name)
        {
            case "builtins":
                {
                    var m = new PyModule(name);
                    BuiltinsModule.InitModule(m);
                    return m;
                }
            case "sys":
                {
                    var m = new PyModule(name);
                    SysModule.InitModule(m);
                    return m;
                }
            case "_weakref":
                {
                    var m = new PyModule(name);
                    WeakrefModule.InitModule(m);
                    return m;
                }
            case "gc":
                return new PyModule(name);
            default:
                return null;
        }
    }
}
