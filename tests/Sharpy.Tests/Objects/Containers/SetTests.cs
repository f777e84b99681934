using System.Collections.Generic;
using Sharpy.Compiler;
using Sharpy.Objects;
using Sharpy.Runtime;
using Xunit;

namespace Sharpy.Tests.Objects.Containers;

// Orders from /work/shared/tools/cpython314 (small ints hash alike on 32- and 64-bit);
// frozenset hashes from the machine's 64-bit python3 3.11 (same algorithm).
public class SetTests : ContainerTestBase
{
    static PySet Mk(IEnumerable<long> xs)
    {
        var s = PySet.NewEmpty();
        foreach (var x in xs) Assert.Equal(0, s.Add(I(x)));
        return s;
    }

    static PySet Mk(params long[] xs) => Mk((IEnumerable<long>)xs);

    static IEnumerable<long> Range(long start, long stop, long step = 1)
    {
        for (long i = start; i < stop; i += step) yield return i;
    }

    static string Order(PyObject s) => Repr(ListOf(s));

    [Fact]
    public void IterationOrderIsCPythons()
    {
        Assert.Equal("[1, 100, 5, 37, 8, 13, 21]", Order(Mk(5, 13, 21, 1, 100, 37, 8)));
        Assert.Equal("[0, 133, 7, 140, 14, 147, 21, 154, 28, 161, 35, 168, 42, 175, 49, 182, 56, 189, 63, 196, 70, 77, 84, 91, 98, 105, 112, 119, 126]",
            Order(Mk(Range(0, 200, 7))));
        Assert.Equal("[64, 0, 32, 96, 128, 1, 65, 2]", Order(Mk(64, 0, 128, 32, 96, 1, 65, 2)));
        var s = Mk(Range(0, 20));
        for (int i = 0; i < 20; i += 3) Assert.Equal(1, s.Discard(I(i)));
        s.Add(I(100));
        s.Add(I(-1));
        Assert.Equal("[1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 100, -1]", Order(s));
        var t = Mk(Range(0, 100));
        for (int i = 0; i < 90; i++) t.Discard(I(i));
        Assert.Equal("[90, 91, 92, 93, 94, 95, 96, 97, 98, 99]", Order(t));

        var big = Mk(Range(0, 100000, 37));
        long sum = 0, idx = 0;
        foreach (var o in ListOf(big).AsSpan()) sum = (sum + idx++ * ((PyLong)o).Value) % 1000000007;
        Assert.Equal(980809106, sum);
    }

