using Sharpy.Objects;
using Sharpy.Runtime;
using Xunit;

namespace Sharpy.Tests.Objects.Strings;

// Expected values: /work/shared/tools/cpython314 (CPython 3.14).
public class BytesAndCodecTests : StrTestBase
{
    /// <summary>
    /// These tests run without the stdlib: the codec registry's first use fails to import the
    /// encodings package (only once, as CPython's); its error handlers are registered by then.
    /// </summary>
    static void StartRegistryWithoutStdlib()
    {
        Py.XDECREF(Sharpy.Modules.Codecs.CodecRegistry.LookupError("strict"));
        Errors.Clear();
    }

    static string Bytes(PyObject? o)
    {
        Assert.True(o != null, "exception: " + ErrorText());
        return System.Text.Encoding.Latin1.GetString(Assert.IsType<PyBytes>(o).Value);
    }

    [Fact]
    public void BytesRepr()
    {
        Assert.Equal("b'\\x00\\t\\n\\r\\x7f\\x80\\xff\\\\'", Str(PyBytes.Type.tp_repr!(BA("\u0000\t\n\r\u007f\u0080\u00ff\\"))));
        Assert.Equal("b\"it's\"", Str(PyBytes.Type.tp_repr!(BA("it's"))));
        Assert.Equal("b'it\\'s \"q\"'", Str(PyBytes.Type.tp_repr!(BA("it's \"q\""))));
    }

    [Fact]
    public void Operators()
    {
        Assert.Equal("ab", Bytes(PyBytes.Type.sq_concat!(BA("a"), BA("b"))));
        AssertRaises(PyExc.TypeError, "can't concat str to bytes", PyBytes.Type.sq_concat!(BA("a"), S("b")));
        Assert.Equal("xx", Bytes(PyBytes.Type.sq_repeat!(BA("x"), 2)));
        AssertRaises(PyExc.TypeError, "can't multiply sequence by non-int of type 'float'", Abstract.BinaryOp(BA("x"), PyFloat.FromDouble(2.0), Sharpy.Compiler.NbOp.MULTIPLY));
        Assert.Equal(98L, Long(PyBytes.Type.mp_subscript!(BA("ab"), I(1))));
        AssertRaises(PyExc.IndexError, "index out of range", PyBytes.Type.mp_subscript!(BA("a"), I(5)));
        AssertRaises(PyExc.TypeError, "byte indices must be integers or slices, not str", PyBytes.Type.mp_subscript!(BA("ab"), S("x")));
        Assert.Equal(1, PyBytes.Type.sq_contains!(BA("abc"), I(98)));
        Assert.Equal(1, PyBytes.Type.sq_contains!(BA("abc"), BA("bc")));
        AssertRaises(PyExc.TypeError, "a bytes-like object is required, not 'str'", PyBytes.Type.sq_contains!(BA("a"), S("a")));
        AssertRaises(PyExc.ValueError, "byte must be in range(0, 256)", PyBytes.Type.sq_contains!(BA("a"), I(256)));
        Assert.Same(PyBool.True, PyBytes.Type.tp_richcompare!(BA("a"), BA("b"), CompareOp.Lt));
        Assert.Same(Py.NotImplemented, PyBytes.Type.tp_richcompare!(BA("a"), S("a"), CompareOp.Eq));
        Assert.Equal(PyUnicode.Type.tp_hash!(S("abc")), PyBytes.Type.tp_hash!(BA("abc")));
        var it = PyBytes.Type.tp_iter!(BA("ab"))!;
        Assert.Equal(97L, Long(it.ob_type.tp_iternext!(it)));
    }

