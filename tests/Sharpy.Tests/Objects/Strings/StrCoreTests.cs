using Sharpy.Objects;
using Sharpy.Runtime;
using Xunit;

namespace Sharpy.Tests.Objects.Strings;

public class StrCoreTests : StrTestBase
{
    [Fact]
    public void LengthCountsCodePoints()
    {
        Assert.Equal(2, CP(0xD83D, 0xDE00).Length);   // len('\ud83d\ude00') == 2
        Assert.Equal(1, S("😀").Length);               // len('😀') == 1
        Assert.Equal(1, CP(0x1F600).Length);
        Assert.Equal(3, S("a\ud800b").Length);
        Assert.True(S("abc").IsSimple);
        Assert.Equal(2L, PyUnicode.Type.sq_length!(CP(0xD83D, 0xDE00)));
    }

    [Fact]
    public void SurrogatePairWrittenWithEscapesIsNotTheAstralCharacter()
    {
        // '\ud83d\ude00' == '😀' is False
        var two = CP(0xD83D, 0xDE00);
        var one = S("😀");
        Assert.Same(PyBool.False, PyUnicode.Type.tp_richcompare!(two, one, CompareOp.Eq));
        Assert.Same(PyBool.True, PyUnicode.Type.tp_richcompare!(one, CP(0x1F600), CompareOp.Eq));
        Assert.Equal(0xD83D, two[0]);
        Assert.Equal(0xDE00, two[1]);
        // the writer keeps them apart when appended one by one
        var w = new UnicodeWriter();
        w.AppendCodePoint(0xD83D);
        w.AppendCodePoint(0xDE00);
        var built = w.Finish();
        Assert.Equal(2, built.Length);
        Assert.True(PyUnicode.EqualValues(built, two));
        // concatenating the halves keeps two code points
        var cat = PyUnicode.Concat(CP(0xD83D), CP(0xDE00));
        Assert.Equal(2, cat.Length);
        Assert.False(PyUnicode.EqualValues(cat, one));
    }

    [Fact]
    public void ComparisonIsCodePointOrder()
    {
        // '\uffff' < '😀' and '\ue000' < '\U00010000' are True (UTF-16 order would say otherwise)
        Assert.Same(PyBool.True, PyUnicode.Type.tp_richcompare!(S("\uffff"), S("😀"), CompareOp.Lt));
        Assert.Same(PyBool.True, PyUnicode.Type.tp_richcompare!(S("\ue000"), CP(0x10000), CompareOp.Lt));
        Assert.Same(PyBool.True, PyUnicode.Type.tp_richcompare!(S("abc"), S("abd"), CompareOp.Lt));
        Assert.Same(PyBool.True, PyUnicode.Type.tp_richcompare!(S("ab"), S("abc"), CompareOp.Le));
        Assert.Same(Py.NotImplemented, PyUnicode.Type.tp_richcompare!(S("a"), I(1), CompareOp.Lt));
    }

    [Fact]
    public void HashIsSipHashOfThePep393Representation()
    {
        Assert.Equal(0L, PyUnicode.Type.tp_hash!(S("")));
        // CPython: hash('é') == hash(b'\u00e9'); hash('€') == hash('€'.encode('utf-16-le'));
        // hash('\ud83d\ude00') == hash(b'\u003d\u00d8\u0000\u00de'); hash('😀') == hash('😀'.encode('utf-32-le'))
        Assert.Equal(PyBytes.Type.tp_hash!(B(0xE9)), PyUnicode.Type.tp_hash!(S("é")));
        Assert.Equal(PyBytes.Type.tp_hash!(B(0xAC, 0x20)), PyUnicode.Type.tp_hash!(S("€")));
        Assert.Equal(PyBytes.Type.tp_hash!(B(0x3D, 0xD8, 0x00, 0xDE)), PyUnicode.Type.tp_hash!(CP(0xD83D, 0xDE00)));
        Assert.Equal(PyBytes.Type.tp_hash!(B(0x00, 0xF6, 0x01, 0x00)), PyUnicode.Type.tp_hash!(S("😀")));
        Assert.Equal(PyBytes.Type.tp_hash!(BA("abc")), PyUnicode.Type.tp_hash!(S("abc")));
    }

    [Theory]
    [InlineData("abc", "'abc'")]
    [InlineData("it's", "\"it's\"")]
    [InlineData("a\"b'c", "'a\"b\\'c'")]
    [InlineData("\t\n\r\u0000\u007f\\", "'\\t\\n\\r\\x00\\x7f\\\\'")]
    [InlineData("é€\u0085\u00a0\u200b😀\U000e0001", "'é€\\x85\\xa0\\u200b😀\\U000e0001'")]
    public void ReprMatchesCPython(string s, string expected) => Assert.Equal(expected, StrRepr(S(s)));

