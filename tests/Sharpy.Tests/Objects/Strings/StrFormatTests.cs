using Sharpy.Objects;
using Sharpy.Runtime;
using Xunit;

namespace Sharpy.Tests.Objects.Strings;

// Expected values: /work/shared/tools/cpython314 (CPython 3.14).
public class StrFormatTests : StrTestBase
{
    [Theory]
    [InlineData(".2", "ab")]
    [InlineData("05", "abc00")]
    [InlineData("<5", "abc  ")]
    [InlineData("^6", " abc  ")]
    [InlineData("*>7.2", "*****ab")]
    [InlineData("x>5s", "xxabc")]
    [InlineData("10.3s", "abc       ")]
    [InlineData("😀^5", "😀abc😀")]
    [InlineData("<", "abc")]
    [InlineData("", "abc")]
    public void StrDunderFormat(string spec, string expected) => Assert.Equal(expected, Str(PyUnicode.FormatStr(S("abc"), S(spec))));

    [Theory]
    [InlineData("+", "Sign not allowed in string format specifier")]
    [InlineData("#", "Alternate form (#) not allowed in string format specifier")]
    [InlineData("z", "Negative zero coercion (z) not allowed in string format specifier")]
    [InlineData("=5", "'=' alignment not allowed in string format specifier")]
    [InlineData(",", "Cannot specify ',' with 's'.")]
    [InlineData("_", "Cannot specify '_' with 's'.")]
    [InlineData("d", "Unknown format code 'd' for object of type 'str'")]
    [InlineData(".", "Format specifier missing precision")]
    [InlineData("ss", "Invalid format specifier 'ss' for object of type 'str'")]
    [InlineData("1000000000000000000000", "Too many decimal digits in format string")]
    public void StrDunderFormatErrors(string spec, string message)
        => AssertRaises(PyExc.ValueError, message, PyUnicode.FormatStr(S("abc"), S(spec)));

    static PyObject? Fmt(string f, PyObject[] args, PyDict? kw = null) => PyUnicode.Format(PyUnicode.FromString(f), args, kw);

    [Fact]
    public void FormatReplacementFields()
    {
        Assert.Equal("       'a'", Str(Fmt("{0!r:>10}", [S("a")])));
        Assert.Equal("a    ", Str(Fmt("{:{}}", [S("a"), S("5")])));
        Assert.Equal("{}q", Str(Fmt("{{}}{}", [S("q")])));
        Assert.Equal("'\\xe9'", Str(Fmt("{!a}", [S("é")])));
        Assert.Equal("x", Str(Fmt("{0:}", [S("x")])));
        Assert.Equal("}{", Str(Fmt("}}{{", [])));
        var kw = PyDict.New();
        kw.SetItem(S(" "), S("3"));
        kw.SetItem(S("-1"), S("5"));
        kw.SetItem(S("w"), S("3"));
        Assert.Equal("3", Str(Fmt("{ }", [], kw)));
        Assert.Equal("5", Str(Fmt("{-1}", [], kw)));
        Assert.Equal("  a", Str(Fmt("{:>{w}}", [S("a")], kw)));
        var d = PyDict.New();
        d.SetItem(S("-1"), S("5"));
        d.SetItem(S(" 1"), S("6"));
        Assert.Equal("5 6", Str(Fmt("{0[-1]} {0[ 1]}", [d])));
    }

    [Theory]
    [InlineData("{", "Single '{' encountered in format string")]
    [InlineData("}", "Single '}' encountered in format string")]
    [InlineData("{0[}", "expected '}' before end of string")]
    [InlineData("{!x}", "Unknown conversion specifier x")]
    [InlineData("{} {0}", "cannot switch from automatic field numbering to manual field specification")]
    [InlineData("{0} {}", "cannot switch from manual field specification to automatic field numbering")]
    [InlineData("{0.}", "Empty attribute in format string")]
    [InlineData("{0[]}", "Empty attribute in format string")]
    [InlineData("{:{:{}}}", "Max string recursion exceeded")]
    [InlineData("{0!}", "unmatched '{' in format spec")]
    [InlineData("{0!rr}", "expected ':' after conversion specifier")]
    [InlineData("{a.b", "expected '}' before end of string")]
    [InlineData("{0:x", "unmatched '{' in format spec")]
    public void FormatErrors(string f, string message)
        => AssertRaises(PyExc.ValueError, message, Fmt(f, [S("1"), S("2"), S("3")]));

