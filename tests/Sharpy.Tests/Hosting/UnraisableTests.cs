using System.Text.RegularExpressions;
using Sharpy.Hosting;
using Xunit;

namespace Sharpy.Tests.Hosting;

/// <summary>
/// Exceptions that cannot propagate (from __del__ and weakref callbacks) are reported as
/// CPython 3.14 reports them (checked with the reference interpreter): the header naming the
/// function, then the traceback with source lines and no caret lines.
/// </summary>
public class UnraisableTests
{
    [Fact]
    public void DeallocatorAndWeakrefCallbackErrorsAreReported()
    {
        var engine = new PythonEngine();
        engine.Execute(
            "import sys, _weakref\n" +
            "class Capture:\n" +
            "    def __init__(self): self.parts = []\n" +
            "    def write(self, text): self.parts.append(text)\n" +
            "    def flush(self): pass\n" +
            "saved, sys.stderr = sys.stderr, Capture()\n" +
            "class A:\n" +
            "    def __del__(self):\n" +
            "        raise ValueError('in del')\n" +
            "a = A()\n" +
            "del a\n" +
            "class B: pass\n" +
            "b = B()\n" +
            "def cb(r): raise KeyError('cb')\n" +
            "w = _weakref.ref(b, cb)\n" +
            "del b\n" +
            "captured, sys.stderr = ''.join(sys.stderr.parts), saved\n", "unraisable.py");
        using var captured = engine.Evaluate("captured");
        var text = Regex.Replace(captured.ToString(), "0x[0-9a-f]+", "ADDR");
        Assert.Equal(
            "Exception ignored while calling deallocator <function A.__del__ at ADDR>:\n" +
            "Traceback (most recent call last):\n" +
            "  File \"unraisable.py\", line 9, in __del__\n" +
            "ValueError: in del\n" +
            "Exception ignored while calling weakref callback <function cb at ADDR>:\n" +
            "Traceback (most recent call last):\n" +
            "  File \"unraisable.py\", line 14, in cb\n" +
            "KeyError: 'cb'\n", text);
    }
}
