using Sharpy.Hosting;
using Xunit;

namespace Sharpy.Tests.Runtime;

/// <summary>
/// sys.getsizeof, __sizeof__ and type.__basicsize__/__itemsize__ give 64-bit CPython 3.14's
/// figures. The reference for the cases is a 32-bit build, so the figures are checked here:
/// 64-bit CPython 3.11 (python3) where 3.14 kept the layout, else the 32-bit 3.14 figure with
/// its pointers and Py_ssize_t widened (3.14 tuples cache their hash, 3.12 shrank str and
/// moved a class's dict and weakref pointers before the object).
/// </summary>
public class GetSizeOfTests
{
    static readonly PythonEngine engine = NewEngine();

    static PythonEngine NewEngine()
    {
        var e = new PythonEngine();
        e.Execute("import sys\nclass A: pass\nclass S:\n    __slots__ = ('a',)\nclass MyInt(int): pass\nclass MyTuple(tuple): pass\nclass MyStr(str): pass\nclass MyDict(dict): pass\n");
        return e;
    }

    [Theory]
    [InlineData("sys.getsizeof(0)", 28)]
    [InlineData("sys.getsizeof(2**30)", 32)]
    [InlineData("sys.getsizeof(2**100)", 40)]
    [InlineData("sys.getsizeof(True)", 28)]
    [InlineData("sys.getsizeof(1.5)", 24)]
    [InlineData("sys.getsizeof(1j)", 32)]
    [InlineData("sys.getsizeof(())", 48)]
    [InlineData("sys.getsizeof((1, 2))", 64)]
    [InlineData("sys.getsizeof(b'')", 33)]
    [InlineData("sys.getsizeof(b'abc')", 36)]
    [InlineData("sys.getsizeof(bytearray())", 56)]
    [InlineData("sys.getsizeof(bytearray(b'abc'))", 60)]
    [InlineData("sys.getsizeof('')", 41)]
    [InlineData("sys.getsizeof('abc')", 44)]
    [InlineData("sys.getsizeof('\\xe9' * 3)", 60)]
    [InlineData("sys.getsizeof('\\u20ac' * 3)", 64)]
    [InlineData("sys.getsizeof('\\U0010ffff' * 3)", 72)]
    [InlineData("MyStr('abc').__sizeof__()", 68)]
    [InlineData("sys.getsizeof([])", 56)]
    [InlineData("sys.getsizeof({})", 64)]
    [InlineData("sys.getsizeof({'a': 1})", 184)]
    [InlineData("sys.getsizeof({1: 1})", 224)]
    [InlineData("sys.getsizeof(dict.fromkeys('abcdefghijk'))", 464)]
    [InlineData("sys.getsizeof(set())", 216)]
    [InlineData("sys.getsizeof(set(range(100)))", 8408)]
    [InlineData("sys.getsizeof(frozenset())", 216)]
    [InlineData("sys.getsizeof(None)", 16)]
    [InlineData("sys.getsizeof(A())", 48)]
    [InlineData("sys.getsizeof(S())", 40)]
    [InlineData("sys.getsizeof(MyInt(1))", 60)]
    [InlineData("sys.getsizeof(MyTuple())", 64)]
    [InlineData("sys.getsizeof(MyDict())", 80)]
    [InlineData("sys.getsizeof(object(), 7)", 16)]
    [InlineData("int.__basicsize__", 24)]
    [InlineData("int.__itemsize__", 4)]
    [InlineData("tuple.__basicsize__", 32)]
    [InlineData("tuple.__itemsize__", 8)]
    [InlineData("bytes.__basicsize__", 33)]
    [InlineData("str.__basicsize__", 64)]
    [InlineData("dict.__basicsize__", 48)]
    [InlineData("set.__basicsize__", 200)]
    [InlineData("object.__basicsize__", 16)]
    [InlineData("A.__basicsize__", 16)]
    [InlineData("S.__basicsize__", 24)]
    [InlineData("MyInt.__basicsize__", 24)]
    [InlineData("MyInt.__itemsize__", 4)]
    public void SixtyFourBitFigures(string expression, long size)
    {
        using var r = engine.Evaluate(expression);
        Assert.Equal(size, r.ToInt64());
    }

    [Fact]
    public void DefaultReplacesOnlyATypeError()
    {
        engine.Execute("class NoSize:\n    def __sizeof__(self): raise TypeError\nclass Negative:\n    def __sizeof__(self): return -1\n");
        using (var r = engine.Evaluate("sys.getsizeof(NoSize(), 'dflt')")) Assert.Equal("'dflt'", r.Repr());
        var e = Assert.Throws<PythonException>(() => engine.Evaluate("sys.getsizeof(Negative(), 0)"));
        Assert.Equal("ValueError: __sizeof__() should return >= 0", e.Message);
    }
}