    [Fact]
    public void ReprOfLoneSurrogateAndAscii()
    {
        Assert.Equal("'\\ud800'", StrRepr(CP(0xD800)));
        Assert.Equal("'\\xe9\\u20ac\\U0001f600x'", Str(PyUnicode.Ascii(S("é€😀x"))));
    }

    [Fact]
    public void ConcatAndRepeat()
    {
        Assert.Equal("abcd", Str(PyUnicode.Type.sq_concat!(S("ab"), S("cd"))));
        AssertRaises(PyExc.TypeError, "can only concatenate str (not \"int\") to str", PyUnicode.Type.sq_concat!(S("ab"), I(1)));
        Assert.Equal("ababab", Str(PyUnicode.Type.sq_repeat!(S("ab"), 3)));
        Assert.Equal("ababab", Str(Abstract.BinaryOp(I(3), S("ab"), Sharpy.Compiler.NbOp.MULTIPLY)));
        Assert.Equal("", Str(PyUnicode.Type.sq_repeat!(S("ab"), -1)));
        AssertRaises(PyExc.TypeError, "can't multiply sequence by non-int of type 'float'", Abstract.BinaryOp(S("a"), PyFloat.FromDouble(1.5), Sharpy.Compiler.NbOp.MULTIPLY));
        var r = (PyUnicode)PyUnicode.Type.sq_repeat!(CP(0xD800), 2)!;
        Assert.Equal(2, r.Length);
        Assert.Equal(0xD800, r[1]);
        Assert.Equal("ababab", Str(Abstract.BinaryOp(S("ab"), I(3), Sharpy.Compiler.NbOp.MULTIPLY)));
        Assert.Equal("abcd", Str(Abstract.BinaryOp(S("ab"), S("cd"), Sharpy.Compiler.NbOp.ADD)));
    }

    [Fact]
    public void Contains()
    {
        Assert.Equal(1, PyUnicode.Type.sq_contains!(S("abc"), S("bc")));
        Assert.Equal(0, PyUnicode.Type.sq_contains!(S("abc"), S("x")));
        Assert.Equal(1, PyUnicode.Type.sq_contains!(S("abc"), S("")));
        Assert.Equal(1, PyUnicode.Type.sq_contains!(S("a😀b"), S("😀b")));
        Assert.Equal(0, PyUnicode.Type.sq_contains!(S("a😀b"), CP(0xD83D)));
        AssertRaises(PyExc.TypeError, "'in <string>' requires string as left operand, not int", PyUnicode.Type.sq_contains!(S("ab"), I(1)));
    }

    [Fact]
    public void IndexingCountsCodePoints()
    {
        var s = S("a😀b");
        Assert.Equal("😀", Str(PyUnicode.Type.mp_subscript!(s, I(1))));
        Assert.Equal("b", Str(PyUnicode.Type.mp_subscript!(s, I(-1))));
        AssertRaises(PyExc.IndexError, "string index out of range", PyUnicode.Type.mp_subscript!(s, I(3)));
        AssertRaises(PyExc.TypeError, "string indices must be integers, not 'float'", PyUnicode.Type.mp_subscript!(s, PyFloat.FromDouble(1.0)));
        var lone = (PyUnicode)PyUnicode.Type.mp_subscript!(CP(0xD83D, 0xDE00), I(0))!;
        Assert.Equal(1, lone.Length);
        Assert.Equal(0xD83D, lone[0]);
    }

    [Theory]
    [InlineData(0, 3, 2, "ace")]     // 'abcdef'[::2]
    [InlineData(5, 3, -2, "fdb")]    // 'abcdef'[::-2]
    [InlineData(4, 2, 1, "ef")]      // 'abcdef'[-2:]
    [InlineData(4, 3, -1, "edc")]    // 'abcdef'[4:1:-1]
    public void Slicing(long start, long count, long step, string expected)
        => Assert.Equal(expected, Str(PyUnicode.Slice(S("abcdef"), start, count, step)));

    [Fact]
    public void SliceArithmetic()
    {
        long start = -2, stop = long.MaxValue;
        Assert.Equal(2, StrSlice.AdjustIndices(6, ref start, ref stop, 1));
        start = long.MaxValue; stop = long.MinValue;
        Assert.Equal(3, StrSlice.AdjustIndices(6, ref start, ref stop, -2));
        Assert.Equal(5, start);
    }

    [Fact]
    public void IterationYieldsCodePoints()
    {
        var it = PyUnicode.Type.tp_iter!(S("a😀"))!;
        Assert.Equal("str_iterator", it.ob_type.tp_name);
        Assert.Equal("a", Str(it.ob_type.tp_iternext!(it)));
        Assert.Equal("😀", Str(it.ob_type.tp_iternext!(it)));
        Assert.Null(it.ob_type.tp_iternext!(it));
        Assert.False(Errors.Occurred());
        var ait = PyUnicode.Type.tp_iter!(S("abc"))!;
        Assert.Equal("str_ascii_iterator", ait.ob_type.tp_name);
    }