    [Fact]
    public void Constructor()
    {
        var t = PyBytes.Type;
        Assert.Equal("\0\0\0", Bytes(t.tp_new!(t, [StackRef.FromBorrow(I(3))], null)));
        AssertRaises(PyExc.ValueError, "negative count", t.tp_new!(t, [StackRef.FromBorrow(I(-1))], null));
        AssertRaises(PyExc.TypeError, "string argument without an encoding", t.tp_new!(t, [StackRef.FromBorrow(S("a"))], null));
        AssertRaises(PyExc.TypeError, "cannot convert 'float' object to bytes", t.tp_new!(t, [StackRef.FromBorrow(PyFloat.FromDouble(1.5))], null));
        AssertRaises(PyExc.TypeError, "encoding without a string argument", t.tp_new!(t, [StackRef.FromBorrow(BA("x")), StackRef.FromBorrow(S("utf-8"))], null));
        AssertRaises(PyExc.TypeError, "bytes() argument 'encoding' must be str, not int", t.tp_new!(t, [StackRef.FromBorrow(S("a")), StackRef.FromBorrow(I(1))], null));
        Assert.Equal("\u00c3\u00a9", Bytes(t.tp_new!(t, [StackRef.FromBorrow(S("é")), StackRef.FromBorrow(S("utf-8"))], null)));
        Assert.Equal("abc", Bytes(t.tp_new!(t, [StackRef.FromBorrow(BA("abc"))], null)));
    }

    [Fact]
    public void Methods()
    {
        Assert.Equal("61:6263", Str(PyBytes.Hex(BA("abc"), S(":"), 2)));
        Assert.Equal("61626364:6566", Str(PyBytes.Hex(BA("abcdef"), S(":"), -4)));
        Assert.Equal("6162:63646566", Str(PyBytes.Hex(BA("abcdef"), S(":"), 4)));
        Assert.Equal("\u0001\u00ff", Bytes(PyBytes.FromHex(PyBytes.Type, S("01 ff"))));
        AssertRaises(PyExc.ValueError, "non-hexadecimal number found in fromhex() arg at position 1", PyBytes.FromHex(PyBytes.Type, S("0g")));
        AssertRaises(PyExc.ValueError, "fromhex() arg must contain an even number of hexadecimal digits", PyBytes.FromHex(PyBytes.Type, S("0")));
        AssertRaises(PyExc.ValueError, "non-hexadecimal number found in fromhex() arg at position 1", PyBytes.FromHex(PyBytes.Type, S("0 1")));
        var parts = (PyList)PyBytes.Split(BA("a b"))!;
        Assert.Equal(2, parts.Count);
        Assert.Equal("b", Bytes(parts.Items[1]));
        Assert.Equal(1L, Long(PyBytes.Find(BA("abc"), I(98))));
        AssertRaises(PyExc.ValueError, "byte must be in range(0, 256)", PyBytes.Find(BA("abc"), I(300)));
        AssertRaises(PyExc.TypeError, "argument should be integer or bytes-like object, not 'str'", PyBytes.Find(BA("a"), S("a")));
        AssertRaises(PyExc.ValueError, "subsection not found", PyBytes.Index(BA("abc"), BA("z")));
        AssertRaises(PyExc.TypeError, "a bytes-like object is required, not 'str'", PyBytes.Replace(BA("abc"), S("a"), S("b")));
        AssertRaises(PyExc.TypeError, "startswith first arg must be bytes or a tuple of bytes, not str", PyBytes.StartsWith(BA("a"), S("a")));
        Assert.Equal(3L, Long(PyBytes.Count(BA("ab"), BA(""))));
        Assert.Equal("xbc", Bytes(PyBytes.Replace(BA("abc"), BA("a"), BA("x"))));
        Assert.Equal("ABC", Bytes(PyBytes.Upper(BA("abc"))));
        Assert.Equal("a", Bytes(PyBytes.Strip(BA("  a \n"))));
    }