    [Fact]
    public void FormatLookupErrors()
    {
        AssertRaises(PyExc.IndexError, "Replacement index 0 out of range for positional args tuple", Fmt("{0}", []));
        Assert.Null(Fmt("{a}", []));
        Assert.Same(PyExc.KeyError, RaisedArgs(PyExc.KeyError).Length == 1 ? PyExc.KeyError : null);
        AssertRaises(PyExc.ValueError, "Unknown format code 'd' for object of type 'str'", Fmt("{:d}", [S("a")]));
    }

    static PyObject? Pct(string f, params PyObject[] args) => PyUnicode.Printf(PyUnicode.FromString(f), PyTuple.Pack(args));

    [Theory]
    [InlineData("%5d|%-5d|%05d|%+d|% d", "   42|42   |00042|+42| 42")]
    [InlineData("%x %X %#x %#o %o", "ff FF 0xff 0o10 10")]
    [InlineData("%.3d %i %u", "007 3 4")]
    [InlineData("%#10x|%#-10o|%#010x", "      0xff|0o10      |0x000000ff")]
    [InlineData("%.5x %+x %x", "000ff +ff -ff")]
    public void PercentIntegers(string f, string expected)
    {
        PyObject[] args = f switch
        {
            "%5d|%-5d|%05d|%+d|% d" => [I(42), I(42), I(42), I(42), I(42)],
            "%x %X %#x %#o %o" => [I(255), I(255), I(255), I(8), I(8)],
            "%.3d %i %u" => [I(7), I(3), I(4)],
            "%#10x|%#-10o|%#010x" => [I(255), I(8), I(255)],
            _ => [I(255), I(255), I(-255)],
        };
        Assert.Equal(expected, Str(Pct(f, args)));
    }

    [Theory]
    [InlineData("%f", 3.14159, "3.141590")]
    [InlineData("%e", 31415.9, "3.141590e+04")]
    [InlineData("%g", 0.0001234, "0.0001234")]
    [InlineData("%G", 1e20, "1E+20")]
    [InlineData("%.2f", 2.675, "2.67")]
    [InlineData("%10.3e", 12345.678, " 1.235e+04")]
    [InlineData("%-8.1g|", 0.5, "0.5     |")]
    [InlineData("%g", 100000.0, "100000")]
    [InlineData("%g", 1000000.0, "1e+06")]
    [InlineData("%g", 1.5e-5, "1.5e-05")]
    [InlineData("%g", 0.0, "0")]
    [InlineData("%#g", 1.0, "1.00000")]
    [InlineData("%#.3g", 2.0, "2.00")]
    [InlineData("%.0f", 0.5, "0")]
    [InlineData("%.0f", 1.5, "2")]
    [InlineData("%.0e", 2.5, "2e+00")]
    [InlineData("%05.1f", -2.25, "-02.2")]
    [InlineData("%+.2e", 12.5, "+1.25e+01")]
    [InlineData("% .3g", 7.0, " 7")]
    [InlineData("%010.4f", -3.14159, "-0003.1416")]
    [InlineData("%.15g", 0.1, "0.1")]
    [InlineData("%.17g", 0.1, "0.10000000000000001")]
    [InlineData("%e", 0.0, "0.000000e+00")]
    [InlineData("%g", 123456789.0, "1.23457e+08")]
    [InlineData("%.3g", 0.0001234567, "0.000123")]
    [InlineData("%10.2g|", -0.000123, "  -0.00012|")]
    [InlineData("%-+8.2f|", 3.14159, "+3.14   |")]
    [InlineData("% 08.2f", 3.14159, " 0003.14")]
    [InlineData("%#.0f", 1.0, "1.")]
    [InlineData("%#.0e", 1.0, "1.e+00")]
    [InlineData("%f", double.PositiveInfinity, "inf")]
    [InlineData("%F", double.NaN, "NAN")]
    [InlineData("%e", double.NegativeInfinity, "-inf")]
    public void PercentFloats(string f, double v, string expected)
        => Assert.Equal(expected, Str(PyUnicode.Printf(S(f), PyFloat.FromDouble(v))));

