using Sharpy.Objects;
using Sharpy.Runtime;
using Xunit;

namespace Sharpy.Tests.Objects.Containers;

// Expected values come from /work/shared/tools/cpython314.
public class ListTests : ContainerTestBase
{
    static PyList Range10() => Ints(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);

    [Fact]
    public void ReprOfEmptyNestedAndRecursiveLists()
    {
        Assert.Equal("[]", Repr(PyList.New()));
        Assert.Equal("[1, 'a', [2]]", Repr(L(I(1), S("a"), Ints(2))));
        var l = Ints(1);
        l.Append(l);
        Assert.Equal("[1, [...]]", Repr(l));
        Assert.Equal("([1, [...]],)", Repr(T(l)));
        PyList.ClearMethod(l);
    }

    [Fact]
    public void SubscriptWithIndexesAndSlices()
    {
        var l = Range10();
        Assert.Equal("[2, 3, 4]", Repr(Sub(l, Slice(2, 5))!));
        Assert.Equal("[9, 8, 7, 6, 5, 4, 3, 2, 1, 0]", Repr(Sub(l, Slice(null, null, -1))!));
        Assert.Equal("[0, 3, 6, 9]", Repr(Sub(l, Slice(null, null, 3))!));
        Assert.Equal("[7, 8, 9]", Repr(Sub(l, Slice(-3, null))!));
        Assert.Equal("[7, 5, 3]", Repr(Sub(l, Slice(7, 2, -2))!));
        Assert.Equal("[]", Repr(Sub(l, Slice(100, null))!));
        Assert.Equal("[0, 1]", Repr(Sub(l, Slice(-100, 2))!));
        Assert.Equal("9", Repr(Sub(l, I(-1))!));
        AssertRaised("IndexError: list index out of range", Sub(Ints(1), I(1)));
        AssertRaised("TypeError: list indices must be integers or slices, not str", Sub(Ints(1), S("a")));
        var bad = PySlice.New(PyFloat.FromDouble(1.0), null, null);
        AssertRaised("TypeError: slice indices must be integers or None or have an __index__ method", Sub(Ints(1), bad));
        AssertRaised("ValueError: slice step cannot be zero", Sub(Ints(1), Slice(null, null, 0)));
    }

    [Fact]
    public void SliceAssignmentAndDeletion()
    {
        var a = Range10();
        Assert.Equal(0, Abstract.SetItem(a, Slice(2, 5), PyList.New()));
        Assert.Equal("[0, 1, 5, 6, 7, 8, 9]", Repr(a));

        a = Range10();
        var xs = L(S("x"), S("x"), S("x"), S("x"), S("x"));
        Assert.Equal(0, Abstract.SetItem(a, Slice(2, 5), xs));
        Assert.Equal("[0, 1, 'x', 'x', 'x', 'x', 'x', 5, 6, 7, 8, 9]", Repr(a));

        a = Range10();
        Assert.Equal(0, Abstract.SetItem(a, Slice(1, 9, 3), L(S("a"), S("b"), S("c"))));
        Assert.Equal("[0, 'a', 2, 3, 'b', 5, 6, 'c', 8, 9]", Repr(a));

        a = Range10();
        Assert.Equal(0, Abstract.DelItem(a, Slice(1, 9, 3)));
        Assert.Equal("[0, 2, 3, 5, 6, 8, 9]", Repr(a));

        a = Range10();
        Assert.Equal(0, Abstract.DelItem(a, Slice(null, null, -3)));
        Assert.Equal("[1, 2, 4, 5, 7, 8]", Repr(a));

        a = Range10();
        Assert.Equal(0, Abstract.DelItem(a, I(-2)));
        Assert.Equal("[0, 1, 2, 3, 4, 5, 6, 7, 9]", Repr(a));

        a = Ints(1, 2, 3, 4, 5);
        Assert.Equal(0, Abstract.SetItem(a, Slice(3, 1), L(S("a"))));
        Assert.Equal("[1, 2, 3, 'a', 4, 5]", Repr(a));

        a = Ints(1, 2, 3, 4, 5);
        Assert.Equal(0, Abstract.SetItem(a, Slice(null, null, -2), L(S("a"), S("b"), S("c"))));
        Assert.Equal("['c', 2, 'b', 4, 'a']", Repr(a));

        a = Ints(1, 2, 3, 4, 5);
        Assert.Equal(0, Abstract.DelItem(a, Slice(null, null, -2)));
        Assert.Equal("[2, 4]", Repr(a));

        a = Ints(1, 2, 3, 4, 5);
        Assert.Equal(0, Abstract.SetItem(a, Slice(1, 4), a));
        Assert.Equal("[1, 1, 2, 3, 4, 5, 5]", Repr(a));

        a = Ints(1, 2, 3, 4, 5);
        Assert.Equal(0, Abstract.SetItem(a, Slice(null, null, -1), a));
        Assert.Equal("[5, 4, 3, 2, 1]", Repr(a));

        a = Ints(1, 2, 3);
        AssertRaised("ValueError: attempt to assign sequence of size 1 to extended slice of size 2", Abstract.SetItem(a, Slice(null, null, 2), Ints(1)));
        AssertRaised("TypeError: must assign iterable to extended slice", Abstract.SetItem(a, Slice(0, 1), I(1)));
        AssertRaised("IndexError: list assignment index out of range", Abstract.SetItem(a, I(5), I(1)));
        AssertRaised("IndexError: list assignment index out of range", Abstract.DelItem(a, I(3)));
    }

