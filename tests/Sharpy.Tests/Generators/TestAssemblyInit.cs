using System.Runtime.CompilerServices;
using Sharpy.Runtime;

namespace Sharpy.Tests.Generators;

internal static class TestAssemblyInit
{
    /// <summary>
    /// The interpreter is process-wide and its start-up is not thread-safe, while xunit runs
    /// test classes in parallel: start it (and this assembly's declared types) once, when
    /// the test assembly loads, before any test runs.
    /// </summary>
    [ModuleInitializer]
    internal static void Init()
    {
        Interpreter.Initialize();
        SharpyDeclaredTypes.Init();
    }
}
