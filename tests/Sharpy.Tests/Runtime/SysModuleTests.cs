using Sharpy.Objects;
using Sharpy.Runtime;
using Xunit;

namespace Sharpy.Tests.Runtime;

/// <summary>What the foundation issue asks of sys: Python 3.14.2, implementation 'sharpy' with its own cache tag.</summary>
public class SysModuleTests
{
    public SysModuleTests() => Interpreter.Initialize();

    [Fact]
    public void VersionInfoIs3142Final()
    {
        var vi = (PyTuple)Interpreter.Sys.Dict.GetItemString("version_info")!;
        Assert.Equal("sys.version_info(major=3, minor=14, micro=2, releaselevel='final', serial=0)", Abstract.ReprString(vi));
        Assert.Equal(3L, ((PyLong)Abstract.GetAttr(vi, "major")!).Value);
    }

    [Fact]
    public void ImplementationIsSharpyWithItsOwnCacheTag()
    {
        var impl = Interpreter.Sys.Dict.GetItemString("implementation")!;
        Assert.Equal("sharpy", ((PyUnicode)Abstract.GetAttr(impl, "name")!).Value);
        // The tag names this build: "sharpy-314-" and 8 hex digits of the module version id.
        Assert.Matches("^sharpy-314-[0-9a-f]{8}$", ((PyUnicode)Abstract.GetAttr(impl, "cache_tag")!).Value);
    }
}
