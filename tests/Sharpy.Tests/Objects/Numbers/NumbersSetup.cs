using Sharpy.Runtime;

namespace Sharpy.Tests.Objects.Numbers;

/// <summary>Start-up for the number tests.</summary>
internal static class NumbersSetup
{
    public static void Init() => Interpreter.Initialize();
}