    [Fact]
    public void Encode()
    {
        StartRegistryWithoutStdlib();
        Assert.Equal("a\u00ed\u00a0\u0080\u00ed\u00b0\u0080b", Bytes(PyUnicode.Encode(CP('a', 0xD800, 0xDC00, 'b'), "utf-8", "surrogatepass")));
        Assert.Equal("a\u00ffb", Bytes(PyUnicode.Encode(CP('a', 0xDCFF, 'b'), "utf-8", "surrogateescape")));
        Assert.Equal("a\\xe9\\u20ac\\U0001f600", Bytes(PyUnicode.Encode(S("aé€😀"), "ascii", "backslashreplace")));
        Assert.Equal("a&#233;&#8364;&#128512;", Bytes(PyUnicode.Encode(S("aé€😀"), "ascii", "xmlcharrefreplace")));
        Assert.Equal("a\u00e9??", Bytes(PyUnicode.Encode(S("aé€😀"), "latin-1", "replace")));
        Assert.Equal("a", Bytes(PyUnicode.Encode(S("a"), " UTF_8 ")));
        Assert.Equal("a", Bytes(PyUnicode.Encode(S("a"), "ascii", "foo")));
        AssertRaises(PyExc.LookupError, "unknown error handler name 'foo'", PyUnicode.Encode(S("aé€"), "ascii", "foo"));
        AssertRaises(PyExc.LookupError, "no codec search functions registered: can't find encoding", PyUnicode.Encode(S("a"), "foo"));
        Assert.Null(PyUnicode.Encode(CP('a', 0xD800, 'b')));
        var a = RaisedArgs(PyExc.UnicodeEncodeError);
        Assert.Equal("utf-8", ((PyUnicode)a[0]).Value);
        Assert.Equal(1L, ((PyLong)a[2]).Value);
        Assert.Equal(2L, ((PyLong)a[3]).Value);
        Assert.Equal("surrogates not allowed", ((PyUnicode)a[4]).Value);
        Assert.Null(PyUnicode.Encode(S("aé€"), "ascii"));
        a = RaisedArgs(PyExc.UnicodeEncodeError);
        Assert.Equal(1L, ((PyLong)a[2]).Value);
        Assert.Equal(3L, ((PyLong)a[3]).Value);
        Assert.Equal("ordinal not in range(128)", ((PyUnicode)a[4]).Value);
        Assert.Null(CP(0xD800).AsUtf8());
        Errors.Clear();
        Assert.Equal(new byte[] { 0xF0, 0x9F, 0x98, 0x80 }, S("😀").AsUtf8());
    }

    static (long start, long end, string reason) DecodeError(string latin1, string encoding = "utf-8")
    {
        Assert.Null(PyBytes.Decode(BA(latin1), encoding));
        var a = RaisedArgs(PyExc.UnicodeDecodeError);
        return (((PyLong)a[2]).Value, ((PyLong)a[3]).Value, ((PyUnicode)a[4]).Value);
    }

    [Fact]
    public void Decode()
    {
        StartRegistryWithoutStdlib();
        Assert.Equal((0L, 1L, "invalid start byte"), DecodeError("\u00ff"));
        Assert.Equal((1L, 2L, "invalid continuation byte"), DecodeError("a\u00e0\u0080"));
        Assert.Equal((1L, 3L, "unexpected end of data"), DecodeError("a\u00e2\u0082"));
        Assert.Equal((0L, 1L, "invalid continuation byte"), DecodeError("\u00ed\u00a0\u0080"));
        Assert.Equal((0L, 1L, "invalid continuation byte"), DecodeError("\u00f4\u0090\u0080\u0080"));
        Assert.Equal((0L, 1L, "invalid start byte"), DecodeError("\u00c0\u0080"));
        Assert.Equal((0L, 1L, "ordinal not in range(128)"), DecodeError("\u0080abc", "ascii"));
        var s = (PyUnicode)PyBytes.Decode(BA("\u00ed\u00a0\u0080"), "utf-8", "surrogatepass")!;
        Assert.Equal(1, s.Length);
        Assert.Equal(0xD800, s[0]);
        Assert.Equal("a\ufffd\ufffdb", Str(PyBytes.Decode(BA("a\u00ff\u00feb"), "utf-8", "replace")));
        Assert.Equal("a\ufffdb", Str(PyBytes.Decode(BA("a\u00e2\u0082b"), "utf-8", "replace")));
        Assert.Equal("a\ufffd", Str(PyBytes.Decode(BA("a\u00f0\u009f\u0098"), "utf-8", "replace")));
        Assert.Equal("a\\xf0\\x9f\\x98", Str(PyBytes.Decode(BA("a\u00f0\u009f\u0098"), "utf-8", "backslashreplace")));
        var esc = (PyUnicode)PyBytes.Decode(BA("a\u00f0\u009f\u0098"), "utf-8", "surrogateescape")!;
        Assert.Equal(new[] { 'a', 0xDCF0, 0xDC9F, 0xDC98 }, esc.CodePoints());
        Assert.Equal("é", Str(PyBytes.Decode(BA("\u00e9"), "latin1")));
        Assert.Equal("😀", Str(PyBytes.Decode(BA("\u00f0\u009f\u0098\u0080"))));
        Assert.Equal("a", Str(PyBytes.Decode(BA("a"), "ascii", "foo")));
    }
}
