using Sharpy.Parser;
using Sharpy.Parser.Ast;
using Assert = Xunit.Assert;
using Xunit;

namespace Sharpy.Tests.Parser;

/// <summary>str constant values: a string when no code point is a surrogate, a SurrogateStr
/// (code points) otherwise, so '\ud83d\ude00' and '\U0001F600' stay two different str.</summary>
public class SurrogateStrTests
{
    static object? ParseConstant(string literal)
    {
        var tree = PythonParser.ParseString(literal, "<unknown>", ParseMode.Eval, out var error);
        Assert.Null(error);
        return ((Constant)((Expression)tree!).Body).Value;
    }

    [Fact]
    public void EscapedPairIsTwoCodePoints()
    {
        var pair = Assert.IsType<SurrogateStr>(ParseConstant("'\\ud83d\\ude00'"));
        Assert.Equal(new[] { 0xD83D, 0xDE00 }, pair.CodePoints);
        Assert.Equal("\U0001F600", ParseConstant("'\\U0001F600'"));
        Assert.NotEqual<object?>(pair, ParseConstant("'\\U0001F600'"));
    }

    [Fact]
    public void ImplicitConcatenationKeepsCodePoints()
    {
        var v = Assert.IsType<SurrogateStr>(ParseConstant("'a' '\\ud83d' '\\ude00' '\\U0001F600'"));
        Assert.Equal(new[] { 'a', 0xD83D, 0xDE00, 0x1F600 }, v.CodePoints);
    }

    [Fact]
    public void OneFormPerStr()
    {
        Assert.Equal("a\U0001F600", StrValue.FromCodePoints(new[] { 'a', 0x1F600 }));
        Assert.IsType<SurrogateStr>(StrValue.FromCodePoints(new[] { 0xDFFF }));
        Assert.Equal(StrValue.FromCodePoints(new[] { 0xD800, 'x' }), StrValue.Concat(StrValue.FromCodePoints(new[] { 0xD800 }), "x"));
        Assert.Equal(3, StrValue.Length(StrValue.Concat("\U0001F600", StrValue.FromCodePoints(new[] { 0xD83D, 0xDE00 }))));
    }

    [Fact]
    public void BuilderSwitchesToCodePointsAtTheFirstSurrogate()
    {
        var b = new StrValueBuilder();
        b.Append("\U0001F600");
        Assert.Equal("\U0001F600", b.ToValue());
        b.AppendCodePoint(0xD83D);
        b.Append("x");
        var v = Assert.IsType<SurrogateStr>(b.ToValue());
        Assert.Equal(new[] { 0x1F600, 0xD83D, 'x' }, v.CodePoints);
        Assert.Equal("'\U0001F600\\ud83dx'", Repr.Str(v));
    }
}