    [Fact]
    public void InsertPopRemoveIndexCount()
    {
        var a = Ints(0, 1, 2, 3, 4);
        PyList.InsertMethod(a, -2, S("x"));
        PyList.InsertMethod(a, 100, S("y"));
        PyList.InsertMethod(a, -100, S("z"));
        Assert.Equal("['z', 0, 1, 2, 'x', 3, 4, 'y']", Repr(a));

        a = Ints(0, 1, 2, 3, 4);
        Assert.Equal("4", Repr(PyList.PopMethod(a)!));
        Assert.Equal("0", Repr(PyList.PopMethod(a, 0)!));
        Assert.Equal("2", Repr(PyList.PopMethod(a, -2)!));
        Assert.Equal("[1, 3]", Repr(a));
        AssertRaised("IndexError: pop from empty list", PyList.PopMethod(PyList.New()));
        AssertRaised("IndexError: pop index out of range", PyList.PopMethod(Ints(1), 5));

        a = Ints(1, 2, 3, 2, 1);
        Assert.Same(Py.None, PyList.RemoveMethod(a, I(2)));
        Assert.Equal("[1, 3, 2, 1]", Repr(a));
        Assert.Equal("2", Repr(PyList.IndexMethod(a, I(2))!));
        Assert.Equal("3", Repr(PyList.IndexMethod(a, I(1), I(1))!));
        Assert.Equal("2", Repr(PyList.CountMethod(a, I(1))!));
        Assert.Equal("3", Repr(PyList.IndexMethod(a, I(1), I(-1))!));
        AssertRaised("ValueError: list.remove(x): x not in list", PyList.RemoveMethod(a, I(9)));
        AssertRaised("ValueError: list.index(x): x not in list", PyList.IndexMethod(a, I(9)));
    }

    [Fact]
    public void ComparisonsAreLexicographic()
    {
        Assert.Equal(1, Abstract.RichCompareBool(Ints(1, 2), Ints(1, 2, 3), CompareOp.Lt));
        Assert.Equal(1, Abstract.RichCompareBool(Ints(1, 2, 3), Ints(1, 3), CompareOp.Lt));
        Assert.Equal(1, Abstract.RichCompareBool(Ints(2), Ints(1, 5), CompareOp.Gt));
        Assert.Equal(1, Abstract.RichCompareBool(Ints(1, 2), Ints(1, 2), CompareOp.Eq));
        Assert.Equal(0, Abstract.RichCompareBool(Ints(1, 2), Ints(1, 2), CompareOp.Ne));
        Assert.Equal(1, Abstract.RichCompareBool(PyList.New(), PyList.New(), CompareOp.Le));
        AssertRaised("TypeError: '<' not supported between instances of 'list' and 'tuple'",
            Abstract.RichCompareBool(Ints(1), T(I(1)), CompareOp.Lt));
    }

