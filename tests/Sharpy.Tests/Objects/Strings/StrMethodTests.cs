using Sharpy.Objects;
using Sharpy.Runtime;
using Xunit;

namespace Sharpy.Tests.Objects.Strings;

// Expected values: /work/shared/tools/cpython314 (CPython 3.14).
public class StrMethodTests : StrTestBase
{
    [Fact]
    public void Split()
    {
        Assert.Equal(new[] { "a", "b  c  " }, StrList(PyUnicode.Split(S("  a b  c  "), Py.None, 1)));
        Assert.Equal(new[] { "  a b", "c" }, StrList(PyUnicode.RSplit(S("  a b  c  "), Py.None, 1)));
        Assert.Equal(new[] { "a", "b", "", "c" }, StrList(PyUnicode.Split(S("a,b,,c"), S(","))));
        Assert.Equal(new[] { "a,b", "", "c" }, StrList(PyUnicode.RSplit(S("a,b,,c"), S(","), 2)));
        Assert.Equal(new[] { "a", "b", "c", "d", "e", "f", "g" }, StrList(PyUnicode.SplitLines(S("a\nb\r\nc\rd\u000be\u001cf\u2028g"))));
        Assert.Equal(new[] { "a\n", "b\r\n" }, StrList(PyUnicode.SplitLines(S("a\nb\r\n"), true)));
        AssertRaises(PyExc.TypeError, "must be str or None, not int", PyUnicode.Split(S("a"), I(1)));
        AssertRaises(PyExc.ValueError, "empty separator", PyUnicode.Split(S("a"), S("")));
        Assert.Equal(new[] { "😀", "x" }, StrList(PyUnicode.Split(S("😀 x"))));
    }

    [Fact]
    public void Join()
    {
        var l = PyList.New();
        l.Append(S("a")); l.Append(S("😀")); l.Append(S("c"));
        Assert.Equal("a-😀-c", Str(PyUnicode.Join(S("-"), l)));
        var bad = PyList.New();
        bad.Append(S("x")); bad.Append(I(2));
        AssertRaises(PyExc.TypeError, "sequence item 1: expected str instance, int found", PyUnicode.Join(S("a"), bad));
        // surrogate halves joined stay separate code points
        var halves = PyList.New();
        halves.Append(CP(0xD83D)); halves.Append(CP(0xDE00));
        var joined = (PyUnicode)PyUnicode.Join(S(""), halves)!;
        Assert.Equal(2, joined.Length);
    }

    [Fact]
    public void StripFindCountReplace()
    {
        Assert.Equal("xy", Str(PyUnicode.Strip(S("  xy  "))));
        Assert.Equal("a", Str(PyUnicode.Strip(S("xxaxx"), S("x"))));
        AssertRaises(PyExc.TypeError, "strip arg must be None or str", PyUnicode.Strip(S("a"), I(1)));
        Assert.Equal(2, Long(PyUnicode.Find(S("abc"), S("c"), I(-1))));
        Assert.Equal(3, Long(PyUnicode.Find(S("abc"), S(""), I(3))));
        Assert.Equal(-1, Long(PyUnicode.Find(S("abc"), S(""), I(4))));
        Assert.Equal(4, Long(PyUnicode.RFind(S("abcabc"), S("b"))));
        Assert.Equal(2, Long(PyUnicode.Count(S("aaaa"), S("aa"))));
        Assert.Equal(4, Long(PyUnicode.Count(S("abc"), S(""))));
        AssertRaises(PyExc.ValueError, "substring not found", PyUnicode.Index(S("a"), S("b")));
        AssertRaises(PyExc.TypeError, "find() argument 1 must be str, not int", PyUnicode.Find(S("a"), I(1)));
        AssertRaises(PyExc.TypeError, "slice indices must be integers or None or have an __index__ method",
            PyUnicode.Find(S("a"), S("a"), PyFloat.FromDouble(1.0)));
        Assert.Equal("-a-b-c-", Str(PyUnicode.Replace(S("abc"), S(""), S("-"))));
        Assert.Equal("-a-bc", Str(PyUnicode.Replace(S("abc"), S(""), S("-"), 2)));
        Assert.Equal("bbbba", Str(PyUnicode.Replace(S("aaa"), S("a"), S("bb"), 2)));
        Assert.Equal(1, Long(PyUnicode.Find(S("a😀b"), S("😀"))));
        Assert.Equal(2, Long(PyUnicode.Find(S("a😀b"), S("b"))));
    }

    [Fact]
    public void StartsEndsWith()
    {
        Assert.Same(PyBool.True, PyUnicode.StartsWith(S("hello"), S("he")));
        Assert.Same(PyBool.True, PyUnicode.EndsWith(S("hello"), PyTuple.Pack(S("x"), S("lo"))));
        Assert.Same(PyBool.False, PyUnicode.StartsWith(S("hello"), S("he"), I(1)));
        AssertRaises(PyExc.TypeError, "startswith first arg must be str or a tuple of str, not int", PyUnicode.StartsWith(S("a"), I(1)));
        AssertRaises(PyExc.TypeError, "tuple for startswith must only contain str, not int", PyUnicode.StartsWith(S("a"), PyTuple.Pack(I(1))));
    }