    [Fact]
    public void AlgebraKeepsCPythonsOrders()
    {
        var a = Mk(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        var b = Mk(9, 7, 5, 3, 1, 11);
        Assert.Equal("[1, 3, 5, 7, 9]", Order(Abstract.BinaryOp(a, b, NbOp.AND)!));
        Assert.Equal("[1, 3, 5, 7, 9]", Order(Abstract.BinaryOp(b, a, NbOp.AND)!));
        Assert.Equal("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]", Order(Abstract.BinaryOp(a, b, NbOp.OR)!));
        Assert.Equal("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]", Order(Abstract.BinaryOp(b, a, NbOp.OR)!));
        Assert.Equal("[2, 4, 6, 8, 10, 11]", Order(Abstract.BinaryOp(a, b, NbOp.XOR)!));
        Assert.Equal("[2, 4, 6, 8, 10, 11]", Order(Abstract.BinaryOp(b, a, NbOp.XOR)!));
        Assert.Equal("[2, 4, 6, 8, 10]", Order(Abstract.BinaryOp(a, b, NbOp.SUBTRACT)!));
        Assert.Equal("[11]", Order(Abstract.BinaryOp(b, a, NbOp.SUBTRACT)!));
        Assert.Equal("[1, 10]", Order(PySet.IntersectionMethod(a, Args(Ints(11, 10, 1, 99)), null)!));
        Assert.Equal("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 40, 33]", Order(PySet.UnionMethod(a, Args(Ints(40, 8, 33)), null)!));
        Assert.Equal("[3, 4, 5, 6, 7, 8, 9, 10]", Order(PySet.DifferenceMethod(a, Args(Ints(1, 2)), null)!));
        Assert.Equal("[64, 2, 3, 100, 4, 5, 6, 7, 8, 9, 10]", Order(PySet.SymmetricDifferenceMethod(a, Ints(100, 1, 64))!));
    }

    [Fact]
    public void ComparisonsAndPredicates()
    {
        Assert.Equal(1, Abstract.RichCompareBool(Mk(1, 2), Mk(1, 2, 3), CompareOp.Lt));
        Assert.Equal(1, Abstract.RichCompareBool(Mk(1, 2), Mk(1, 2), CompareOp.Le));
        var fs = Call(PyFrozenSet.Type, Ints(1, 2))!;
        Assert.Equal(1, Abstract.RichCompareBool(Mk(1, 2), fs, CompareOp.Eq));
        Assert.Same(Py.True, PySet.IsSubsetMethod(Mk(1), Ints(1, 2)));
        Assert.Same(Py.True, PySet.IsSupersetMethod(Mk(1, 2), Ints(2)));
        Assert.Same(Py.True, PySet.IsDisjointMethod(Mk(1), Ints(2)));
        Assert.Equal(1, Abstract.Contains(Mk(1), I(1)));
        var withFrozen = PySet.NewEmpty();
        withFrozen.Add(fs);
        Assert.Equal(1, Abstract.Contains(withFrozen, Mk(1, 2)));
    }

    [Fact]
    public void PopReprAndErrors()
    {
        var s = Mk(1, 2, 3, 4, 5);
        Assert.Equal("1", Repr(PySet.PopMethod(s)!));
        Assert.Equal("2", Repr(PySet.PopMethod(s)!));
        Assert.Equal("3", Repr(PySet.PopMethod(s)!));
        Assert.Equal("[4, 5]", Order(s));
        Assert.Equal("set()", Repr(PySet.NewEmpty()));
        Assert.Equal("frozenset()", Repr(Call(PyFrozenSet.Type)!));
        Assert.Equal("{1}", Repr(Mk(1)));
        Assert.Equal("frozenset({1})", Repr(Call(PyFrozenSet.Type, Ints(1))!));
        Assert.Equal("{1, 2}", Repr(Mk(1, 2)));
        AssertRaised("KeyError: 'pop from an empty set'", PySet.PopMethod(PySet.NewEmpty()));
        AssertRaised("KeyError: 3", PySet.RemoveMethod(Mk(1), I(3)));
        AssertRaised("TypeError: cannot use 'list' as a set element (unhashable type: 'list')", PySet.AddMethod(Mk(1), PyList.New()));
        AssertRaised("TypeError: unhashable type: 'set'", Abstract.Hash(Mk(1)));
        var it = Abstract.GetIter(Mk(1, 2))!;
        Assert.Equal("set_iterator", it.ob_type.tp_name);
    }

    [Fact]
    public void FrozenSetHashIsCPythons()
    {
        Assert.Equal(133146708735736L, Abstract.Hash(Call(PyFrozenSet.Type)!));
        Assert.Equal(-272375401224217160L, Abstract.Hash(Call(PyFrozenSet.Type, Ints(1, 2, 3))!));
        Assert.Equal(915614496717856977L, Abstract.Hash(Call(PyFrozenSet.Type, Ints(-1, 0, 1000000))!));
        var inner = Call(PyFrozenSet.Type, Ints(1))!;
        Assert.Equal(5515263749738256364L, Abstract.Hash(Call(PyFrozenSet.Type, L(inner))!));
        var fs = Call(PyFrozenSet.Type, Ints(1, 2))!;
        Assert.Same(fs, Call(PyFrozenSet.Type, fs));
    }

    [Fact]
    public void IterationDetectsSizeChange()
    {
        var s = Mk(1, 2);
        var it = Abstract.GetIter(s)!;
        Assert.NotNull(Abstract.IterNext(it));
        s.Add(I(3));
        AssertRaised("RuntimeError: Set changed size during iteration", Abstract.IterNext(it));
    }
}