    [Fact]
    public void ConcatRepeatAndInPlaceForms()
    {
        Assert.Equal("[1, 2, 1, 2]", Repr(Abstract.BinaryOp(Ints(1, 2), I(2), Sharpy.Compiler.NbOp.MULTIPLY)!));
        Assert.Equal("[1, 2, 1, 2]", Repr(Abstract.BinaryOp(I(2), Ints(1, 2), Sharpy.Compiler.NbOp.MULTIPLY)!));
        Assert.Equal("[]", Repr(Abstract.BinaryOp(Ints(1), I(-1), Sharpy.Compiler.NbOp.MULTIPLY)!));
        AssertRaised("TypeError: can't multiply sequence by non-int of type 'str'", Abstract.BinaryOp(Ints(1), S("a"), Sharpy.Compiler.NbOp.MULTIPLY));
        Assert.Equal("[1, 2, 3]", Repr(Abstract.BinaryOp(Ints(1), Ints(2, 3), Sharpy.Compiler.NbOp.ADD)!));
        AssertRaised("TypeError: can only concatenate list (not \"tuple\") to list", Abstract.BinaryOp(Ints(1), T(I(1)), Sharpy.Compiler.NbOp.ADD));

        var a = Ints(1, 2, 3);
        var r = Abstract.BinaryOp(a, I(2), Sharpy.Compiler.NbOp.INPLACE_MULTIPLY);
        Assert.Same(a, r);
        Assert.Equal("[1, 2, 3, 1, 2, 3]", Repr(a));
        Abstract.BinaryOp(a, I(0), Sharpy.Compiler.NbOp.INPLACE_MULTIPLY);
        Assert.Equal("[]", Repr(a));
        a = Ints(1);
        Assert.Same(a, Abstract.BinaryOp(a, T(I(2), I(3)), Sharpy.Compiler.NbOp.INPLACE_ADD));
        Assert.Equal("[1, 2, 3]", Repr(a));
        AssertRaised("TypeError: 'int' object is not iterable", Abstract.BinaryOp(a, I(1), Sharpy.Compiler.NbOp.INPLACE_ADD));
    }

    [Fact]
    public void ConstructionFromIterables()
    {
        Assert.Equal("[1, 2]", Repr(Call(PyList.Type, T(I(1), I(2)))!));
        Assert.Equal("[]", Repr(Call(PyList.Type)!));
        Assert.Equal("[0, 1, 2]", Repr(Call(PyList.Type, PyRange.New(0, 3, 1))!));
        AssertRaised("TypeError: list expected at most 1 argument, got 2", Call(PyList.Type, I(1), I(2)));
        AssertRaised("TypeError: list() takes no keyword arguments", Call(PyList.Type, [], ["a"], [I(1)]));
        AssertRaised("TypeError: 'int' object is not iterable", Call(PyList.Type, I(1)));
        AssertRaised("TypeError: unhashable type: 'list'", Abstract.Hash(PyList.New()));
    }

    [Fact]
    public void IteratorsSeeTheLiveList()
    {
        var a = Ints(1, 2);
        var it = Abstract.GetIter(a)!;
        Assert.Equal("list_iterator", it.ob_type.tp_name);
        Assert.Equal("1", Repr(Abstract.IterNext(it)!));
        a.Append(I(3));
        Assert.Equal("2", Repr(Abstract.IterNext(it)!));
        Assert.Equal("3", Repr(Abstract.IterNext(it)!));
        Assert.Null(Abstract.IterNext(it));
        AssertNoError();
        var rev = PyReversed.New(PyReversed.Type, a)!;
        Assert.Equal("list_reverseiterator", rev.ob_type.tp_name);
        Assert.Equal("[3, 2, 1]", Repr(ListOf(rev)));
    }

    [Fact]
    public void ContainsCopyClearReverse()
    {
        var a = Ints(3, 1, 2);
        Assert.Equal(1, Abstract.Contains(a, I(2)));
        Assert.Equal(0, Abstract.Contains(a, I(5)));
        var c = (PyList)PyList.CopyMethod(a)!;
        PyList.ReverseMethod(a);
        Assert.Equal("[2, 1, 3]", Repr(a));
        Assert.Equal("[3, 1, 2]", Repr(c));
        PyList.ClearMethod(a);
        Assert.Equal(0, Len(a));
    }
}
