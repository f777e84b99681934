using Sharpy.Compiler;
using Sharpy.Objects;
using Sharpy.Runtime;
using Xunit;

namespace Sharpy.Tests.Objects.Containers;

// Reprs from /work/shared/tools/cpython314; 64-bit hashes from the machine's python3 3.11
// (tuple_hash is unchanged between 3.11 and 3.14).
public class TupleTests : ContainerTestBase
{
    [Fact]
    public void Reprs()
    {
        Assert.Equal("()", Repr(PyTuple.Empty));
        Assert.Equal("(1,)", Repr(T(I(1))));
        Assert.Equal("(1, 2)", Repr(T(I(1), I(2))));
        Assert.Equal("(1, (2, 'a'))", Repr(T(I(1), T(I(2), S("a")))));
    }

    [Fact]
    public void HashIsCPythons64BitXxHash()
    {
        Assert.Equal(5740354900026072187L, Abstract.Hash(PyTuple.Empty));
        Assert.Equal(529344067295497451L, Abstract.Hash(T(I(1), I(2), I(3))));
        Assert.Equal(-4691468712706788113L, Abstract.Hash(T(I(1), T(I(2), I(3)), I(-1))));
        AssertRaised("TypeError: unhashable type: 'list'", Abstract.Hash(T(I(1), PyList.New())));
    }

    [Fact]
    public void SequenceOperations()
    {
        var t = T(I(1), I(2), I(3));
        Assert.Equal("(1, 2, 3)", Repr(Abstract.BinaryOp(T(I(1), I(2)), T(I(3)), NbOp.ADD)!));
        Assert.Equal("(1, 2, 1, 2)", Repr(Abstract.BinaryOp(T(I(1), I(2)), I(2), NbOp.MULTIPLY)!));
        Assert.Equal("(3, 2, 1)", Repr(Sub(t, Slice(null, null, -1))!));
        Assert.Equal("(2, 3)", Repr(Sub(t, Slice(1, null))!));
        Assert.Same(t, Sub(t, Slice(null, null)));
        Assert.Equal(1, Abstract.RichCompareBool(T(I(1), I(2)), t, CompareOp.Lt));
        var u = T(I(1), I(2), I(2));
        Assert.Equal("1", Repr(PyTuple.IndexMethod(u, I(2))!));
        Assert.Equal("2", Repr(PyTuple.CountMethod(u, I(2))!));
        AssertRaised("TypeError: can only concatenate tuple (not \"list\") to tuple", Abstract.BinaryOp(T(I(1)), Ints(1), NbOp.ADD));
        AssertRaised("ValueError: tuple.index(x): x not in tuple", PyTuple.IndexMethod(T(I(1), I(2)), I(5)));
        AssertRaised("IndexError: tuple index out of range", Sub(T(I(1), I(2)), I(5)));
        AssertRaised("TypeError: tuple indices must be integers or slices, not str", Sub(t, S("a")));
        Assert.Equal(1, Abstract.Contains(t, I(3)));
    }

    [Fact]
    public void ConstructionAndIteration()
    {
        var t = Call(PyTuple.Type, Ints(1, 2))!;
        Assert.Equal("(1, 2)", Repr(t));
        Assert.Same(t, Call(PyTuple.Type, t));
        Assert.Same(PyTuple.Empty, Call(PyTuple.Type));
        AssertRaised("TypeError: tuple expected at most 1 argument, got 2", Call(PyTuple.Type, I(1), I(2)));
        var it = Abstract.GetIter(t)!;
        Assert.Equal("tuple_iterator", it.ob_type.tp_name);
        Assert.Equal("[1, 2]", Repr(ListOf(it)));
    }
}
