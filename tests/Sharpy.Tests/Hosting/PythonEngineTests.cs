using Sharpy.Hosting;
using Xunit;

namespace Sharpy.Tests.Hosting;

public class PythonEngineTests
{
    [Fact]
    public void ExecutesAndEvaluatesInItsOwnNamespace()
    {
        var engine = new PythonEngine();
        engine.Execute("def square(x):\n    return x * x\nresult = [square(i) for i in range(4)]\n");
        using var r = engine.Evaluate("result");
        Assert.Equal("[0, 1, 4, 9]", r.Repr());
        engine.SetGlobal("n", 21L);
        using var doubled = engine.Evaluate("n * 2");
        Assert.Equal(42L, doubled.ToInt64());
    }

    [Fact]
    public void PythonExceptionsCrossTheBoundaryWithTheirTraceback()
    {
        var engine = new PythonEngine();
        var e = Assert.Throws<PythonException>(() => engine.Execute("def f():\n    return 1 / 0\nf()\n", "demo.py"));
        Assert.Equal("ZeroDivisionError", e.PythonType);
        Assert.Equal("ZeroDivisionError: division by zero", e.Message);
        Assert.Contains("File \"demo.py\", line 2, in f", e.Traceback);
        var syntax = Assert.Throws<PythonException>(() => engine.Evaluate("1 +"));
        Assert.Equal("SyntaxError", syntax.PythonType);
    }

    [Fact]
    public void ObjectsLiveExactlyAsLongAsTheirHandles()
    {
        var engine = new PythonEngine();
        engine.Execute("log = []\nclass A:\n    def __del__(self): log.append('del')\n");
        var handle = engine.Evaluate("A()");
        using (var log = engine.Evaluate("len(log)")) Assert.Equal(0L, log.ToInt64());
        handle.Dispose();
        using (var log = engine.Evaluate("len(log)")) Assert.Equal(1L, log.ToInt64());
    }
}

public class ImpossibleSizesTests
{
    /// <summary>64-bit CPython (python3 3.11 here): list(range(10**12)) raises MemoryError at once.</summary>
    [Fact]
    public void HugeLengthHintIsAMemoryError()
    {
        var engine = new PythonEngine();
        var e = Assert.Throws<PythonException>(() => engine.Execute("list(range(10**12))"));
        Assert.Equal("MemoryError", e.PythonType);
    }
}
