using Sharpy.Hosting;
using Xunit;

namespace Sharpy.Tests.Objects.Containers;

/// <summary>
/// bytearray methods hold an export on self while converting arguments that run Python code,
/// so a resize from that code raises BufferError (CPython 3.14.3: gh-142560, gh-143195,
/// gh-142557; test_bytes checks them). The case references come from 3.14.2, which predates
/// the fixes, so they are pinned here.
/// </summary>
public class ByteArrayExportTests
{
    static readonly PythonEngine engine = NewEngine();

    static PythonEngine NewEngine()
    {
        var e = new PythonEngine();
        e.Execute(
            "class Evil:\n" +
            "    def __init__(self, ba): self.ba = ba\n" +
            "    def __index__(self):\n" +
            "        self.ba.clear()\n" +
            "        return ord('A')\n" +
            "def attempt(f):\n" +
            "    try:\n" +
            "        f()\n" +
            "    except BufferError as e:\n" +
            "        return 'BufferError: ' + str(e)\n" +
            "    return 'no error'\n");
        return e;
    }

    [Theory]
    [InlineData("find")]
    [InlineData("rfind")]
    [InlineData("index")]
    [InlineData("rindex")]
    [InlineData("count")]
    public void SearchArgumentThatResizesSelf(string method)
    {
        using var r = engine.Evaluate($"(lambda ba: (attempt(lambda: ba.{method}(Evil(ba))), ba))(bytearray(b'A'))");
        Assert.Equal("('BufferError: Existing exports of data: object cannot be re-sized', bytearray(b'A'))", r.Repr());
    }

    [Fact]
    public void ContainsArgumentThatResizesSelf()
    {
        using var r = engine.Evaluate("(lambda ba: (attempt(lambda: Evil(ba) in ba), ba))(bytearray(b'A'))");
        Assert.Equal("('BufferError: Existing exports of data: object cannot be re-sized', bytearray(b'A'))", r.Repr());
    }

    [Fact]
    public void HexSeparatorWhoseLenResizesSelf()
    {
        engine.Execute("hba = bytearray(b'\\xaa')\nclass Sep(bytes):\n    def __len__(self):\n        hba.clear()\n        return 1\n");
        using var r = engine.Evaluate("(attempt(lambda: hba.hex(Sep(b':'))), hba)");
        Assert.Equal("('BufferError: Existing exports of data: object cannot be re-sized', bytearray(b'\\xaa'))", r.Repr());
    }

    [Fact]
    public void FormatArgumentWhoseReprResizesTheFormat()
    {
        engine.Execute("fmt = bytearray(b'%a end')\nclass R:\n    def __repr__(self):\n        fmt.clear()\n        return 'E'\n");
        using var r = engine.Evaluate("(attempt(lambda: fmt % R()), fmt)");
        Assert.Equal("('BufferError: Existing exports of data: object cannot be re-sized', bytearray(b'%a end'))", r.Repr());
    }
}
