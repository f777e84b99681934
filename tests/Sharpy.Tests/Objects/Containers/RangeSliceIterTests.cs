using Sharpy.Objects;
using Sharpy.Runtime;
using Xunit;

namespace Sharpy.Tests.Objects.Containers;

// Expected values from /work/shared/tools/cpython314; the range hashes from the machine's
// 64-bit python3 3.11 (ranges whose hash does not involve None).
public class RangeSliceIterTests : ContainerTestBase
{
    static PyRange R(long start, long stop, long step = 1) => (PyRange)Call(PyRange.Type, I(start), I(stop), I(step))!;

    [Fact]
    public void RangeBehavesAsASequence()
    {
        var r = R(1, 20, 3);
        Assert.Equal("range(1, 20, 3)", Repr(r));
        Assert.Equal("range(0, 5)", Repr(Call(PyRange.Type, I(5))!));
        Assert.Equal(7, Len(r));
        Assert.Equal("7", Repr(Sub(r, I(2))!));
        Assert.Equal("19", Repr(Sub(r, I(-1))!));
        Assert.Equal("range(4, 13, 3)", Repr(Sub(r, Slice(1, 4))!));
        Assert.Equal("range(19, -2, -3)", Repr(Sub(r, Slice(null, null, -1))!));
        Assert.Equal("range(1, 22, 6)", Repr(Sub(r, Slice(null, null, 2))!));
        Assert.Equal("[1, 4, 7, 10, 13, 16, 19]", Repr(ListOf(r)));
        Assert.Equal(1, Abstract.Contains(r, I(7)));
        Assert.Equal(0, Abstract.Contains(r, I(8)));
        Assert.Equal("3", Repr(PyRange.Index(r, I(10))!));
        Assert.Equal("1", Repr(PyRange.Count(r, I(10))!));
        Assert.Equal("[19, 16, 13, 10, 7, 4, 1]", Repr(ListOf(PyReversed.New(PyReversed.Type, r)!)));
        Assert.Equal("range_iterator", Abstract.GetIter(r)!.ob_type.tp_name);

        var huge = (PyRange)Call(PyRange.Type, Big("100000000000000000000"), Big("100000000000000000005"))!;
        Assert.Equal("100000000000000000002", Repr(Sub(huge, I(2))!));
        Assert.Equal("longrange_iterator", Abstract.GetIter(huge)!.ob_type.tp_name);
        Assert.Equal(4, Len(R(0, -10, -3)));
        Assert.Equal("[0, -3, -6, -9]", Repr(ListOf(R(0, -10, -3))));
        Assert.True(Eq(R(0, 0), R(5, 5)));
        Assert.True(Eq(R(0, 3, 2), R(0, 4, 2)));
        Assert.True(Eq(R(1, 2), R(1, 5, 10)));
        Assert.Equal(5795932985296280846L, Abstract.Hash(Call(PyRange.Type, I(5))!));
        Assert.Equal(-8580228179051518038L, Abstract.Hash(R(1, 10, 2)));
    }

    [Fact]
    public void RangeErrors()
    {
        AssertRaised("TypeError: range expected at least 1 argument, got 0", Call(PyRange.Type));
        AssertRaised("TypeError: 'float' object cannot be interpreted as an integer", Call(PyRange.Type, PyFloat.FromDouble(1.0)));
        AssertRaised("ValueError: range() arg 3 must not be zero", Call(PyRange.Type, I(1), I(2), I(0)));
        AssertRaised("TypeError: range expected at most 3 arguments, got 4", Call(PyRange.Type, I(1), I(2), I(3), I(4)));
        AssertRaised("ValueError: range.index(x): x not in range", PyRange.Index(R(0, 5), I(7)));
        AssertRaised("IndexError: range object index out of range", Sub(R(0, 5), I(7)));
    }

    [Fact]
    public void SliceReprAndIndices()
    {
        Assert.Equal("slice(1, None, None)", Repr(Slice(1, null)));
        Assert.Equal("slice(None, None, None)", Repr(Slice(null, null)));
        Assert.Equal("slice(1, 2, 3)", Repr(Slice(1, 2, 3)));
        Assert.Equal("(4, 4, -1)", Repr(PySlice.Indices((PySlice)Slice(null, 10, -1), I(5))!));
        Assert.Equal("(0, 10, 1)", Repr(PySlice.Indices((PySlice)Slice(-100, 100), I(10))!));
        var bigStart = PySlice.New(Big("1180591620717411303424"), null, null);
        Assert.Equal("(3, 3, 1)", Repr(PySlice.Indices(bigStart, I(3))!));
        AssertRaised("ValueError: slice step cannot be zero", PySlice.Indices((PySlice)Slice(1, 2, 0), I(3)));
    }

    [Fact]
    public void EnumerateAndReversed()
    {
        var ab = L(S("a"), S("b"));
        Assert.Equal("[(0, 'a'), (1, 'b')]", Repr(ListOf(Call(PyEnumerate.Type, ab)!)));
        Assert.Equal("[(5, 'a'), (6, 'b')]", Repr(ListOf(Call(PyEnumerate.Type, ab, I(5))!)));
        Assert.Equal("[(5, 'a'), (6, 'b')]", Repr(ListOf(Call(PyEnumerate.Type, [ab], ["start"], [I(5)])!)));
        Assert.Equal("[(9223372036854775807, 1), (9223372036854775808, 2)]",
            Repr(ListOf(Call(PyEnumerate.Type, Ints(1, 2), I(long.MaxValue))!)));
        AssertRaised("TypeError: 'int' object is not iterable", Call(PyEnumerate.Type, I(1)));
        Assert.Equal("[3, 2, 1]", Repr(ListOf(Call(PyReversed.Type, T(I(1), I(2), I(3)))!)));
        Assert.Equal("[2, 1, 0]", Repr(ListOf(Call(PyReversed.Type, Call(PyRange.Type, I(3))!)!)));
        AssertRaised("TypeError: 'int' object is not reversible", Call(PyReversed.Type, I(1)));
        AssertRaised("TypeError: 'set' object is not reversible", Call(PyReversed.Type, PySet.NewEmpty()));
    }

    [Fact]
    public void SequenceIteratorUsesGetItem()
    {
        var it = PySeqIter.New(T(I(1), I(2)));
        Assert.Equal("[1, 2]", Repr(ListOf(it)));
    }
}
