using Sharpy.Objects;
using Xunit;

namespace Sharpy.Tests.Objects.Strings;

// _PyUnicode_Dedent, which `sharpy -c` applies (CPython 3.14's test_cmd_line.test_cmd_dedent).
// Expected values: textwrap.dedent under /work/shared/tools/cpython314, except where the lines
// share no margin: _PyUnicode_Dedent then returns the text as it is, blank lines included.
public class StrDedentTests
{
    [Theory]
    [InlineData("\n    print('a')\n  \n", "\nprint('a')\n\n")]
    [InlineData("\n\t\tif 1:\n\t\t\tx\n\t\ty\n", "\nif 1:\n\tx\ny\n")]
    [InlineData("  a\n    b\n", "a\n  b\n")]
    [InlineData("    a\n  \t b\n", "  a\n\t b\n")]
    // no common margin: unchanged
    [InlineData(" \tif 1:\n\t print(2)\n", " \tif 1:\n\t print(2)\n")]
    [InlineData("a\n    b\n   \n", "a\n    b\n   \n")]
    [InlineData("   \n\t\n", "   \n\t\n")]
    public void DedentsAsTextwrap(string text, string expected) => Assert.Equal(expected, PyUnicode.Dedent(text));
}