    [Fact]
    public void StrConstructor()
    {
        var t = PyUnicode.Type;
        Assert.Equal("", Str(t.tp_new!(t, [], null)));
        Assert.Equal("abc", Str(t.tp_new!(t, [StackRef.FromBorrow(S("abc"))], null)));
        Assert.Equal("b'abc'", Str(t.tp_new!(t, [StackRef.FromBorrow(BA("abc"))], null)));
        Assert.Equal("ab", Str(t.tp_new!(t, [StackRef.FromBorrow(BA("ab")), StackRef.FromBorrow(S("utf-8")), StackRef.FromBorrow(S("strict"))], null)));
        Assert.Equal("\ufffd", Str(t.tp_new!(t, [StackRef.FromBorrow(B(0xff)), StackRef.FromBorrow(S("utf-8")), StackRef.FromBorrow(S("replace"))], null)));
        AssertRaises(PyExc.TypeError, "str expected at most 3 arguments, got 4",
            t.tp_new!(t, [StackRef.FromBorrow(I(1)), StackRef.FromBorrow(I(2)), StackRef.FromBorrow(I(3)), StackRef.FromBorrow(I(4))], null));
        AssertRaises(PyExc.TypeError, "decoding to str: need a bytes-like object, int found",
            t.tp_new!(t, [StackRef.FromBorrow(I(1)), StackRef.FromBorrow(S("utf-8"))], null));
        AssertRaises(PyExc.TypeError, "str() argument 'encoding' must be str, not int",
            t.tp_new!(t, [StackRef.FromBorrow(BA("a")), StackRef.FromBorrow(I(1))], null));
        AssertRaises(PyExc.TypeError, "decoding str is not supported",
            t.tp_new!(t, [StackRef.FromBorrow(S("a")), StackRef.FromBorrow(S("utf-8"))], null));
        var kw = PyTuple.Pack(PyUnicode.FromString("errors"));
        Assert.Equal("", Str(t.tp_new!(t, [StackRef.FromBorrow(S("strict"))], kw)));
        var kw2 = PyTuple.Pack(PyUnicode.FromString("foo"));
        AssertRaises(PyExc.TypeError, "str() got an unexpected keyword argument 'foo'", t.tp_new!(t, [StackRef.FromBorrow(I(1))], kw2));
    }

    [Fact]
    public void WriterAndConcatKeepAstralCharactersWhole()
    {
        var s = PyUnicode.Concat(S("a"), S("😀"));
        Assert.Equal(2, s.Length);
        Assert.Equal(0x1F600, s[1]);
        Assert.False(s.HasLoneSurrogates);
        Assert.Equal("a😀", s.Value);
    }
}

public class StrSliceObjectTests : StrTestBase
{
    [Fact]
    public void SubscriptWithSliceObjects()
    {
        // 'abcdef'[::-2] == 'fdb'; 'a😀bc'[1:3] == '😀b'; 'abc'[1.0:] raises TypeError
        Assert.Equal("fdb", Str(PyUnicode.Type.mp_subscript!(S("abcdef"), PySlice.New(null, null, I(-2)))));
        Assert.Equal("😀b", Str(PyUnicode.Type.mp_subscript!(S("a😀bc"), PySlice.New(I(1), I(3), null))));
        AssertRaises(PyExc.TypeError, "slice indices must be integers or None or have an __index__ method",
            PyUnicode.Type.mp_subscript!(S("ab"), PySlice.New(PyFloat.FromDouble(1.0), null, null)));
        AssertRaises(PyExc.ValueError, "slice step cannot be zero", PyUnicode.Type.mp_subscript!(S("ab"), PySlice.New(null, null, I(0))));
        Assert.Equal("cb", System.Text.Encoding.Latin1.GetString(((PyBytes)PyBytes.Type.mp_subscript!(BA("abcd"), PySlice.New(I(2), I(0), I(-1)))!).Value));
    }
}

public class StrMethodTableTests : StrTestBase
{
    [Fact]
    public void MethodsAreCallableThroughTheType()
    {
        Assert.Equal(new[] { "a", "b" }, StrList(Calls.CallMethod(S("a b"), "split")));
        Assert.Equal("A-B", Str(Calls.CallMethod(S("-"), "join", PyTuple.Pack(S("A"), S("B")))));
        Assert.Equal("xbc", Str(Calls.CallMethod(S("abc"), "replace", S("a"), S("x"))));
        Assert.Equal("  a", Str(Calls.CallMethod(S("a"), "rjust", I(3))));
        Assert.Equal("a1", Str(Calls.CallMethod(S("{}{}"), "format", S("a"), I(1))));
        Assert.Equal("b'\\xc3\\xa9'", Repr(Calls.CallMethod(S("é"), "encode")));
        Assert.Equal("é", Str(Calls.CallMethod(BA("\u00c3\u00a9"), "decode")));
        Assert.Equal("6162", Str(Calls.CallMethod(BA("ab"), "hex")));
    }
}
