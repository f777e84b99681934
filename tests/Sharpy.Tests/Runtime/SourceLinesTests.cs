using System.IO;
using Sharpy.Runtime;
using Xunit;

namespace Sharpy.Tests.Runtime;

/// <summary>
/// The source lines that SyntaxErrors and tracebacks show are read in the file's PEP 263
/// encoding, as CPython 3.14's later releases do (_PyErr_ProgramDecodedTextObject finds the
/// coding cookie; test_exceptions' test_file_source). 3.14.2, the cases' reference, still
/// decoded them as UTF-8, so this is pinned here rather than by a case.
/// </summary>
public class SourceLinesTests
{
    public SourceLinesTests() => Interpreter.Initialize();

    [Fact]
    public void LineOfALatin1FileIsDecodedWithItsCookie()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sharpy-sourcelines-{System.Guid.NewGuid():N}.py");
        File.WriteAllBytes(path, [.. "# coding: latin1\nreturn \""u8, 0xE4, .. "\"\n"u8]);
        try
        {
            Assert.Equal("return \"\u00e4\"", SourceLines.Get(path, 2));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void InvalidUtf8WithoutCookieIsReplaced()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sharpy-sourcelines-{System.Guid.NewGuid():N}.py");
        File.WriteAllBytes(path, [.. "x = \""u8, 0xE4, .. "\"\n"u8]);
        try
        {
            Assert.Equal("x = \"\ufffd\"", SourceLines.Get(path, 1));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
