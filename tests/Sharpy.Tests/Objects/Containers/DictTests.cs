using Sharpy.Compiler;
using Sharpy.Objects;
using Sharpy.Runtime;
using Xunit;

namespace Sharpy.Tests.Objects.Containers;

// Expected values come from /work/shared/tools/cpython314.
public class DictTests : ContainerTestBase
{
    static PyDict D(params (PyObject k, PyObject v)[] items)
    {
        var d = PyDict.New();
        foreach (var (k, v) in items) Assert.Equal(0, d.SetItem(k, v));
        return d;
    }

    [Fact]
    public void OrderAfterDeletionsAndReinsertion()
    {
        var d = PyDict.New();
        for (int i = 0; i < 10; i++) d.SetItem(I(i), I(i * i));
        for (int i = 0; i < 10; i += 3) Assert.Equal(0, d.DelItem(I(i)));
        d.SetItem(I(0), S("z"));
        d.SetItem(I(100), I(1));
        Assert.Equal("{1: 1, 2: 4, 4: 16, 5: 25, 7: 49, 8: 64, 0: 'z', 100: 1}", Repr(d));
        Assert.Equal("(100, 1)", Repr(PyDict.PopItemMethod(d)!));
        Assert.Equal("25", Repr(PyDict.PopMethod(d, I(5))!));
        Assert.Equal("'dflt'", Repr(PyDict.PopMethod(d, I(77), S("dflt"))!));
        Assert.Equal("16", Repr(PyDict.GetMethod(d, I(4))!));
        Assert.Same(Py.None, PyDict.GetMethod(d, I(77)));
        Assert.Equal("64", Repr(PyDict.SetDefaultMethod(d, I(8), S("n"))!));
        Assert.Equal("'n'", Repr(PyDict.SetDefaultMethod(d, I(50), S("n"))!));
        Assert.Equal("{1: 1, 2: 4, 4: 16, 7: 49, 8: 64, 0: 'z', 50: 'n'}", Repr(d));

        var e = PyDict.New();
        for (int i = 0; i < 1000; i++) e.SetItem(I(i), I(i));
        for (int i = 0; i < 1000; i += 2) e.DelItem(I(i));
        e.SetItem(I(5000), I(1));
        var keys = ListOf(e);
        Assert.Equal(501, keys.Count);
        Assert.Equal("[1, 3, 5, 7, 9]", Repr(Sub(keys, Slice(null, 5))!));
        Assert.Equal("[997, 999, 5000]", Repr(Sub(keys, Slice(-3, null))!));
    }

    [Fact]
    public void ErrorsAndKeyErrors()
    {
        var d = D((I(1), I(2)));
        AssertRaised("KeyError: 3", Sub(d, I(3)));
        AssertRaised("TypeError: cannot use 'list' as a dict key (unhashable type: 'list')", Sub(d, PyList.New()));
        AssertRaised("TypeError: cannot use 'list' as a dict key (unhashable type: 'list')", Abstract.Contains(d, PyList.New()));
        AssertRaised("KeyError: []", PyDict.PopMethod(PyDict.New(), PyList.New()));
        AssertRaised("KeyError: 'popitem(): dictionary is empty'", PyDict.PopItemMethod(PyDict.New()));
        AssertRaised("TypeError: '<' not supported between instances of 'dict' and 'dict'", Abstract.RichCompareBool(d, d, CompareOp.Lt));
        AssertRaised("TypeError: unsupported operand type(s) for |: 'dict' and 'list'", Abstract.BinaryOp(d, PyList.New(), NbOp.OR));
    }