    [Theory]
    [InlineData("upper", "ß", "SS")]
    [InlineData("lower", "ΑΣ", "\u03b1\u03c2")]
    [InlineData("lower", "ΑΣ Σ", "\u03b1\u03c2 \u03c3")]
    [InlineData("title", "hello world", "Hello World")]
    [InlineData("title", "ǆemal", "\u01c5emal")]
    [InlineData("capitalize", "ﬁx", "Fix")]
    [InlineData("casefold", "ß", "ss")]
    [InlineData("swapcase", "AbC", "aBc")]
    [InlineData("lower", "İ", "i\u0307")]
    [InlineData("upper", "abc", "ABC")]
    public void CaseMappings(string method, string input, string expected)
    {
        var s = S(input);
        PyObject? r = method switch
        {
            "upper" => PyUnicode.Upper(s),
            "lower" => PyUnicode.Lower(s),
            "title" => PyUnicode.TitleCase(s),
            "capitalize" => PyUnicode.Capitalize(s),
            "casefold" => PyUnicode.CaseFold(s),
            _ => PyUnicode.SwapCase(s),
        };
        Assert.Equal(expected, Str(r));
    }

    [Fact]
    public void Predicates()
    {
        Assert.True(Bool(PyUnicode.IsAlnum(S("a1"))));
        Assert.True(Bool(PyUnicode.IsDigit(S("²"))));
        Assert.False(Bool(PyUnicode.IsDecimal(S("²"))));
        Assert.True(Bool(PyUnicode.IsNumeric(S("½"))));
        Assert.True(Bool(PyUnicode.IsTitle(S("Hello World"))));
        Assert.True(Bool(PyUnicode.IsUpper(S("ABC"))));
        Assert.True(Bool(PyUnicode.IsIdentifier(S("_a1"))));
        Assert.False(Bool(PyUnicode.IsIdentifier(S("1a"))));
        Assert.False(Bool(PyUnicode.IsAlpha(S(""))));
        Assert.True(Bool(PyUnicode.IsPrintable(S(""))));
        Assert.False(Bool(PyUnicode.IsPrintable(S("\n"))));
        Assert.True(Bool(PyUnicode.IsSpace(S(" \t\u3000"))));
        Assert.True(Bool(PyUnicode.IsAsciiMethod(S(""))));
    }

    [Fact]
    public void Padding()
    {
        Assert.Equal("**abc***", Str(PyUnicode.Center(S("abc"), 8, S("*"))));
        Assert.Equal("*abc**", Str(PyUnicode.Center(S("abc"), 6, S("*"))));
        Assert.Equal("-00042", Str(PyUnicode.ZFill(S("-42"), 6)));
        Assert.Equal("a   bc  d", Str(PyUnicode.ExpandTabs(S("a\tbc\td"), 4)));
        AssertRaises(PyExc.TypeError, "The fill character must be exactly one character long", PyUnicode.Center(S("a"), 3, S("xy")));
        AssertRaises(PyExc.TypeError, "The fill character must be a unicode character, not int", PyUnicode.Center(S("a"), 3, I(1)));
    }

    [Fact]
    public void Partition()
    {
        Assert.Equal(new[] { "a", ":", "b:c" }, TupleStrs(PyUnicode.Partition(S("a:b:c"), S(":"))));
        Assert.Equal(new[] { "a:b", ":", "c" }, TupleStrs(PyUnicode.RPartition(S("a:b:c"), S(":"))));
        Assert.Equal(new[] { "abc", "", "" }, TupleStrs(PyUnicode.Partition(S("abc"), S("x"))));
        AssertRaises(PyExc.ValueError, "empty separator", PyUnicode.Partition(S("a"), S("")));
        AssertRaises(PyExc.TypeError, "must be str, not int", PyUnicode.Partition(S("a"), I(1)));
    }

    [Fact]
    public void TranslateAndMakeTrans()
    {
        var table = PyDict.New();
        table.SetItem(I(97), S("xy"));
        table.SetItem(I(98), Py.None);
        table.SetItem(I(99), I(100));
        Assert.Equal("xyd", Str(PyUnicode.Translate(S("abc"), table)));
        var d = (PyDict)PyUnicode.MakeTrans(S("ab"), S("cd"), S("e"))!;
        Assert.Equal(3, d.Count);
        Assert.Equal(99L, ((PyLong)d.GetItemWithError(I(97))!).Value);
        Assert.Same(Py.None, d.GetItemWithError(I(101)));
        AssertRaises(PyExc.ValueError, "the first two maketrans arguments must have equal length", PyUnicode.MakeTrans(S("ab"), S("c")));
        AssertRaises(PyExc.TypeError, "if you give only one argument to maketrans it must be a dict", PyUnicode.MakeTrans(I(1)));
    }

    [Fact]
    public void RemovePrefixSuffix()
    {
        Assert.Equal("bc", Str(PyUnicode.RemovePrefix(S("abc"), S("a"))));
        Assert.Equal("ab", Str(PyUnicode.RemoveSuffix(S("abc"), S("c"))));
        Assert.Equal("abc", Str(PyUnicode.RemovePrefix(S("abc"), S("x"))));
        AssertRaises(PyExc.TypeError, "removeprefix() argument must be str, not int", PyUnicode.RemovePrefix(S("a"), I(1)));
    }
}
