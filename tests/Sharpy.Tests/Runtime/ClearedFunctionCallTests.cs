using System.Reflection;
using Sharpy.Hosting;
using Sharpy.Objects;
using Xunit;

namespace Sharpy.Tests.Runtime;

/// <summary>
/// A function the cycle collector cleared (tp_clear drops its globals) raises SystemError if
/// it is ever called, from Python or from C#, instead of crashing the host. (Not a case:
/// the collector never lets Python code reach a cleared object, so the state is made here
/// by calling Clear directly.)
/// </summary>
public class ClearedFunctionCallTests
{
    [Fact]
    public void CallingAClearedFunctionRaisesSystemError()
    {
        var engine = new PythonEngine();
        engine.Execute("def f(x, y=2): return x\ndef direct(): return f(1)\ndef bound(): return f(1, y=3)\n");
        using (var f = engine.GetGlobal("f")!)
            typeof(PyFunction).GetMethod("Clear", BindingFlags.Instance | BindingFlags.NonPublic)!.Invoke(f.Object, null);
        foreach (var call in new[] { "direct()", "bound()", "list(map(f, [1]))" })
        {
            var e = Assert.Throws<PythonException>(() => engine.Evaluate(call));
            Assert.Equal("SystemError", e.PythonType);
            Assert.Contains("globals were cleared", e.Message);
        }
    }
}