    [Fact]
    public void UpdateFromKeysOrAndConstruction()
    {
        var d = D((I(1), I(2)));
        Assert.Same(Py.None, PyDict.UpdateMethod(d, Args(L(T(I(3), I(4))), I(5)), T(PyUnicode.Intern("x"))));
        PyDict.UpdateMethod(d, Args(D((I(6), I(7)))), null);
        Assert.Equal("{1: 2, 3: 4, 'x': 5, 6: 7}", Repr(d));
        Assert.Equal("{1: None, 2: None}", Repr(PyDict.FromKeys(PyDict.Type, Ints(1, 2, 1))!));
        Assert.Equal("{3: 'v', 4: 'v'}", Repr(PyDict.FromKeys(PyDict.Type, D((I(3), I(1)), (I(4), I(2))), S("v"))!));
        Assert.Equal("{1: 2, 3: 4}", Repr(Abstract.BinaryOp(D((I(1), I(2))), D((I(3), I(4))), NbOp.OR)!));
        var e = D((I(1), I(2)));
        Assert.Same(e, Abstract.BinaryOp(e, L(T(I(3), I(4))), NbOp.INPLACE_OR));
        Assert.Equal("{1: 2, 3: 4}", Repr(e));
        Assert.Equal("{1: 2, 'a': 3}", Repr(Call(PyDict.Type, [L(T(I(1), I(2)))], ["a"], [I(3)])!));
        Assert.Equal("{'a': 1}", Repr(Call(PyDict.Type, [], ["a"], [I(1)])!));
        AssertRaised("TypeError: 'int' object is not iterable", Call(PyDict.Type, I(1)));
        AssertRaised("TypeError: object is not iterable", Call(PyDict.Type, Ints(1)));
        AssertRaised("ValueError: dictionary update sequence element #0 has length 3; 2 is required", Call(PyDict.Type, L(T(I(1), I(2), I(3)))));
        AssertRaised("TypeError: dict expected at most 1 argument, got 2", Call(PyDict.Type, PyDict.New(), PyDict.New()));
        Assert.Equal(1, Abstract.RichCompareBool(D((I(1), I(2))), D((I(1), I(2))), CompareOp.Eq));
        Assert.Equal(0, Abstract.RichCompareBool(D((I(1), I(2))), D((I(1), I(3))), CompareOp.Eq));
    }

    [Fact]
    public void RecursiveRepr()
    {
        var d = PyDict.New();
        d.SetItem(I(1), d);
        Assert.Equal("{1: {...}}", Repr(d));
        PyDict.ClearMethod(d);
    }

    [Fact]
    public void ViewsAndTheirSetOperations()
    {
        var d = D((I(1), I(2)), (I(3), I(4)));
        Assert.Equal("dict_keys([1, 3])", Repr(PyDict.KeysMethod(d)!));
        Assert.Equal("dict_values([2, 4])", Repr(PyDict.ValuesMethod(d)!));
        Assert.Equal("dict_items([(1, 2), (3, 4)])", Repr(PyDict.ItemsMethod(d)!));
        Assert.Equal("dict_keys([])", Repr(PyDict.KeysMethod(PyDict.New())!));
        Assert.Equal("[3, 1]", Repr(ListOf(PyReversed.New(PyReversed.Type, d)!)));
        Assert.Equal("[(3, 4), (1, 2)]", Repr(ListOf(PyDictItems.Reversed((PyDictItems)PyDict.ItemsMethod(d)!)!)));
        Assert.Equal("[4, 2]", Repr(ListOf(PyDictValues.Reversed((PyDictValues)PyDict.ValuesMethod(d)!)!)));

        var one = D((I(1), I(2)));
        var k = PyDict.KeysMethod(one)!;
        var items = PyDict.ItemsMethod(one)!;
        Assert.True(Eq(k, PySet.FromIterable(Ints(1))!));
        Assert.True(Eq(items, PySet.FromIterable(L(T(I(1), I(2))))!));
        Assert.Equal("{1, 5}", Repr(Abstract.BinaryOp(k, Ints(5), NbOp.OR)!));
        Assert.Equal("{1}", Repr(Abstract.BinaryOp(k, PySet.FromIterable(Ints(1))!, NbOp.AND)!));
        Assert.Equal("set()", Repr(Abstract.BinaryOp(k, PySet.FromIterable(Ints(1))!, NbOp.SUBTRACT)!));
        Assert.Equal("{1, 3}", Repr(Abstract.BinaryOp(k, PySet.FromIterable(Ints(3))!, NbOp.XOR)!));
        Assert.Equal(1, Abstract.Contains(items, T(I(1), I(2))));
        Assert.Equal(0, Abstract.Contains(items, T(I(1), I(3))));
        Assert.Equal(1, Abstract.Contains(PyDict.ValuesMethod(one)!, I(2)));
        AssertRaised("TypeError: cannot use 'list' as a dict key (unhashable type: 'list')",
            Abstract.BinaryOp(k, L(Ints(1)), NbOp.AND));
    }

    [Fact]
    public void IterationDetectsChanges()
    {
        var d = D((I(1), I(1)));
        var it = Abstract.GetIter(d)!;
        Assert.Equal("dict_keyiterator", it.ob_type.tp_name);
        Assert.NotNull(Abstract.IterNext(it));
        d.SetItem(I(2), I(1));
        AssertRaised("RuntimeError: dictionary changed size during iteration", Abstract.IterNext(it));

        d = D((I(1), I(1)), (I(2), I(2)));
        it = Abstract.GetIter(d)!;
        Assert.NotNull(Abstract.IterNext(it));
        d.DelItem(I(1));
        d.SetItem(I(6), I(1));
        Assert.NotNull(Abstract.IterNext(it));
        AssertRaised("RuntimeError: dictionary keys changed during iteration", Abstract.IterNext(it));
    }
}
