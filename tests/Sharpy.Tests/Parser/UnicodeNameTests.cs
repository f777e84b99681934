using Sharpy.Parser;
using Xunit;

namespace Sharpy.Tests.Parser;

/// <summary>\N{...} escapes beyond the corpus files: expected values from CPython 3.14's
/// unicode_escape codec (unicodedata 16.0.0).</summary>
public class UnicodeNameTests
{
    static string Eval(string literal)
    {
        var tree = PythonParser.ParseString(literal, "<unknown>", ParseMode.Eval, out var error);
        return tree == null ? error!.ToString() : AstDump.Dump(tree);
    }

    [Theory]
    [InlineData("'\\N{LATIN SMALL LETTER SHARP S}'", "ß")]
    [InlineData("'\\N{latin small letter sharp s}'", "ß")]
    [InlineData("'\\N{Byte Order Mark}'", "\uFEFF")]
    [InlineData("'\\N{HANGUL SYLLABLE A}'", "아")]
    [InlineData("'\\N{HANGUL SYLLABLE HIH}'", "힣")]
    [InlineData("'\\N{CJK UNIFIED IDEOGRAPH-2EBF0}'", "\U0002EBF0")]
    [InlineData("'\\N{EGYPTIAN HIEROGLYPH-13460}'", "\U00013460")]
    [InlineData("'\\N{KHITAN SMALL SCRIPT CHARACTER-18B00}'", "\U00018B00")]
    [InlineData("'\\N{nushu character-1b170}'", "\U0001B170")]
    public void Names(string literal, string value)
    {
        var tree = PythonParser.ParseString(literal, "<unknown>", ParseMode.Eval, out var error);
        Assert.Null(error);
        var c = Assert.IsType<Sharpy.Parser.Ast.Constant>(Assert.IsType<Sharpy.Parser.Ast.Expression>(tree).Body);
        Assert.Equal(value, c.Value);
    }

    [Theory]
    [InlineData("'\\N{HANGUL SYLLABLE}'", "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-18: unknown Unicode character name @ 1:1-1:22")]
    [InlineData("'\\N{CJK UNIFIED IDEOGRAPH-2EBF}'", "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-29: unknown Unicode character name @ 1:1-1:33")]
    [InlineData("'\\N{TANGUT IDEOGRAPH-17000}'", "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-25: unknown Unicode character name @ 1:1-1:29")]
    public void Unknown(string literal, string expected) => Assert.Equal(expected, Eval(literal));

    /// <summary>CPython rewrites a backslash before a non-ASCII character as \u005c before
    /// decoding: '\é' is a backslash and an é, with no invalid-escape warning.</summary>
    [Fact]
    public void BackslashBeforeNonAsciiIsNoInvalidEscape()
    {
        var tree = PythonParser.ParseString("'\\é'", "<unknown>", ParseMode.Eval, out var error, out var diag);
        Assert.Null(error);
        Assert.Empty(diag.Warnings);
        var c = Assert.IsType<Sharpy.Parser.Ast.Constant>(Assert.IsType<Sharpy.Parser.Ast.Expression>(tree).Body);
        Assert.Equal("\\é", c.Value);
        PythonParser.ParseString("'\\q'", "<unknown>", ParseMode.Eval, out _, out diag);
        Assert.Single(diag.Warnings);
    }
}