    [Fact]
    public void PercentStringsAndMappings()
    {
        Assert.Equal("é 'é' '\\xe9'", Str(Pct("%s %r %a", S("é"), S("é"), S("é"))));
        Assert.Equal("Ab", Str(Pct("%c%c", I(65), S("b"))));
        Assert.Equal("%", Str(Pct("%%")));
        Assert.Equal("   ab|ab   |a", Str(Pct("%5s|%-5s|%.1s", S("ab"), S("ab"), S("ab"))));
        Assert.Equal("   ab", Str(Pct("%05s", S("ab"))));
        Assert.Equal("    1|2   |3.14", Str(Pct("%*d|%-*d|%.*f", I(5), I(1), I(4), I(2), I(2), PyFloat.FromDouble(3.14159))));
        Assert.Equal("1180591620717411303424 400000000000000000",
            Str(Pct("%d %x", PyLong.FromBigInteger(System.Numerics.BigInteger.Pow(2, 70)), PyLong.FromBigInteger(System.Numerics.BigInteger.Pow(2, 70)))));
        Assert.Equal("1", Str(Pct("%d", PyFloat.FromDouble(1.9))));
        Assert.Equal("abc", Str(PyUnicode.Printf(S("abc"), PyTuple.Empty)));
        var m = PyDict.New();
        m.SetItem(S("a"), S("x"));
        m.SetItem(S("b"), I(3));
        m.SetItem(S("(a)"), I(5));
        Assert.Equal("x-3 5", Str(PyUnicode.Printf(S("%(a)s-%(b)d %((a))d"), m)));
    }

    [Fact]
    public void PercentErrors()
    {
        AssertRaises(PyExc.TypeError, "not all arguments converted during string formatting", Pct("%s", S("1"), S("2")));
        AssertRaises(PyExc.TypeError, "%d format: a real number is required, not str", Pct("%d", S("x")));
        AssertRaises(PyExc.TypeError, "%x format: an integer is required, not float", Pct("%x", PyFloat.FromDouble(1.5)));
        AssertRaises(PyExc.TypeError, "%c requires an int or a unicode character, not a string of length 2", Pct("%c", S("ab")));
        AssertRaises(PyExc.OverflowError, "%c arg not in range(0x110000)", Pct("%c", I(0x110000)));
        AssertRaises(PyExc.ValueError, "unsupported format character 'y' (0x79) at index 1", Pct("%y", I(1)));
        AssertRaises(PyExc.ValueError, "incomplete format", Pct("%"));
        AssertRaises(PyExc.TypeError, "format requires a mapping", Pct("%(a)s", I(1)));
        AssertRaises(PyExc.TypeError, "not all arguments converted during string formatting", PyUnicode.Printf(S("abc"), I(1)));
        AssertRaises(PyExc.TypeError, "not enough arguments for format string", Pct("%s %s", S("1")));
        AssertRaises(PyExc.TypeError, "must be real number, not str", Pct("%f", S("x")));
        AssertRaises(PyExc.TypeError, "* wants int", Pct("%*d", S("a"), I(1)));
        var m = PyDict.New();
        m.SetItem(S("a"), I(1));
        AssertRaises(PyExc.ValueError, "incomplete format key", PyUnicode.Printf(S("%(a"), m));
        AssertRaises(PyExc.TypeError, "not enough arguments for format string", PyUnicode.Printf(S("%(a)s %s"), m));
    }
}
